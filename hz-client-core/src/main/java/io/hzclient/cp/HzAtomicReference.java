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
     * Destroys the reference on its CP group: its value is gone, and the group refuses later calls on its name.
     */
    @Override
    void destroy();
}
