package io.hzclient.internal.serialization;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 64-bit Rabin fingerprint that names a Compact schema. Every client and member computes the same id from
 * the same type name and fields, which is how they agree on schemas without a registry: over the type name, the
 * field count, then each field's name and kind id, in field-name order. Strings go as their UTF-8 byte count
 * and bytes; ints go as 4 bytes, least significant first.
 */
final class RabinFingerprint {
    private static final long SEED = 0xc15d213aa4d7a795L;
    private static final long[] TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long fp = i;
            for (int bit = 0; bit < 8; bit++) {
                fp = (fp >>> 1) ^ (SEED & -(fp & 1L));
            }
            TABLE[i] = fp;
        }
    }

    private RabinFingerprint() {
    }

    static long of(String typeName, List<SchemaField> fieldsByName) {
        long fp = add(SEED, typeName);
        fp = add(fp, fieldsByName.size());
        for (SchemaField field : fieldsByName) {
            fp = add(fp, field.name());
            fp = add(fp, field.kind().id());
        }
        return fp;
    }

    private static long add(long fp, byte b) {
        return (fp >>> 8) ^ TABLE[(int) (fp ^ b) & 0xFF];
    }

    private static long add(long fp, int v) {
        fp = add(fp, (byte) v);
        fp = add(fp, (byte) (v >>> 8));
        fp = add(fp, (byte) (v >>> 16));
        return add(fp, (byte) (v >>> 24));
    }

    private static long add(long fp, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        fp = add(fp, utf8.length);
        for (byte b : utf8) {
            fp = add(fp, b);
        }
        return fp;
    }
}
