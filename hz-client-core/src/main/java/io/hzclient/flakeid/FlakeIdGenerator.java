package io.hzclient.flakeid;

import io.hzclient.DistributedObject;

import java.util.concurrent.CompletableFuture;

/**
 * Cluster-wide unique, roughly ordered 64-bit ids (0 to 2^63-1) with no coordination per id: ids come in prefetched
 * batches (see {@link io.hzclient.config.FlakeIdGeneratorConfig}), and a new batch is fetched when one runs out or
 * expires. Thread-safe.
 */
public interface FlakeIdGenerator extends DistributedObject {

    /**
     * The next id; a call to the cluster only when the prefetched batch is used up or expired (the calling thread
     * waits for it then, and other callers wait for that same call).
     *
     * @return an id unique in the cluster, never negative
     * @throws io.hzclient.ClientNotActiveException if a new batch is needed and the client is shut down
     * @throws io.hzclient.OperationTimeoutException if a new batch is needed and the cluster did not send it within the
     *         invocation timeout
     */
    long newId();

    /**
     * {@link #newId()} without blocking: completes at once, in the calling thread, while the batch lasts; else on the
     * client's user executor once the new batch came.
     *
     * @return a future completed with an id unique in the cluster, or failed with what {@link #newId()} throws
     */
    CompletableFuture<Long> newIdAsync();
}
