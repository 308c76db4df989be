package io.hzclient.internal.serialization;

/**
 * UTF-8 length and encoding straight into a target array, so a String key costs one allocation. Matches
 * {@code String.getBytes(UTF_8)} byte for byte (the members use it), including '?' for an unpaired surrogate.
 */
final class Utf8 {
    private static final byte REPLACEMENT = '?';

    private Utf8() {
    }

    static int encodedLength(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isSurrogate(c)) {
                if (isPairAt(s, i, n)) {
                    bytes += 2; // 4 bytes for the two chars
                    i++;
                } // else '?': one byte for one char
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }

    /** Encodes into {@code dst} from {@code at}; returns the position after the last byte. */
    static int encode(String s, byte[] dst, int at) {
        int n = s.length();
        int i = 0;
        for (; i < n; i++) { // ASCII run first: the common case
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            dst[at++] = (byte) c;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                dst[at++] = (byte) c;
            } else if (c < 0x800) {
                dst[at++] = (byte) (0xC0 | c >> 6);
                dst[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (isPairAt(s, i, n)) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    dst[at++] = (byte) (0xF0 | cp >> 18);
                    dst[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    dst[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    dst[at++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    dst[at++] = REPLACEMENT;
                }
            } else {
                dst[at++] = (byte) (0xE0 | c >> 12);
                dst[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                dst[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return at;
    }

    private static boolean isPairAt(String s, int i, int n) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
