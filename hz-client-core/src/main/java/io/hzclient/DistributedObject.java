package io.hzclient;

/** A named structure on the cluster, reached through a proxy. */
public interface DistributedObject {

    /**
     * The object's name, as given to {@code HzClient.getXxx(name)}.
     *
     * @return the name
     */
    String getName();

    /**
     * The member-side service that holds the object.
     *
     * @return the service name, e.g. {@code hz:impl:mapService}
     */
    String getServiceName();

    /**
     * Destroys the object and its data on the cluster, for every client. The proxy is forgotten: asking the client
     * for that name again creates a new, empty object.
     *
     * @throws ClientNotActiveException if the client is shut down
     * @throws OperationTimeoutException if the cluster did not answer within the invocation timeout
     */
    void destroy();
}
