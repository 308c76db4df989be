package io.hzclient.serialization;

/** A Portable that names its own class version (otherwise the configured portable version, 0 by default). */
public interface VersionedPortable extends Portable {

    /**
     * The version of this class, written with its data so readers know which fields to expect.
     *
     * @return the class version
     */
    int getClassVersion();
}
