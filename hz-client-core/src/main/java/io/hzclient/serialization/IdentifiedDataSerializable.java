package io.hzclient.serialization;

/**
 * A class that writes its own fields and is recreated by a registered {@link DataSerializableFactory}, found by
 * (factory id, class id) rather than by class name. Compatible with the members' and the official Java client's
 * IdentifiedDataSerializable: the same ids and the same field order read the same on both sides.
 */
public interface IdentifiedDataSerializable {

    int getFactoryId();

    int getClassId();

    void writeData(ObjectDataOutput out);

    /** Reads the fields back in the order {@link #writeData} wrote them, into an instance the factory made. */
    void readData(ObjectDataInput in);
}
