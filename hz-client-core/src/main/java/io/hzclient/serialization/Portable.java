package io.hzclient.serialization;

/**
 * A class in the Portable format: found by (factory id, class id) through a registered {@link PortableFactory},
 * with fields written and read by name. Compatible with the members' and the official Java client's Portable.
 * For new code prefer Compact, which needs no factory.
 */
public interface Portable {

    /**
     * The id of the {@link PortableFactory} that makes this class when it is read.
     *
     * @return the factory id, the same on every client and member that reads the class
     */
    int getFactoryId();

    /**
     * The id of this class within its factory.
     *
     * @return the class id, the same on every client and member that reads the class
     */
    int getClassId();

    /**
     * Writes this object's fields, by name.
     *
     * @param writer where to write them
     */
    void writePortable(PortableWriter writer);

    /**
     * Reads the fields back, by name, into an instance the factory made.
     *
     * @param reader where to read them from; it may hold data written by another version of the class
     */
    void readPortable(PortableReader reader);
}
