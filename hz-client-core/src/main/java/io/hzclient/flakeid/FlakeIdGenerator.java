package io.hzclient.flakeid;

import io.hzclient.DistributedObject;

import java.util.concurrent.CompletableFuture;

/**
 * Cluster-wide unique, roughly ordered 64-bit ids (0 to 2^63-1) with no coordination per id: ids come in prefetched
 * batches (see {@link io.hzclient.config.FlakeIdGeneratorConfig}), and a new batch is fetched when one runs out or
 * expires. Thread-safe.
 */
public interface FlakeIdGenerator extends DistributedObject {

    /** The next id; a call to the cluster only when the prefetched batch is used up or expired. */
    long newId();

    /** {@link #newId()} without blocking: completes at once while the batch lasts. */
    CompletableFuture<Long> newIdAsync();
}
