package io.hzclient.serialization;

/**
 * A serializer for one class (or, as the global serializer, for anything no other serializer takes). Its type id
 * must be positive and the same on every client and member that reads the data.
 *
 * @param <T> the class it serializes
 */
public interface StreamSerializer<T> {

    /**
     * The type id written before each value, by which readers find this serializer.
     *
     * @return a positive id, unique among the serializers of a client
     */
    int typeId();

    /**
     * Writes one value.
     *
     * @param out   where to write it
     * @param value the value, never null
     */
    void write(ObjectDataOutput out, T value);

    /**
     * Reads one value back, in the order {@link #write} wrote it.
     *
     * @param in where to read it from
     * @return the value
     */
    T read(ObjectDataInput in);
}
