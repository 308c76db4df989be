package io.hzclient.internal.serialization;

import java.util.Arrays;

/**
 * One thread's buffer for the serialized key (or value) of a request that copies it at once, so that a plain get or
 * put makes no array for it. A value larger than {@link #KEPT_CAPACITY} gets an array of its own, so that one large
 * value does not stay in memory for the thread's lifetime.
 */
final class ReusedBytes implements Serialized, DataSink {
    static final int KEPT_CAPACITY = 16 * 1024;

    private byte[] kept = new byte[64];
    private byte[] array = kept;
    private int length;

    @Override
    public int reserve(int length) {
        if (length > kept.length) {
            if (length <= KEPT_CAPACITY) {
                kept = new byte[Math.min(KEPT_CAPACITY, Math.max(length, kept.length * 2))];
                array = kept;
            } else {
                array = new byte[length];
            }
        } else {
            array = kept;
        }
        this.length = length;
        return 0;
    }

    @Override
    public byte[] array() {
        return array;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int partitionHash() {
        return Data.partitionHash(array, 0, length);
    }

    @Override
    public Data toData() {
        return Data.of(Arrays.copyOf(array, length));
    }

    @Override
    public String toString() {
        return "ReusedBytes{size=" + length + '}';
    }
}
