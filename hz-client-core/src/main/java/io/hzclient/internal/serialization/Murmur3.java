package io.hzclient.internal.serialization;

/** MurmurHash3 x86 32-bit with the members' seed; blocks are read little-endian. */
public final class Murmur3 {
    public static final int SEED = 0x01000193;

    private Murmur3() {
    }

    public static int hash32(byte[] data, int offset, int length) {
        final int c1 = 0xcc9e2d51;
        final int c2 = 0x1b873593;
        int h = SEED;
        int blockEnd = offset + (length & ~3);
        for (int i = offset; i < blockEnd; i += 4) {
            int k = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF) << 16 | (data[i + 3] & 0xFF) << 24;
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int k = 0;
        switch (length & 3) {
            case 3:
                k = (data[blockEnd + 2] & 0xFF) << 16;
            // fall through
            case 2:
                k |= (data[blockEnd + 1] & 0xFF) << 8;
            // fall through
            case 1:
                k |= data[blockEnd] & 0xFF;
                k *= c1;
                k = Integer.rotateLeft(k, 15);
                k *= c2;
                h ^= k;
            default:
        }
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
