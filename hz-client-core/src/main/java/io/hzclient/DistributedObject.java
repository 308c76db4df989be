package io.hzclient;

/** A named structure on the cluster, reached through a proxy. */
public interface DistributedObject {

    String getName();

    /** The member-side service, e.g. {@code hz:impl:mapService}. */
    String getServiceName();

    /** Destroys the object and its data on the cluster, for every client. */
    void destroy();
}
