package io.hzclient.cp;

import io.hzclient.DistributedObject;

import java.util.concurrent.CompletableFuture;

/**
 * A {@code long} held by a CP group, updated linearizably: every update is applied once, in one order that every
 * reader sees. Each call goes to the cluster (no local copy); a call that fails with a lost connection is not
 * repeated by the client, since it may have been applied. The async forms complete on the client's user executor.
 */
public interface HzAtomicLong extends DistributedObject {

    /**
     * The CP group that holds this long.
     *
     * @return the group's id
     */
    CPGroupId getGroupId();

    /**
     * The current value.
     *
     * @return the value
     */
    long get();

    /**
     * The current value, without waiting.
     *
     * @return a future of the value
     */
    CompletableFuture<Long> getAsync();

    /**
     * Sets the value.
     *
     * @param newValue the new value
     */
    void set(long newValue);

    /**
     * Sets the value, without waiting.
     *
     * @param newValue the new value
     * @return a future completed once the value is set
     */
    CompletableFuture<Void> setAsync(long newValue);

    /**
     * Sets the value.
     *
     * @param newValue the new value
     * @return the value before
     */
    long getAndSet(long newValue);

    /**
     * Sets the value, without waiting.
     *
     * @param newValue the new value
     * @return a future of the value before
     */
    CompletableFuture<Long> getAndSetAsync(long newValue);

    /**
     * Sets the value if it is {@code expected}.
     *
     * @param expected the value it must have
     * @param updated  the new value
     * @return true if it was set
     */
    boolean compareAndSet(long expected, long updated);

    /**
     * Sets the value if it is {@code expected}, without waiting.
     *
     * @param expected the value it must have
     * @param updated  the new value
     * @return a future of whether it was set
     */
    CompletableFuture<Boolean> compareAndSetAsync(long expected, long updated);

    /**
     * Adds {@code delta}.
     *
     * @param delta what to add (negative subtracts)
     * @return the value after
     */
    long addAndGet(long delta);

    /**
     * Adds {@code delta}, without waiting.
     *
     * @param delta what to add (negative subtracts)
     * @return a future of the value after
     */
    CompletableFuture<Long> addAndGetAsync(long delta);

    /**
     * Adds {@code delta}.
     *
     * @param delta what to add (negative subtracts)
     * @return the value before
     */
    long getAndAdd(long delta);

    /**
     * Adds {@code delta}, without waiting.
     *
     * @param delta what to add (negative subtracts)
     * @return a future of the value before
     */
    CompletableFuture<Long> getAndAddAsync(long delta);

    /**
     * Adds one.
     *
     * @return the value after
     */
    long incrementAndGet();

    /**
     * Adds one, without waiting.
     *
     * @return a future of the value after
     */
    CompletableFuture<Long> incrementAndGetAsync();

    /**
     * Subtracts one.
     *
     * @return the value after
     */
    long decrementAndGet();

    /**
     * Subtracts one, without waiting.
     *
     * @return a future of the value after
     */
    CompletableFuture<Long> decrementAndGetAsync();

    /**
     * Adds one.
     *
     * @return the value before
     */
    long getAndIncrement();

    /**
     * Adds one, without waiting.
     *
     * @return a future of the value before
     */
    CompletableFuture<Long> getAndIncrementAsync();

    /**
     * Subtracts one.
     *
     * @return the value before
     */
    long getAndDecrement();

    /**
     * Subtracts one, without waiting.
     *
     * @return a future of the value before
     */
    CompletableFuture<Long> getAndDecrementAsync();

    /**
     * Replaces the value with the function's result, computed on the members.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @throws NullPointerException if {@code function} is null
     */
    void alter(Object function);

    /**
     * Replaces the value with the function's result, without waiting.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return a future completed once the value is replaced
     * @throws NullPointerException if {@code function} is null
     */
    CompletableFuture<Void> alterAsync(Object function);

    /**
     * Replaces the value with the function's result, computed on the members.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return the value after
     * @throws NullPointerException if {@code function} is null
     */
    long alterAndGet(Object function);

    /**
     * Replaces the value with the function's result, without waiting.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return a future of the value after
     * @throws NullPointerException if {@code function} is null
     */
    CompletableFuture<Long> alterAndGetAsync(Object function);

    /**
     * Replaces the value with the function's result, computed on the members.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return the value before
     * @throws NullPointerException if {@code function} is null
     */
    long getAndAlter(Object function);

    /**
     * Replaces the value with the function's result, without waiting.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return a future of the value before
     * @throws NullPointerException if {@code function} is null
     */
    CompletableFuture<Long> getAndAlterAsync(Object function);

    /**
     * Runs the function on the value, on the members, and returns its result; the value stays as it is.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @param <R>      the result's type
     * @return the function's result, deserialized
     * @throws NullPointerException if {@code function} is null
     */
    <R> R apply(Object function);

    /**
     * Runs the function on the value and returns its result, without waiting.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @param <R>      the result's type
     * @return a future of the function's result
     * @throws NullPointerException if {@code function} is null
     */
    <R> CompletableFuture<R> applyAsync(Object function);

    /**
     * Destroys the long on its CP group: its value is gone, and the name cannot be used again in that group (the
     * group refuses later calls on it).
     */
    @Override
    void destroy();
}
