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

    /**
     * A request's key, serialized into a buffer the calling thread reuses: valid until the thread's next
     * {@code toReusedKey}, so the request must copy it before then (a {@link Serialized#toData() Data} of its own is
     * for whoever keeps it). A serializer that itself sends a request while it writes gets fresh bytes, so the
     * outer request's are not overwritten. The value must not be null.
     */
    default Serialized toReusedKey(Object value) {
        return toData(value);
    }

    /** As {@link #toReusedKey}, in a second buffer of the thread's, for the request's value. */
    default Serialized toReusedValue(Object value) {
        return toData(value);
    }

    /**
     * Throws an {@link UnknownSchemaException} if {@code data} is Compact with a schema this client does not know:
     * an answer kept for lazy deserialization checks its data in the call's chain, which then fetches the schema
     * without holding the caller. Schemas of nested Compact fields are met only as they are read. Null passes.
     */
    default void requireSchemaOf(Data data) {
        requireSchemaOf(data == null ? null : data.array());
    }

    /** As {@link #requireSchemaOf(Data)}, given the bytes a Data would wrap (no Data made). */
    default void requireSchemaOf(byte[] dataBytes) {
    }

    /** Deserializes; null stays null. A value that is not a {@link Data} is returned as it is. */
    <T> T toObject(Object data);
}
