package io.hzclient;

import java.util.UUID;

/**
 * A distributed object was created or destroyed somewhere in the cluster.
 *
 * @param type        created or destroyed
 * @param serviceName the object's service, e.g. {@code hz:impl:mapService}
 * @param objectName  the object's name
 * @param source      the UUID of the member or client that created or destroyed it
 */
public record DistributedObjectEvent(Type type, String serviceName, String objectName, UUID source) {
    /** What happened to the object. */
    public enum Type {
        /** The object was created. */
        CREATED,
        /** The object was destroyed, with its data. */
        DESTROYED
    }
}
