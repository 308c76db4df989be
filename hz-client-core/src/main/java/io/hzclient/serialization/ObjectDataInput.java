package io.hzclient.serialization;

import java.nio.ByteOrder;

/**
 * Where a serializer reads its fields back, in the order it wrote them. Reading past the end, or a length that
 * does not fit in what remains, throws {@link io.hzclient.SerializationException}.
 */
public interface ObjectDataInput {

    /**
     * Reads one byte.
     *
     * @return the byte
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    byte readByte();

    /**
     * Reads a boolean: one byte, non-zero for true.
     *
     * @return the boolean
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    boolean readBoolean();

    /**
     * Reads a char: two bytes.
     *
     * @return the char
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    char readChar();

    /**
     * Reads a short: two bytes.
     *
     * @return the short
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    short readShort();

    /**
     * Reads an int: four bytes.
     *
     * @return the int
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    int readInt();

    /**
     * Reads a long: eight bytes.
     *
     * @return the long
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    long readLong();

    /**
     * Reads a float: four bytes, its IEEE 754 bits.
     *
     * @return the float
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    float readFloat();

    /**
     * Reads a double: eight bytes, its IEEE 754 bits.
     *
     * @return the double
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    double readDouble();

    /**
     * Reads exactly {@code length} raw bytes.
     *
     * @param into   where to put them
     * @param offset the position in {@code into} of the first byte
     * @param length how many bytes to read
     * @throws io.hzclient.SerializationException if fewer than {@code length} bytes remain
     */
    void readFully(byte[] into, int offset, int length);

    /**
     * Reads a string written by {@link ObjectDataOutput#writeString}.
     *
     * @return the string, or null
     * @throws io.hzclient.SerializationException if the data ends before it
     */
    String readString();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeByteArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    byte[] readByteArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeBooleanArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    boolean[] readBooleanArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeCharArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    char[] readCharArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeShortArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    short[] readShortArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeIntArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    int[] readIntArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeLongArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    long[] readLongArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeFloatArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    float[] readFloatArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeDoubleArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    double[] readDoubleArray();

    /**
     * Reads an array written by {@link ObjectDataOutput#writeStringArray}.
     *
     * @return the array, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or its length does not fit in what
     *         remains
     */
    String[] readStringArray();

    /**
     * Reads a value written by {@link ObjectDataOutput#writeObject}: its type id, then its payload.
     *
     * @param <T> the type the caller expects
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data ends before it, or no serializer of this client reads its
     *         type id
     */
    <T> T readObject();

    /**
     * Bytes left to read.
     *
     * @return the number of bytes after the current position
     */
    int available();

    /**
     * The byte order numbers are read in: the configured one (big-endian by default).
     *
     * @return the byte order
     */
    ByteOrder byteOrder();
}
