package io.hzclient.internal.serialization;

/**
 * Where {@link SerializationService#writeData} puts a value's Data bytes in place: a request under construction, so
 * that the value needs no array of its own.
 */
public interface DataSink {

    /**
     * Makes room for exactly {@code length} bytes and returns where they start in {@link #array()}; every one of them
     * must then be written (the room is not cleared).
     */
    int reserve(int length);

    /** The array the last {@link #reserve} made room in. */
    byte[] array();
}
