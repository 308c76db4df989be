package io.hzclient.replicatedmap;

import io.hzclient.DistributedObject;
import io.hzclient.map.EntryListener;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A replicated map: every member holds all entries, so reads are answered by whichever member is asked, and writes
 * reach the other members shortly after (eventually consistent: another client may read an older value for a
 * moment). Meant for small, read-mostly data.
 *
 * <p>Reads are routed as the official clients route them: a key's reads and writes to the owner of the key's
 * partition; whole-map reads ({@link #size()}, {@link #isEmpty()}, {@link #containsValue(Object)}, the snapshots) to
 * one partition this proxy picks at random once, so they all see one member's replica.
 *
 * <p>Null keys and values are rejected with a {@link NullPointerException} naming the argument, before anything is
 * sent; a negative time to live with an {@link IllegalArgumentException}. {@link #keySet()}, {@link #values()} and
 * {@link #entrySet()} return immutable snapshots. {@code equals} and {@code hashCode} are those of the proxy object.
 * The default methods of {@link Map} ({@code putIfAbsent}, {@code compute}...) are made of the calls here and are
 * not atomic.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public interface HzReplicatedMap<K, V> extends Map<K, V>, DistributedObject {

    /**
     * Puts the value for the key, kept until removed.
     *
     * @param key the key
     * @param value the value
     * @return the value it had, or null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    V put(K key, V value);

    /**
     * Puts the value for the key, removed by every member once {@code ttl} has passed.
     *
     * @param key the key
     * @param value the value
     * @param ttl how long the entry lives; {@link Duration#ZERO} forever
     * @return the value it had, or null
     * @throws NullPointerException if {@code key}, {@code value} or {@code ttl} is null
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    V put(K key, V value, Duration ttl);

    /**
     * {@link #put(Object, Object)} without waiting; the future completes on the client's user executor.
     *
     * @param key the key
     * @param value the value
     * @return a future of the value it had, or null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<V> putAsync(K key, V value);

    /**
     * {@link #put(Object, Object, Duration)} without waiting; the future completes on the client's user executor.
     *
     * @param key the key
     * @param value the value
     * @param ttl how long the entry lives; {@link Duration#ZERO} forever
     * @return a future of the value it had, or null
     * @throws NullPointerException if {@code key}, {@code value} or {@code ttl} is null
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    CompletableFuture<V> putAsync(K key, V value, Duration ttl);

    /**
     * Puts all entries in one call.
     *
     * @param entries the entries
     * @throws NullPointerException if {@code entries}, or a key or a value in it, is null
     */
    @Override
    void putAll(Map<? extends K, ? extends V> entries);

    /**
     * The value of the key.
     *
     * @param key the key
     * @return its value, or null if it has none
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    V get(Object key);

    /**
     * {@link #get(Object)} without waiting; the future completes on the client's user executor.
     *
     * @param key the key
     * @return a future of its value, or null
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<V> getAsync(K key);

    /**
     * Removes the key.
     *
     * @param key the key
     * @return the value it had, or null
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    V remove(Object key);

    /**
     * {@link #remove(Object)} without waiting; the future completes on the client's user executor.
     *
     * @param key the key
     * @return a future of the value it had, or null
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<V> removeAsync(K key);

    /**
     * Whether the key has a value.
     *
     * @param key the key
     * @return true if it has one
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    boolean containsKey(Object key);

    /**
     * Whether any key has the value.
     *
     * @param value the value
     * @return true if one has
     * @throws NullPointerException if {@code value} is null
     */
    @Override
    boolean containsValue(Object value);

    /**
     * The number of entries.
     *
     * @return the number of entries in the replica asked
     */
    @Override
    int size();

    /**
     * Whether there is no entry.
     *
     * @return true if the replica asked has none
     */
    @Override
    boolean isEmpty();

    /** Removes every entry, on every member. */
    @Override
    void clear();

    /**
     * The keys.
     *
     * @return an immutable snapshot of the keys
     */
    @Override
    Set<K> keySet();

    /**
     * The values.
     *
     * @return an immutable snapshot of the values
     */
    @Override
    Collection<V> values();

    /**
     * The entries.
     *
     * @return an immutable snapshot of the entries
     */
    @Override
    Set<Map.Entry<K, V>> entrySet();

    /**
     * Listens to the changes of every key: {@link EntryListener#entryAdded}, {@link EntryListener#entryUpdated},
     * {@link EntryListener#entryRemoved}, {@link EntryListener#entryEvicted} (a time to live passed) and
     * {@link EntryListener#mapCleared}; events always carry values. The listener is registered again after a
     * reconnect.
     *
     * @param listener the listener
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     */
    UUID addEntryListener(EntryListener<K, V> listener);

    /**
     * Listens to the changes of one key, as {@link #addEntryListener(EntryListener)} does for all.
     *
     * @param listener the listener
     * @param key the key
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} or {@code key} is null
     */
    UUID addEntryListener(EntryListener<K, V> listener, K key);

    /**
     * Stops a listener.
     *
     * @param registrationId what {@code addEntryListener} returned
     * @return true if it was registered, false if not (or no longer)
     * @throws NullPointerException if {@code registrationId} is null
     */
    boolean removeEntryListener(UUID registrationId);
}
