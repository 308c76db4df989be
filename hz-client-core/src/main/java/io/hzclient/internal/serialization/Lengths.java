package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataInput;

/** Reads a count from the bytes and refuses one the remaining bytes cannot back, before anything is allocated. */
final class Lengths {

    private Lengths() {
    }

    /** A count of items of at least {@code minItemSize} bytes each; -1 (null) is refused too. */
    static int readCount(ObjectDataInput in, int minItemSize, String what) {
        int count = in instanceof ByteArrayInput bytes ? bytes.readLength(minItemSize, what) : in.readInt();
        if (count < 0) {
            throw new SerializationException("bad " + what + " size " + count);
        }
        return count;
    }
}
