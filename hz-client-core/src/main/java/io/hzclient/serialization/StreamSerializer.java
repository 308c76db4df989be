package io.hzclient.serialization;

/**
 * A serializer for one class (or, as the global serializer, for anything no other serializer takes). Its type id
 * must be positive and the same on every client and member that reads the data.
 */
public interface StreamSerializer<T> {

    int typeId();

    void write(ObjectDataOutput out, T value);

    T read(ObjectDataInput in);
}
