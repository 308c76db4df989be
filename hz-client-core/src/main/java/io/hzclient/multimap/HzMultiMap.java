package io.hzclient.multimap;

import io.hzclient.DistributedObject;
import io.hzclient.map.EntryListener;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A distributed multimap: each key holds a collection of values (a list, or a set that ignores a value put twice,
 * as the multimap is configured on the members), spread over partitions by the hash of the serialized key.
 *
 * <p>The calls on one key have a blocking form and an {@code ...Async} twin; the blocking form throws what failed
 * the twin's future, an {@link io.hzclient.HzClientException} subtype. Null keys, values, listeners and durations
 * are rejected with a {@link NullPointerException} naming the argument, before anything is sent, by the async forms
 * too; a negative duration with an {@link IllegalArgumentException}. Futures complete on the client's user executor.
 *
 * <p>Locks are those of {@link io.hzclient.map.HzMap}: they belong to the calling thread and are reentrant, and the
 * lock calls wait on the member as long as they need, free of the invocation timeout.
 *
 * <p>Collections returned (values of a key, {@link #keySet()}, {@link #values()}, {@link #entrySet()}) are
 * immutable snapshots; later changes do not show in them.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public interface HzMultiMap<K, V> extends DistributedObject {

    /**
     * Adds a value to the key's collection.
     *
     * @param key the key
     * @param value the value
     * @return true if the collection grew; false if it is a set that already held the value
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    boolean put(K key, V value);

    /**
     * {@link #put(Object, Object)} without waiting.
     *
     * @param key the key
     * @param value the value
     * @return a future of whether the collection grew
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<Boolean> putAsync(K key, V value);

    /**
     * Adds many values to many keys, one call per partition (members 5.0 and later).
     *
     * @param entries each key with the values to add to it
     * @throws NullPointerException if {@code entries}, or a key, a value collection or a value in it is null
     */
    void putAll(Map<? extends K, ? extends Collection<? extends V>> entries);

    /**
     * {@link #putAll(Map)} without waiting.
     *
     * @param entries each key with the values to add to it
     * @return a future completed once every partition has its values
     * @throws NullPointerException if {@code entries}, or a key, a value collection or a value in it is null
     */
    CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends Collection<? extends V>> entries);

    /**
     * The values of the key.
     *
     * @param key the key
     * @return the values, empty if the key has none
     * @throws NullPointerException if {@code key} is null
     */
    Collection<V> get(K key);

    /**
     * {@link #get(Object)} without waiting.
     *
     * @param key the key
     * @return a future of the values, empty if the key has none
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Collection<V>> getAsync(K key);

    /**
     * Removes one value from the key's collection.
     *
     * @param key the key
     * @param value the value to remove
     * @return true if the key held that value
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    boolean remove(K key, V value);

    /**
     * {@link #remove(Object, Object)} without waiting.
     *
     * @param key the key
     * @param value the value to remove
     * @return a future of whether the key held that value
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<Boolean> removeAsync(K key, V value);

    /**
     * Removes the key and all its values.
     *
     * @param key the key
     * @return the values it held, empty if none
     * @throws NullPointerException if {@code key} is null
     */
    Collection<V> remove(K key);

    /**
     * {@link #remove(Object)} without waiting.
     *
     * @param key the key
     * @return a future of the values it held, empty if none
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Collection<V>> removeAsync(K key);

    /**
     * Removes the key and all its values, without sending them back.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    void delete(K key);

    /**
     * {@link #delete(Object)} without waiting.
     *
     * @param key the key
     * @return a future completed once the key is gone
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> deleteAsync(K key);

    /**
     * The keys that have at least one value.
     *
     * @return a snapshot of the keys
     */
    Set<K> keySet();

    /**
     * The values of all keys.
     *
     * @return a snapshot of the values, a value held by two keys twice
     */
    Collection<V> values();

    /**
     * The key-value pairs.
     *
     * @return a snapshot of the pairs, one per value of each key
     */
    Set<Map.Entry<K, V>> entrySet();

    /**
     * Whether the key has a value.
     *
     * @param key the key
     * @return true if it has at least one
     * @throws NullPointerException if {@code key} is null
     */
    boolean containsKey(K key);

    /**
     * {@link #containsKey(Object)} without waiting.
     *
     * @param key the key
     * @return a future of whether it has at least one value
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Boolean> containsKeyAsync(K key);

    /**
     * Whether any key holds the value.
     *
     * @param value the value
     * @return true if at least one key holds it
     * @throws NullPointerException if {@code value} is null
     */
    boolean containsValue(V value);

    /**
     * Whether the key holds the value.
     *
     * @param key the key
     * @param value the value
     * @return true if it does
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    boolean containsEntry(K key, V value);

    /**
     * {@link #containsEntry(Object, Object)} without waiting.
     *
     * @param key the key
     * @param value the value
     * @return a future of whether the key holds the value
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<Boolean> containsEntryAsync(K key, V value);

    /**
     * The number of key-value pairs.
     *
     * @return the number of values of all keys together
     */
    int size();

    /**
     * The number of values of the key.
     *
     * @param key the key
     * @return how many values it has, 0 for none
     * @throws NullPointerException if {@code key} is null
     */
    int valueCount(K key);

    /**
     * {@link #valueCount(Object)} without waiting.
     *
     * @param key the key
     * @return a future of how many values it has
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Integer> valueCountAsync(K key);

    /** Removes every key and value. */
    void clear();

    // ---- locks

    /**
     * Waits until this thread holds the lock of the key, however long that takes; it holds it until it unlocks it as
     * many times as it locked it. The key need not have a value.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    void lock(K key);

    /**
     * Waits until this thread holds the lock of the key; the cluster releases it after {@code lease} if this thread
     * has not.
     *
     * @param key the key
     * @param lease how long the lock is held at most
     * @throws NullPointerException if {@code key} or {@code lease} is null
     * @throws IllegalArgumentException if {@code lease} is negative
     */
    void lock(K key, Duration lease);

    /**
     * {@link #lock(Object)} without waiting; the lock belongs to the thread that calls this.
     *
     * @param key the key
     * @return a future completed once this thread holds the lock
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> lockAsync(K key);

    /**
     * {@link #lock(Object, Duration)} without waiting; the lock belongs to the thread that calls this.
     *
     * @param key the key
     * @param lease how long the lock is held at most
     * @return a future completed once this thread holds the lock
     * @throws NullPointerException if {@code key} or {@code lease} is null
     * @throws IllegalArgumentException if {@code lease} is negative
     */
    CompletableFuture<Void> lockAsync(K key, Duration lease);

    /**
     * Takes the lock of the key if it is free now.
     *
     * @param key the key
     * @return true if this thread holds the lock now
     * @throws NullPointerException if {@code key} is null
     */
    boolean tryLock(K key);

    /**
     * Waits up to {@code timeout} for the lock of the key.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock to go; {@link Duration#ZERO} not at all
     * @return true if this thread holds the lock now, false if the timeout passed first
     * @throws NullPointerException if {@code key} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    boolean tryLock(K key, Duration timeout);

    /**
     * Waits up to {@code timeout} for the lock of the key, then holds it for at most {@code lease}.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock to go; {@link Duration#ZERO} not at all
     * @param lease how long the lock is held at most
     * @return true if this thread holds the lock now, false if the timeout passed first
     * @throws NullPointerException if {@code key}, {@code timeout} or {@code lease} is null
     * @throws IllegalArgumentException if {@code timeout} or {@code lease} is negative
     */
    boolean tryLock(K key, Duration timeout, Duration lease);

    /**
     * {@link #tryLock(Object, Duration)} without waiting; the lock belongs to the thread that calls this.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock to go
     * @return a future of whether this thread holds the lock
     * @throws NullPointerException if {@code key} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout);

    /**
     * {@link #tryLock(Object, Duration, Duration)} without waiting; the lock belongs to the thread that calls this.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock to go
     * @param lease how long the lock is held at most
     * @return a future of whether this thread holds the lock
     * @throws NullPointerException if {@code key}, {@code timeout} or {@code lease} is null
     * @throws IllegalArgumentException if {@code timeout} or {@code lease} is negative
     */
    CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease);

    /**
     * Releases the lock of the key once (a lock taken twice is unlocked twice).
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalMonitorStateException if this thread does not hold the lock (the member's error)
     */
    void unlock(K key);

    /**
     * {@link #unlock(Object)} without waiting; from the thread that holds the lock.
     *
     * @param key the key
     * @return a future completed once the lock is released
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> unlockAsync(K key);

    /**
     * Whether any thread of any client holds the lock of the key.
     *
     * @param key the key
     * @return true if it is locked
     * @throws NullPointerException if {@code key} is null
     */
    boolean isLocked(K key);

    /**
     * {@link #isLocked(Object)} without waiting.
     *
     * @param key the key
     * @return a future of whether it is locked
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Boolean> isLockedAsync(K key);

    /**
     * Releases the lock of the key whoever holds it, however many times it was taken.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    void forceUnlock(K key);

    /**
     * {@link #forceUnlock(Object)} without waiting.
     *
     * @param key the key
     * @return a future completed once the lock is released
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> forceUnlockAsync(K key);

    // ---- listeners

    /**
     * Listens to the changes of every key: {@link EntryListener#entryAdded} for a value put,
     * {@link EntryListener#entryRemoved} for a value removed (once per value when a key is removed),
     * {@link EntryListener#mapCleared} for {@link #clear()}. The listener is registered again after a reconnect.
     *
     * @param listener the listener
     * @param includeValue whether events carry the values (else only keys)
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     */
    UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue);

    /**
     * Listens to the changes of one key, as {@link #addEntryListener(EntryListener, boolean)} does for all.
     *
     * @param listener the listener
     * @param key the key
     * @param includeValue whether events carry the values (else only keys)
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} or {@code key} is null
     */
    UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue);

    /**
     * Stops a listener.
     *
     * @param registrationId what {@code addEntryListener} returned
     * @return true if it was registered, false if not (or no longer)
     * @throws NullPointerException if {@code registrationId} is null
     */
    boolean removeEntryListener(UUID registrationId);
}
