package io.hzclient.serialization;

import java.nio.ByteOrder;

/**
 * Where a serializer reads its fields back, in the order it wrote them. Reading past the end, or a length that
 * does not fit in what remains, throws {@link io.hzclient.SerializationException}.
 */
public interface ObjectDataInput {

    byte readByte();

    boolean readBoolean();

    char readChar();

    short readShort();

    int readInt();

    long readLong();

    float readFloat();

    double readDouble();

    /** Reads exactly {@code length} raw bytes. */
    void readFully(byte[] into, int offset, int length);

    String readString();

    byte[] readByteArray();

    boolean[] readBooleanArray();

    char[] readCharArray();

    short[] readShortArray();

    int[] readIntArray();

    long[] readLongArray();

    float[] readFloatArray();

    double[] readDoubleArray();

    String[] readStringArray();

    /** Reads a value written by {@link ObjectDataOutput#writeObject}. */
    <T> T readObject();

    /** Bytes left to read. */
    int available();

    ByteOrder byteOrder();
}
