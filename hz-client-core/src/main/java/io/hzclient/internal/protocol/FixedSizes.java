package io.hzclient.internal.protocol;

import java.util.UUID;

/** Little-endian reads and writes of the protocol's fixed-size types inside a frame's content. */
public final class FixedSizes {
    public static final int BYTE = 1;
    public static final int BOOLEAN = 1;
    public static final int INT = 4;
    public static final int LONG = 8;
    public static final int FLOAT = 4;
    /** A null flag byte (1 = null), then the most and least significant longs. */
    public static final int UUID = 1 + 2 * LONG;

    private FixedSizes() {
    }

    public static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    public static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    public static void writeLong(byte[] b, int at, long v) {
        writeInt(b, at, (int) v);
        writeInt(b, at + 4, (int) (v >>> 32));
    }

    public static long readLong(byte[] b, int at) {
        return (readInt(b, at) & 0xFFFFFFFFL) | ((long) readInt(b, at + 4) << 32);
    }

    public static void writeBoolean(byte[] b, int at, boolean v) {
        b[at] = (byte) (v ? 1 : 0);
    }

    public static boolean readBoolean(byte[] b, int at) {
        return b[at] != 0;
    }

    public static void writeUuid(byte[] b, int at, UUID v) {
        writeBoolean(b, at, v == null);
        if (v != null) {
            writeLong(b, at + 1, v.getMostSignificantBits());
            writeLong(b, at + 1 + LONG, v.getLeastSignificantBits());
        }
    }

    public static UUID readUuid(byte[] b, int at) {
        if (readBoolean(b, at)) {
            return null;
        }
        return new UUID(readLong(b, at + 1), readLong(b, at + 1 + LONG));
    }
}
