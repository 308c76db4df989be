package io.hzclient.internal.serialization;

/** Turns user objects into {@link Data} and back. Thread-safe. */
public interface SerializationService {

    /** Serializes a value; null stays null. A {@link Data} is returned as it is. */
    Data toData(Object value);

    /** Deserializes; null stays null. A value that is not a {@link Data} is returned as it is. */
    <T> T toObject(Object data);
}
