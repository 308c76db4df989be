package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;

import java.util.Arrays;

/**
 * A serialized value as the members store it: {@code [int32 partitionHash][int32 typeId][payload]}, the header
 * always big-endian. Equal bytes mean equal keys on the cluster, so equality and hashing use the bytes.
 */
public final class Data implements Serialized {
    public static final int PARTITION_HASH_OFFSET = 0;
    public static final int TYPE_OFFSET = 4;
    public static final int HEADER_SIZE = 8;

    private final byte[] bytes;

    private Data(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps bytes that already hold a header and a payload; the array is not copied. */
    public static Data of(byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new SerializationException("serialized data needs at least " + HEADER_SIZE
                    + " bytes (partition hash and type id), got " + bytes.length);
        }
        return new Data(bytes);
    }

    /** The array backing this value; callers must not change it. */
    public byte[] toByteArray() {
        return bytes;
    }

    @Override
    public byte[] array() {
        return bytes;
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public Data toData() {
        return this;
    }

    public int type() {
        return readIntBigEndian(bytes, TYPE_OFFSET);
    }

    public int totalSize() {
        return bytes.length;
    }

    public int payloadSize() {
        return bytes.length - HEADER_SIZE;
    }

    /** The header's partition hash if one was written, else Murmur3 of the payload, as the members compute it. */
    @Override
    public int partitionHash() {
        return partitionHash(bytes);
    }

    /** {@link #partitionHash()} of the bytes a Data would wrap, without the Data. */
    public static int partitionHash(byte[] bytes) {
        return partitionHash(bytes, 0, bytes.length);
    }

    /** {@link #partitionHash()} of the Data bytes at {@code offset} in {@code array} ({@code length} of them). */
    public static int partitionHash(byte[] array, int offset, int length) {
        if (length < HEADER_SIZE) {
            throw new IllegalArgumentException("Data bytes need a " + HEADER_SIZE + "-byte header, got " + length);
        }
        int written = readIntBigEndian(array, offset + PARTITION_HASH_OFFSET);
        return written != 0 ? written : Murmur3.hash32(array, offset + HEADER_SIZE, length - HEADER_SIZE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Data other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Data{type=" + type() + ", size=" + bytes.length + '}';
    }

    static int readIntBigEndian(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
