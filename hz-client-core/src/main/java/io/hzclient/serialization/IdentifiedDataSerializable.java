package io.hzclient.serialization;

/**
 * A class that writes its own fields and is recreated by a registered {@link DataSerializableFactory}, found by
 * (factory id, class id) rather than by class name. Compatible with the members' and the official Java client's
 * IdentifiedDataSerializable: the same ids and the same field order read the same on both sides.
 */
public interface IdentifiedDataSerializable {

    /**
     * The id of the {@link DataSerializableFactory} that makes this class when it is read.
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
     * Writes this object's fields, in an order {@link #readData} reads them back in.
     *
     * @param out where to write them
     */
    void writeData(ObjectDataOutput out);

    /**
     * Reads the fields back in the order {@link #writeData} wrote them, into an instance the factory made.
     *
     * @param in where to read them from
     */
    void readData(ObjectDataInput in);
}
