package io.hzclient.map;

import io.hzclient.DistributedObject;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;

/**
 * A distributed map: entries live on the cluster, spread over partitions by the hash of the serialized key.
 *
 * <p>Every remote call has a blocking form and an {@code ...Async} twin. The blocking form waits for the twin's
 * future and throws what failed it: an {@link io.hzclient.HzClientException} subtype (never a
 * {@link java.util.concurrent.CompletionException}). Null keys, values, listeners and timeouts are rejected with a
 * {@link NullPointerException} naming the argument, before anything is sent, by the async forms too.
 *
 * <p>Durations: a {@code ttl} or {@code maxIdle} of {@code null} means the map's configured default on the
 * member, {@link Duration#ZERO} means forever; a positive duration shorter than a millisecond counts as one.
 *
 * <p>Locks belong to the calling thread (the thread that calls {@code lock} or {@code lockAsync}) and are
 * reentrant. Operations that write a locked key from another thread wait until it is unlocked.
 *
 * <p>{@link #keySet()}, {@link #values()} and {@link #entrySet()} return immutable snapshots, deserialized when
 * they are returned; later changes of the map do not show in them. {@code equals} and {@code hashCode} are those
 * of the proxy object, not of the map's contents.
 */
public interface HzMap<K, V> extends ConcurrentMap<K, V>, DistributedObject {

    // ---- put and friends

    /** Stores the value with the map's default TTL; returns the previous value or null. */
    @Override
    V put(K key, V value);

    V put(K key, V value, Duration ttl);

    V put(K key, V value, Duration ttl, Duration maxIdle);

    CompletableFuture<V> putAsync(K key, V value);

    CompletableFuture<V> putAsync(K key, V value, Duration ttl);

    CompletableFuture<V> putAsync(K key, V value, Duration ttl, Duration maxIdle);

    /** Like put, without returning (and so without sending back) the previous value. */
    void set(K key, V value);

    void set(K key, V value, Duration ttl);

    void set(K key, V value, Duration ttl, Duration maxIdle);

    CompletableFuture<Void> setAsync(K key, V value);

    CompletableFuture<Void> setAsync(K key, V value, Duration ttl);

    CompletableFuture<Void> setAsync(K key, V value, Duration ttl, Duration maxIdle);

    /** Stores only if the key has no value; returns the value already there, or null if this one was stored. */
    @Override
    V putIfAbsent(K key, V value);

    V putIfAbsent(K key, V value, Duration ttl);

    V putIfAbsent(K key, V value, Duration ttl, Duration maxIdle);

    CompletableFuture<V> putIfAbsentAsync(K key, V value);

    CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl);

    CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl, Duration maxIdle);

    /** Stores without writing through to a MapStore configured on the members. */
    void putTransient(K key, V value, Duration ttl);

    void putTransient(K key, V value, Duration ttl, Duration maxIdle);

    CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl);

    CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl, Duration maxIdle);

    /** One request per partition that owns some of the keys, all in parallel. */
    @Override
    void putAll(Map<? extends K, ? extends V> entries);

    CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends V> entries);

    /** Stores unless the key stays locked by another thread for longer than {@code timeout}; tells whether it did. */
    boolean tryPut(K key, V value, Duration timeout);

    CompletableFuture<Boolean> tryPutAsync(K key, V value, Duration timeout);

    // ---- reads

    @Override
    V get(Object key);

    CompletableFuture<V> getAsync(K key);

    /** The values of those keys that have one; one request per partition, in parallel. */
    Map<K, V> getAll(Set<K> keys);

    CompletableFuture<Map<K, V>> getAllAsync(Set<K> keys);

    /** The entry with its metadata, or null if the key has no value. */
    EntryView<K, V> getEntryView(K key);

    CompletableFuture<EntryView<K, V>> getEntryViewAsync(K key);

    @Override
    boolean containsKey(Object key);

    CompletableFuture<Boolean> containsKeyAsync(K key);

    @Override
    boolean containsValue(Object value);

    CompletableFuture<Boolean> containsValueAsync(V value);

    @Override
    int size();

    CompletableFuture<Integer> sizeAsync();

    @Override
    boolean isEmpty();

    CompletableFuture<Boolean> isEmptyAsync();

    /** An immutable snapshot of the keys. */
    @Override
    Set<K> keySet();

    CompletableFuture<Set<K>> keySetAsync();

    /** An immutable snapshot of the values. */
    @Override
    Collection<V> values();

    CompletableFuture<Collection<V>> valuesAsync();

    /** An immutable snapshot of the entries. */
    @Override
    Set<Map.Entry<K, V>> entrySet();

    CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync();

    // ---- removal and replacement

    @Override
    V remove(Object key);

    CompletableFuture<V> removeAsync(K key);

    /** Removes only if the current value equals {@code value} (compared serialized, on the member). */
    @Override
    boolean remove(Object key, Object value);

    CompletableFuture<Boolean> removeAsync(K key, V value);

    /** Removes without returning the old value. */
    void delete(K key);

    CompletableFuture<Void> deleteAsync(K key);

    /** Removes unless the key stays locked by another thread for longer than {@code timeout}; tells whether it did. */
    boolean tryRemove(K key, Duration timeout);

    CompletableFuture<Boolean> tryRemoveAsync(K key, Duration timeout);

    @Override
    V replace(K key, V value);

    CompletableFuture<V> replaceAsync(K key, V value);

    @Override
    boolean replace(K key, V oldValue, V newValue);

    CompletableFuture<Boolean> replaceAsync(K key, V oldValue, V newValue);

    /** Removes every entry (a {@link EntryEventType#CLEAR_ALL} event). */
    @Override
    void clear();

    CompletableFuture<Void> clearAsync();

    // ---- expiry and eviction

    /** Gives an existing entry a new TTL; false if the key has no value. */
    boolean setTtl(K key, Duration ttl);

    CompletableFuture<Boolean> setTtlAsync(K key, Duration ttl);

    /** Evicts one entry from memory (without deleting it from a MapStore); false if it was not there or locked. */
    boolean evict(K key);

    CompletableFuture<Boolean> evictAsync(K key);

    /** Evicts every unlocked entry (a {@link EntryEventType#EVICT_ALL} event). */
    void evictAll();

    CompletableFuture<Void> evictAllAsync();

    /** Writes pending MapStore changes (write-behind) to the store. */
    void flush();

    CompletableFuture<Void> flushAsync();

    // ---- locks

    /** Waits until this thread holds the lock of the key; it holds it until it unlocks it. */
    void lock(K key);

    /** Waits for the lock; the cluster releases it after {@code lease} if this thread has not. */
    void lock(K key, Duration lease);

    CompletableFuture<Void> lockAsync(K key);

    CompletableFuture<Void> lockAsync(K key, Duration lease);

    /** Takes the lock if it is free right now. */
    boolean tryLock(K key);

    /** Waits up to {@code timeout} for the lock. */
    boolean tryLock(K key, Duration timeout);

    /** Waits up to {@code timeout} for the lock, then holds it for at most {@code lease}. */
    boolean tryLock(K key, Duration timeout, Duration lease);

    CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout);

    CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease);

    /** Releases one hold of this thread on the lock; fails if this thread does not hold it. */
    void unlock(K key);

    CompletableFuture<Void> unlockAsync(K key);

    boolean isLocked(K key);

    CompletableFuture<Boolean> isLockedAsync(K key);

    /** Releases the lock whoever holds it. */
    void forceUnlock(K key);

    CompletableFuture<Void> forceUnlockAsync(K key);

    // ---- listeners

    /**
     * Subscribes to changes of every entry; with {@code includeValue} false the events carry keys only.
     *
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     */
    UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue);

    /** Subscribes to changes of one key only. */
    UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue);

    CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, boolean includeValue);

    CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, K key, boolean includeValue);

    /** Stops the events of that registration; false if the id is unknown. */
    boolean removeEntryListener(UUID registrationId);

    CompletableFuture<Boolean> removeEntryListenerAsync(UUID registrationId);

    // ---- near cache

    /** The statistics of this map's near cache on this client, or empty if it has none (see {@code NearCacheConfig}). */
    Optional<NearCacheStats> nearCacheStats();
}
