package io.hzclient.internal.serialization;

/**
 * The offset tables of Compact data: one entry per variable-size field (or array item), as wide as the data
 * they point into needs: 1 byte below 255 bytes of data, 2 below 65535, else 4. An all-ones entry means null.
 */
final class CompactOffsets {
    private static final int BYTE_RANGE = 255;
    private static final int SHORT_RANGE = 65535;

    private CompactOffsets() {
    }

    static int width(int dataLength) {
        return dataLength < BYTE_RANGE ? 1 : dataLength < SHORT_RANGE ? 2 : 4;
    }

    static void write(ByteArrayOutput out, int dataLength, int[] offsets) {
        int width = width(dataLength);
        for (int offset : offsets) {
            switch (width) {
                case 1 -> out.writeByte(offset);
                case 2 -> out.writeShort(offset);
                default -> out.writeInt(offset);
            }
        }
    }

    /** The offset in slot {@code index} of the table at {@code tableStart}; -1 for null. */
    static int read(ByteArrayInput in, int tableStart, int index, int width) {
        return switch (width) {
            case 1 -> {
                byte b = in.readByteAt(tableStart + index);
                yield b == -1 ? -1 : b & 0xFF;
            }
            case 2 -> {
                short s = in.readShortAt(tableStart + index * 2);
                yield s == -1 ? -1 : s & 0xFFFF;
            }
            default -> in.readIntAt(tableStart + index * 4);
        };
    }
}
