package io.hzclient.serialization;

/** Makes empty Portable instances by class id, for one factory id; registered in the serialization config. */
@FunctionalInterface
public interface PortableFactory {

    /**
     * A new, empty instance for {@code classId}, which {@link Portable#readPortable} then fills.
     *
     * @param classId the class id read from the data
     * @return the instance, or null if this factory does not know the class id
     */
    Portable create(int classId);
}
