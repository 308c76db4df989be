package io.hzclient;

/**
 * The name and service of a distributed object that exists on the cluster.
 *
 * @param serviceName the object's service, e.g. {@code hz:impl:mapService}
 * @param name        the object's name
 */
public record DistributedObjectInfo(String serviceName, String name) {
}
