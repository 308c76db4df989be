package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataInput;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads over a byte array with every length checked against what remains, so truncated or forged bytes end in a
 * {@link SerializationException}, never an index error or an allocation the bytes cannot back.
 */
final class ByteArrayInput implements ObjectDataInput {
    static final int MAX_DEPTH = 500;

    private final byte[] data;
    private final int end;
    private final boolean bigEndian;
    private final ObjectCodec objects;
    private int position;
    private int depth;

    ByteArrayInput(byte[] data, int offset, ByteOrder order, ObjectCodec objects) {
        this.data = data;
        this.position = offset;
        this.end = data.length;
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.objects = objects;
    }

    /** Reads nested values on behalf of an input; the serialization service in production. */
    interface ObjectCodec {
        Object readObject(ByteArrayInput in);
    }

    /** Claims {@code n} bytes and returns where they start. */
    private int take(int n) {
        if (n < 0 || n > end - position) {
            throw new SerializationException("truncated data: needed " + n + " bytes at offset " + position
                    + " but only " + (end - position) + " remain");
        }
        int at = position;
        position += n;
        return at;
    }

    /**
     * Counts one more level of nesting; forged data could nest values until the stack overflows, so a depth no
     * real object graph reaches fails instead.
     */
    void enterNested() {
        if (++depth > MAX_DEPTH) {
            throw new SerializationException("values are nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    void exitNested() {
        depth--;
    }

    int position() {
        return position;
    }

    void position(int newPosition) {
        if (newPosition < 0 || newPosition > end) {
            throw new SerializationException("offset " + newPosition + " is outside the data (size " + end + ")");
        }
        position = newPosition;
    }

    byte[] array() {
        return data;
    }

    int readIntBigEndian() {
        return Bytes.getInt(data, take(4), true);
    }

    /** Checks that {@code size} bytes at {@code at} lie inside the data. */
    private int inside(int at, int size) {
        if (at < 0 || at > end - size) {
            throw new SerializationException("offset " + at + " is outside the data (size " + end + ")");
        }
        return at;
    }

    int end() {
        return end;
    }

    byte readByteAt(int at) {
        return data[inside(at, 1)];
    }

    short readShortAt(int at) {
        return Bytes.getShort(data, inside(at, 2), bigEndian);
    }

    int readIntAt(int at) {
        return Bytes.getInt(data, inside(at, 4), bigEndian);
    }

    long readLongAt(int at) {
        return Bytes.getLong(data, inside(at, 8), bigEndian);
    }

    /**
     * Reads an array length; -1 means null. A length whose items, at {@code minItemSize} bytes each, would not fit
     * in the remaining bytes is rejected before anything is allocated.
     */
    int readLength(int minItemSize, String what) {
        int length = readInt();
        if (length == -1) {
            return -1;
        }
        if (length < 0 || (long) length * minItemSize > end - position) {
            throw new SerializationException("bad " + what + " length " + length + " at offset " + (position - 4)
                    + ": only " + (end - position) + " bytes remain");
        }
        return length;
    }

    @Override
    public byte readByte() {
        return data[take(1)];
    }

    @Override
    public boolean readBoolean() {
        return data[take(1)] != 0;
    }

    @Override
    public char readChar() {
        return (char) Bytes.getShort(data, take(2), bigEndian);
    }

    @Override
    public short readShort() {
        return Bytes.getShort(data, take(2), bigEndian);
    }

    @Override
    public int readInt() {
        return Bytes.getInt(data, take(4), bigEndian);
    }

    @Override
    public long readLong() {
        return Bytes.getLong(data, take(8), bigEndian);
    }

    @Override
    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    @Override
    public void readFully(byte[] into, int offset, int length) {
        System.arraycopy(data, take(length), into, offset, length);
    }

    @Override
    public String readString() {
        int length = readLength(1, "string");
        return length < 0 ? null : new String(data, take(length), length, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] readByteArray() {
        int length = readLength(1, "byte array");
        if (length < 0) {
            return null;
        }
        byte[] result = new byte[length];
        System.arraycopy(data, take(length), result, 0, length);
        return result;
    }

    @Override
    public boolean[] readBooleanArray() {
        int length = readLength(1, "boolean array");
        if (length < 0) {
            return null;
        }
        boolean[] result = new boolean[length];
        for (int i = 0; i < length; i++) {
            result[i] = readBoolean();
        }
        return result;
    }

    @Override
    public char[] readCharArray() {
        int length = readLength(2, "char array");
        if (length < 0) {
            return null;
        }
        char[] result = new char[length];
        for (int i = 0; i < length; i++) {
            result[i] = readChar();
        }
        return result;
    }

    @Override
    public short[] readShortArray() {
        int length = readLength(2, "short array");
        if (length < 0) {
            return null;
        }
        short[] result = new short[length];
        for (int i = 0; i < length; i++) {
            result[i] = readShort();
        }
        return result;
    }

    @Override
    public int[] readIntArray() {
        int length = readLength(4, "int array");
        if (length < 0) {
            return null;
        }
        int[] result = new int[length];
        for (int i = 0; i < length; i++) {
            result[i] = readInt();
        }
        return result;
    }

    @Override
    public long[] readLongArray() {
        int length = readLength(8, "long array");
        if (length < 0) {
            return null;
        }
        long[] result = new long[length];
        for (int i = 0; i < length; i++) {
            result[i] = readLong();
        }
        return result;
    }

    @Override
    public float[] readFloatArray() {
        int length = readLength(4, "float array");
        if (length < 0) {
            return null;
        }
        float[] result = new float[length];
        for (int i = 0; i < length; i++) {
            result[i] = readFloat();
        }
        return result;
    }

    @Override
    public double[] readDoubleArray() {
        int length = readLength(8, "double array");
        if (length < 0) {
            return null;
        }
        double[] result = new double[length];
        for (int i = 0; i < length; i++) {
            result[i] = readDouble();
        }
        return result;
    }

    @Override
    public String[] readStringArray() {
        int length = readLength(4, "string array"); // each item has at least its own length
        if (length < 0) {
            return null;
        }
        String[] result = new String[length];
        for (int i = 0; i < length; i++) {
            result[i] = readString();
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T readObject() {
        return (T) objects.readObject(this);
    }

    @Override
    public int available() {
        return end - position;
    }

    @Override
    public ByteOrder byteOrder() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }
}
