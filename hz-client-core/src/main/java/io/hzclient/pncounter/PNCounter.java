package io.hzclient.pncounter;

import io.hzclient.DistributedObject;

/**
 * A counter that any member can increment or decrement without coordination (a CRDT), eventually consistent across
 * the cluster. This client talks to one replica at a time and carries the replica clocks it has seen, so what it
 * reads never goes backwards: a replica that has not caught up with what this client saw answers with
 * {@link ConsistencyLostException} (after every other replica was tried); {@link #reset()} then starts afresh.
 *
 * <p>Every method but {@link #reset()} is a call to one replica, with the failures listed on
 * {@link io.hzclient.HzClient}; when a replica fails, the next one is tried, and the last failure is thrown once none
 * is left.
 */
public interface PNCounter extends DistributedObject {

    /**
     * The counter's value, as the replica sees it.
     *
     * @return the value, from a replica that has seen every update this client observed
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long get();

    /**
     * Adds {@code delta} to the counter.
     *
     * @param delta what to add (negative subtracts)
     * @return the value before the addition
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long getAndAdd(long delta);

    /**
     * Adds {@code delta} to the counter.
     *
     * @param delta what to add (negative subtracts)
     * @return the value after the addition
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long addAndGet(long delta);

    /**
     * Subtracts {@code delta} from the counter.
     *
     * @param delta what to subtract
     * @return the value before the subtraction
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long getAndSubtract(long delta);

    /**
     * Subtracts {@code delta} from the counter.
     *
     * @param delta what to subtract
     * @return the value after the subtraction
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long subtractAndGet(long delta);

    /**
     * Adds one to the counter.
     *
     * @return the value before the increment
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long getAndIncrement();

    /**
     * Adds one to the counter.
     *
     * @return the value after the increment
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long incrementAndGet();

    /**
     * Subtracts one from the counter.
     *
     * @return the value before the decrement
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long getAndDecrement();

    /**
     * Subtracts one from the counter.
     *
     * @return the value after the decrement
     * @throws ConsistencyLostException if no reachable replica has seen every update this client observed
     */
    long decrementAndGet();

    /**
     * Forgets the replica clocks this client has observed: after a {@link ConsistencyLostException} (say, every replica
     * it had talked to left the cluster), the next call is accepted by any replica, at the price of the
     * read-your-writes guarantee for what was lost. Nothing changes on the cluster.
     */
    void reset();
}
