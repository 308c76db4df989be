package io.hzclient.serialization;

/** Makes empty Portable instances by class id, for one factory id; registered in the serialization config. */
@FunctionalInterface
public interface PortableFactory {

    /** A new, empty instance for {@code classId}, or null if this factory does not know it. */
    Portable create(int classId);
}
