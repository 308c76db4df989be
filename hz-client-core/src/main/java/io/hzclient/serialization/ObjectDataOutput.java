package io.hzclient.serialization;

import java.nio.ByteOrder;

/**
 * Where a serializer writes its fields. Numbers use the configured byte order (big-endian by default), strings
 * are an int32 UTF-8 byte count then the bytes, arrays an int32 length (-1 for null) then the items: the layout
 * the Hazelcast members use, so both sides read what the other wrote. Failures are unchecked
 * {@link io.hzclient.SerializationException}s.
 */
public interface ObjectDataOutput {

    /**
     * Writes one byte: the low 8 bits of {@code v}.
     *
     * @param v the byte
     */
    void writeByte(int v);

    /**
     * Writes a boolean as one byte: 1 for true, 0 for false.
     *
     * @param v the boolean
     */
    void writeBoolean(boolean v);

    /**
     * Writes a char as two bytes: the low 16 bits of {@code v}.
     *
     * @param v the char
     */
    void writeChar(int v);

    /**
     * Writes a short as two bytes: the low 16 bits of {@code v}.
     *
     * @param v the short
     */
    void writeShort(int v);

    /**
     * Writes an int as four bytes.
     *
     * @param v the int
     */
    void writeInt(int v);

    /**
     * Writes a long as eight bytes.
     *
     * @param v the long
     */
    void writeLong(long v);

    /**
     * Writes a float as four bytes, its IEEE 754 bits.
     *
     * @param v the float
     */
    void writeFloat(float v);

    /**
     * Writes a double as eight bytes, its IEEE 754 bits.
     *
     * @param v the double
     */
    void writeDouble(double v);

    /**
     * Writes bytes as they are, without a length.
     *
     * @param bytes  where the bytes are
     * @param offset the position in {@code bytes} of the first byte
     * @param length how many bytes to write
     */
    void write(byte[] bytes, int offset, int length);

    /**
     * Writes a string: an int32 UTF-8 byte count (-1 for null), then the bytes.
     *
     * @param s the string; null is allowed
     */
    void writeString(String s);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeByteArray(byte[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeBooleanArray(boolean[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeCharArray(char[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeShortArray(short[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeIntArray(int[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeLongArray(long[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeFloatArray(float[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed
     */
    void writeDoubleArray(double[] v);

    /**
     * Writes an array: its int32 length (-1 for null), then the items.
     *
     * @param v the array; null is allowed; null items are allowed
     */
    void writeStringArray(String[] v);

    /**
     * Writes any value the client can serialize: its type id, then its payload.
     *
     * @param value the value; null is allowed
     * @throws io.hzclient.SerializationException if no serializer of this client takes the value's class
     */
    void writeObject(Object value);

    /**
     * The byte order numbers are written in: the configured one (big-endian by default).
     *
     * @return the byte order
     */
    ByteOrder byteOrder();
}
