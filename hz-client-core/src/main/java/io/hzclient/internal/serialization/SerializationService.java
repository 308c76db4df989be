package io.hzclient.internal.serialization;

/** Turns user objects into {@link Data} and back. Thread-safe. */
public interface SerializationService {

    /** Serializes a value; null stays null. A {@link Data} is returned as it is. */
    Data toData(Object value);

    /**
     * The bytes {@link #toData} would wrap, for a caller that only sends them (no Data object made); null stays null.
     * The array must not be changed.
     */
    default byte[] toDataBytes(Object value) {
        Data data = toData(value);
        return data == null ? null : data.toByteArray();
    }

    /**
     * Writes the bytes {@link #toData} would wrap into {@code sink} (one {@link DataSink#reserve} call), for a
     * caller that builds a request around them. The value must not be null.
     */
    default void writeData(Object value, DataSink sink) {
        byte[] bytes = toDataBytes(value);
        if (bytes == null) {
            throw new NullPointerException("a null value has no Data bytes");
        }
        int at = sink.reserve(bytes.length);
        System.arraycopy(bytes, 0, sink.array(), at, bytes.length);
    }

    /** Deserializes; null stays null. A value that is not a {@link Data} is returned as it is. */
    <T> T toObject(Object data);
}
