package io.hzclient;

/** The name and service of a distributed object that exists on the cluster. */
public record DistributedObjectInfo(String serviceName, String name) {
}
