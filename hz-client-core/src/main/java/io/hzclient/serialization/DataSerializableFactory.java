package io.hzclient.serialization;

/** Makes empty instances by class id, for one factory id; registered in the serialization config. */
@FunctionalInterface
public interface DataSerializableFactory {

    /** A new, empty instance for {@code classId}, or null if this factory does not know it. */
    IdentifiedDataSerializable create(int classId);
}
