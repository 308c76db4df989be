package io.hzclient.internal.serialization;

/**
 * A serialized value's bytes ({@code [partitionHash][typeId][payload]}) from index 0 of {@link #array()}: a
 * {@link Data}, or a buffer its thread reuses ({@link SerializationService#toReusedKey}), which a request copies at
 * once. Whoever keeps the bytes beyond that keeps {@link #toData()}.
 */
public interface Serialized {

    /** The array holding the bytes from index 0; callers must not change it. */
    byte[] array();

    /** How many bytes of {@link #array()} are the value's. */
    int length();

    /** As {@link Data#partitionHash()}. */
    int partitionHash();

    /** These bytes as a Data of their own: a Data returns itself, a reused buffer a copy. */
    Data toData();
}
