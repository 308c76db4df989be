package io.hzclient.serialization;

/** Makes empty instances by class id, for one factory id; registered in the serialization config. */
@FunctionalInterface
public interface DataSerializableFactory {

    /**
     * A new, empty instance for {@code classId}, which {@link IdentifiedDataSerializable#readData} then fills.
     *
     * @param classId the class id read from the data
     * @return the instance, or null if this factory does not know the class id
     */
    IdentifiedDataSerializable create(int classId);
}
