package io.hzclient.serialization;

/**
 * A class in the Portable format: found by (factory id, class id) through a registered {@link PortableFactory},
 * with fields written and read by name. Compatible with the members' and the official Java client's Portable.
 * For new code prefer Compact, which needs no factory.
 */
public interface Portable {

    int getFactoryId();

    int getClassId();

    void writePortable(PortableWriter writer);

    void readPortable(PortableReader reader);
}
