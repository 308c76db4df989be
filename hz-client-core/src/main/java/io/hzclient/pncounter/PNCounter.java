package io.hzclient.pncounter;

import io.hzclient.DistributedObject;

/**
 * A counter that any member can increment or decrement without coordination (a CRDT), eventually consistent across
 * the cluster. This client talks to one replica at a time and carries the replica clocks it has seen, so what it
 * reads never goes backwards: a replica that has not caught up with what this client saw answers with
 * {@link ConsistencyLostException} (after every other replica was tried); {@link #reset()} then starts afresh.
 */
public interface PNCounter extends DistributedObject {

    long get();

    long getAndAdd(long delta);

    long addAndGet(long delta);

    long getAndSubtract(long delta);

    long subtractAndGet(long delta);

    long getAndIncrement();

    long incrementAndGet();

    long getAndDecrement();

    long decrementAndGet();

    /**
     * Forgets the replica clocks this client has observed: after a {@link ConsistencyLostException} (say, every replica
     * it had talked to left the cluster), the next call is accepted by any replica, at the price of the
     * read-your-writes guarantee for what was lost. Nothing changes on the cluster.
     */
    void reset();
}
