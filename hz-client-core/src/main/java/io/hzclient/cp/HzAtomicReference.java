package io.hzclient.cp;

import io.hzclient.DistributedObject;

import java.util.concurrent.CompletableFuture;

/**
 * A reference held by a CP group, updated linearizably. The value is kept serialized on the members: comparisons
 * ({@link #compareAndSet}, {@link #contains}) compare serialized forms, so two values are the same when their bytes
 * are. Each call goes to the cluster; the async forms complete on the client's user executor.
 *
 * @param <E> the value's type
 */
public interface HzAtomicReference<E> extends DistributedObject {

    /**
     * The CP group that holds this reference.
     *
     * @return the group's id
     */
    CPGroupId getGroupId();

    /**
     * The current value.
     *
     * @return the value, or null
     */
    E get();

    /**
     * The current value, without waiting.
     *
     * @return a future of the value, or of null
     */
    CompletableFuture<E> getAsync();

    /**
     * Sets the value.
     *
     * @param newValue the new value, or null
     */
    void set(E newValue);

    /**
     * Sets the value, without waiting.
     *
     * @param newValue the new value, or null
     * @return a future completed once the value is set
     */
    CompletableFuture<Void> setAsync(E newValue);

    /**
     * Sets the value.
     *
     * @param newValue the new value, or null
     * @return the value before, or null
     */
    E getAndSet(E newValue);

    /**
     * Sets the value, without waiting.
     *
     * @param newValue the new value, or null
     * @return a future of the value before, or of null
     */
    CompletableFuture<E> getAndSetAsync(E newValue);

    /**
     * Sets the value if the current one is {@code expected} (serialized forms compared).
     *
     * @param expected the value it must have, or null
     * @param updated  the new value, or null
     * @return true if it was set
     */
    boolean compareAndSet(E expected, E updated);

    /**
     * Sets the value if the current one is {@code expected}, without waiting.
     *
     * @param expected the value it must have, or null
     * @param updated  the new value, or null
     * @return a future of whether it was set
     */
    CompletableFuture<Boolean> compareAndSetAsync(E expected, E updated);

    /**
     * Whether the value is null.
     *
     * @return true if there is no value
     */
    boolean isNull();

    /**
     * Whether the value is null, without waiting.
     *
     * @return a future of whether there is no value
     */
    CompletableFuture<Boolean> isNullAsync();

    /** Sets the value to null. */
    void clear();

    /**
     * Sets the value to null, without waiting.
     *
     * @return a future completed once it is cleared
     */
    CompletableFuture<Void> clearAsync();

    /**
     * Whether the value is {@code value} (serialized forms compared).
     *
     * @param value the value to look for, or null
     * @return true if it is the current value
     */
    boolean contains(E value);

    /**
     * Whether the value is {@code value}, without waiting.
     *
     * @param value the value to look for, or null
     * @return a future of whether it is the current value
     */
    CompletableFuture<Boolean> containsAsync(E value);

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
     * @return the value after, or null
     * @throws NullPointerException if {@code function} is null
     */
    E alterAndGet(Object function);

    /**
     * Replaces the value with the function's result, without waiting.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return a future of the value after, or of null
     * @throws NullPointerException if {@code function} is null
     */
    CompletableFuture<E> alterAndGetAsync(Object function);

    /**
     * Replaces the value with the function's result, computed on the members.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return the value before, or null
     * @throws NullPointerException if {@code function} is null
     */
    E getAndAlter(Object function);

    /**
     * Replaces the value with the function's result, without waiting.
     *
     * @param function an object the members can deserialize and run as a function of the value (Hazelcast's
     *                 {@code IFunction}): IdentifiedDataSerializable, Portable, Compact or Java-serializable, its
     *                 class on the members' classpath
     * @return a future of the value before, or of null
     * @throws NullPointerException if {@code function} is null
     */
    CompletableFuture<E> getAndAlterAsync(Object function);

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
     * Destroys the reference on its CP group: its value is gone, and the group refuses later calls on its name.
     */
    @Override
    void destroy();
}
