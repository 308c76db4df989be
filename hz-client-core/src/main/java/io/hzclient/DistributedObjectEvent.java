package io.hzclient;

import java.util.UUID;

/** A distributed object was created or destroyed somewhere in the cluster. */
public record DistributedObjectEvent(Type type, String serviceName, String objectName, UUID source) {
    public enum Type { CREATED, DESTROYED }
}
