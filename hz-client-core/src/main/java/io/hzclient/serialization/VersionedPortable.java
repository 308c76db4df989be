package io.hzclient.serialization;

/** A Portable that names its own class version (otherwise the configured portable version, 0 by default). */
public interface VersionedPortable extends Portable {

    int getClassVersion();
}
