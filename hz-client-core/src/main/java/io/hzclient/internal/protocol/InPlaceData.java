package io.hzclient.internal.protocol;

import java.util.function.Consumer;

/**
 * A list read in place from a message's frames ({@link MessageReader#dataListInPlace},
 * {@link MessageReader#entryListInPlace}): its Data can be looked at as bytes, without making a Data each.
 */
public interface InPlaceData {

    /** Passes the bytes of every Data in the list (keys and values of an entry list), null for a null element. */
    void forEachDataBytes(Consumer<byte[]> action);
}
