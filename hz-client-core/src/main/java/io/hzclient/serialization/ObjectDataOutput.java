package io.hzclient.serialization;

import java.nio.ByteOrder;

/**
 * Where a serializer writes its fields. Numbers use the configured byte order (big-endian by default), strings
 * are an int32 UTF-8 byte count then the bytes, arrays an int32 length (-1 for null) then the items: the layout
 * the Hazelcast members use, so both sides read what the other wrote. Failures are unchecked
 * {@link io.hzclient.SerializationException}s.
 */
public interface ObjectDataOutput {

    void writeByte(int v);

    void writeBoolean(boolean v);

    void writeChar(int v);

    void writeShort(int v);

    void writeInt(int v);

    void writeLong(long v);

    void writeFloat(float v);

    void writeDouble(double v);

    /** Writes bytes as they are, without a length. */
    void write(byte[] bytes, int offset, int length);

    void writeString(String s);

    void writeByteArray(byte[] v);

    void writeBooleanArray(boolean[] v);

    void writeCharArray(char[] v);

    void writeShortArray(short[] v);

    void writeIntArray(int[] v);

    void writeLongArray(long[] v);

    void writeFloatArray(float[] v);

    void writeDoubleArray(double[] v);

    void writeStringArray(String[] v);

    /** Writes any value the client can serialize: its type id, then its payload. */
    void writeObject(Object value);

    ByteOrder byteOrder();
}
