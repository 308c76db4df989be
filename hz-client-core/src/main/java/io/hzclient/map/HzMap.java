package io.hzclient.map;

import io.hzclient.DistributedObject;
import io.hzclient.query.Aggregator;
import io.hzclient.query.IndexConfig;
import io.hzclient.query.IndexType;
import io.hzclient.query.Predicate;
import io.hzclient.query.Projection;

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
 * {@link NullPointerException} naming the argument, before anything is sent, by the async forms too. The futures of
 * the async forms complete on the client's user executor, never on a network thread. What any call may fail with
 * besides what each method names (client shut down, invocation timeout, lost connection...) is listed on
 * {@link io.hzclient.HzClient}.
 *
 * <p>Durations: a {@code ttl} or {@code maxIdle} of {@code null} means the map's configured default on the
 * member, {@link Duration#ZERO} means forever; a positive duration shorter than a millisecond counts as one. A
 * negative duration is refused with an {@link IllegalArgumentException}.
 *
 * <p>Locks belong to the calling thread (the thread that calls {@code lock} or {@code lockAsync}) and are
 * reentrant. Operations that write a key locked by another thread (a put or an evict, say) wait on the member
 * until it is unlocked; the client stops waiting after the invocation timeout with an
 * {@link io.hzclient.OperationTimeoutException}, but the member keeps the write and applies it once the lock is free.
 * {@code tryPut} and {@code tryRemove} bound that wait themselves. Calls that wait on the member by design (locks,
 * {@code tryPut}, {@code tryRemove}) have no answer deadline: they end when the member answers, however long that
 * takes.
 *
 * <p>{@link #keySet()}, {@link #values()} and {@link #entrySet()} return immutable snapshots, deserialized when
 * they are returned; later changes of the map do not show in them. {@code equals} and {@code hashCode} are those
 * of the proxy object, not of the map's contents.
 *
 * <p>With a near cache configured for the map ({@link io.hzclient.config.NearCacheConfig}), {@code get},
 * {@code getAll} and {@code containsKey} answer from it when they can, without a remote call.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public interface HzMap<K, V> extends ConcurrentMap<K, V>, DistributedObject {

    // ---- put and friends

    /**
     * Stores the value with the map's default time to live and max idle, replacing any value the key had.
     *
     * @param key the key
     * @param value the value to store
     * @return the previous value, or null if the key had none
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    V put(K key, V value);

    /**
     * Stores the value with a time to live, replacing any value the key had.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @return the previous value, or null if the key had none
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    V put(K key, V value, Duration ttl);

    /**
     * Stores the value with a time to live and a max idle, replacing any value the key had.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @return the previous value, or null if the key had none
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    V put(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * The async form of {@link #put(Object, Object)}: arguments are checked, and refused, in the calling thread.
     *
     * @param key the key
     * @param value the value to store
     * @return a future completed with the previous value or null, or failed with what {@link #put(Object, Object)}
     *         throws
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<V> putAsync(K key, V value);

    /**
     * The async form of {@link #put(Object, Object, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @return a future completed with the previous value or null
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<V> putAsync(K key, V value, Duration ttl);

    /**
     * The async form of {@link #put(Object, Object, Duration, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @return a future completed with the previous value or null
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<V> putAsync(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * Like {@link #put(Object, Object)}, without returning (and so without sending back) the previous value.
     *
     * @param key the key
     * @param value the value to store
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    void set(K key, V value);

    /**
     * Like {@link #put(Object, Object, Duration)}, without returning the previous value.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    void set(K key, V value, Duration ttl);

    /**
     * Like {@link #put(Object, Object, Duration, Duration)}, without returning the previous value.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    void set(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * The async form of {@link #set(Object, Object)}.
     *
     * @param key the key
     * @param value the value to store
     * @return a future completed (with null) once the value is stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<Void> setAsync(K key, V value);

    /**
     * The async form of {@link #set(Object, Object, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @return a future completed (with null) once the value is stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<Void> setAsync(K key, V value, Duration ttl);

    /**
     * The async form of {@link #set(Object, Object, Duration, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @return a future completed (with null) once the value is stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<Void> setAsync(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * Stores the value only if the key has none.
     *
     * @param key the key
     * @param value the value to store if the key has none
     * @return the value already there (and nothing is stored), or null if this one was stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    V putIfAbsent(K key, V value);

    /**
     * Stores the value with a time to live, only if the key has none.
     *
     * @param key the key
     * @param value the value to store if the key has none
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @return the value already there (and nothing is stored), or null if this one was stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    V putIfAbsent(K key, V value, Duration ttl);

    /**
     * Stores the value with a time to live and a max idle, only if the key has none.
     *
     * @param key the key
     * @param value the value to store if the key has none
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @return the value already there (and nothing is stored), or null if this one was stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    V putIfAbsent(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * The async form of {@link #putIfAbsent(Object, Object)}.
     *
     * @param key the key
     * @param value the value to store if the key has none
     * @return a future completed with the value already there, or null if this one was stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<V> putIfAbsentAsync(K key, V value);

    /**
     * The async form of {@link #putIfAbsent(Object, Object, Duration)}.
     *
     * @param key the key
     * @param value the value to store if the key has none
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @return a future completed with the value already there, or null if this one was stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl);

    /**
     * The async form of {@link #putIfAbsent(Object, Object, Duration, Duration)}.
     *
     * @param key the key
     * @param value the value to store if the key has none
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @return a future completed with the value already there, or null if this one was stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * Stores the value without writing it through to a MapStore configured on the members: the store never
     * sees this value (unless a later write stores it).
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    void putTransient(K key, V value, Duration ttl);

    /**
     * Like {@link #putTransient(Object, Object, Duration)}, with a max idle.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    void putTransient(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * The async form of {@link #putTransient(Object, Object, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @return a future completed (with null) once the value is stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl);

    /**
     * The async form of {@link #putTransient(Object, Object, Duration, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param ttl how long the entry lives; {@code null} for the map's default, {@link Duration#ZERO} for forever
     * @param maxIdle how long the entry may go unread; {@code null} for the map's default, {@link Duration#ZERO} for no
     *         limit
     * @return a future completed (with null) once the value is stored
     * @throws NullPointerException if {@code key} or {@code value} is null
     * @throws IllegalArgumentException if a duration is negative
     */
    CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl, Duration maxIdle);

    /**
     * Stores every entry, with the map's default time to live. One request per partition that owns some of the keys,
     * all in parallel: not atomic, so when it fails, the entries of other partitions may be stored. An empty map sends
     * nothing.
     *
     * @param entries the entries to store
     * @throws NullPointerException if {@code entries}, one of its keys or one of its values is null
     */
    @Override
    void putAll(Map<? extends K, ? extends V> entries);

    /**
     * The async form of {@link #putAll(Map)}.
     *
     * @param entries the entries to store
     * @return a future completed (with null) once every partition's request is answered, or failed with the first
     *         failure
     * @throws NullPointerException if {@code entries}, one of its keys or one of its values is null
     */
    CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends V> entries);

    /**
     * Stores the value unless the key stays locked by another thread for longer than {@code timeout}. Waits on the
     * member, so the invocation timeout does not cut the wait short.
     *
     * @param key the key
     * @param value the value to store
     * @param timeout how long to wait for another thread's lock of the key to go; {@link Duration#ZERO} not at all
     * @return true if the value was stored, false if the key stayed locked
     * @throws NullPointerException if {@code key}, {@code value} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    boolean tryPut(K key, V value, Duration timeout);

    /**
     * The async form of {@link #tryPut(Object, Object, Duration)}.
     *
     * @param key the key
     * @param value the value to store
     * @param timeout how long to wait for another thread's lock of the key to go; {@link Duration#ZERO} not at all
     * @return a future completed with true if the value was stored, false if the key stayed locked
     * @throws NullPointerException if {@code key}, {@code value} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    CompletableFuture<Boolean> tryPutAsync(K key, V value, Duration timeout);

    // ---- reads

    /**
     * The value of the key; with a near cache, from the near cache when it holds the key.
     *
     * @param key the key
     * @return the value, or null if the key has none
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    V get(Object key);

    /**
     * The async form of {@link #get(Object)}. A near cache hit returns a future that is already completed.
     *
     * @param key the key
     * @return a future completed with the value, or null if the key has none
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<V> getAsync(K key);

    /**
     * The values of those keys that have one; one request per partition that owns some of the keys (not found in
     * the near cache), all in parallel. An empty set sends nothing.
     *
     * @param keys the keys to read
     * @return an immutable map of each key that has a value to its value; keys without one are left out
     * @throws NullPointerException if {@code keys} or one of the keys is null
     */
    Map<K, V> getAll(Set<K> keys);

    /**
     * The async form of {@link #getAll(Set)}.
     *
     * @param keys the keys to read
     * @return a future completed with an immutable map of each key that has a value to its value
     * @throws NullPointerException if {@code keys} or one of the keys is null
     */
    CompletableFuture<Map<K, V>> getAllAsync(Set<K> keys);

    /**
     * The entry with its metadata (times, hits, version, time to live...), as the member that owns it sees them.
     *
     * @param key the key
     * @return the entry, or null if the key has no value
     * @throws NullPointerException if {@code key} is null
     */
    EntryView<K, V> getEntryView(K key);

    /**
     * The async form of {@link #getEntryView(Object)}.
     *
     * @param key the key
     * @return a future completed with the entry, or null if the key has no value
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<EntryView<K, V>> getEntryViewAsync(K key);

    /**
     * Whether the key has a value; with a near cache, true at once when the near cache holds the key.
     *
     * @param key the key
     * @return true if the key has a value
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    boolean containsKey(Object key);

    /**
     * The async form of {@link #containsKey(Object)}. A near cache hit returns a future already completed.
     *
     * @param key the key
     * @return a future completed with true if the key has a value
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Boolean> containsKeyAsync(K key);

    /**
     * Whether any key has this value (compared serialized, on the members).
     *
     * @param value the value to look for
     * @return true if at least one entry has the value
     * @throws NullPointerException if {@code value} is null
     */
    @Override
    boolean containsValue(Object value);

    /**
     * The async form of {@link #containsValue(Object)}.
     *
     * @param value the value to look for
     * @return a future completed with true if at least one entry has the value
     * @throws NullPointerException if {@code value} is null
     */
    CompletableFuture<Boolean> containsValueAsync(V value);

    /**
     * The number of entries in the whole map, counted by the members.
     *
     * @return the number of entries
     */
    @Override
    int size();

    /**
     * The async form of {@link #size()}.
     *
     * @return a future completed with the number of entries
     */
    CompletableFuture<Integer> sizeAsync();

    /**
     * Whether the whole map has no entry.
     *
     * @return true if the map has no entry
     */
    @Override
    boolean isEmpty();

    /**
     * The async form of {@link #isEmpty()}.
     *
     * @return a future completed with true if the map has no entry
     */
    CompletableFuture<Boolean> isEmptyAsync();

    /**
     * The keys of the whole map, fetched and deserialized now. Reading the keys does not count as an access of the
     * entries (their max idle goes on).
     *
     * @return an immutable snapshot of the keys
     */
    @Override
    Set<K> keySet();

    /**
     * The async form of {@link #keySet()}.
     *
     * @return a future completed with an immutable snapshot of the keys
     */
    CompletableFuture<Set<K>> keySetAsync();

    /**
     * The values of the whole map, fetched and deserialized now.
     *
     * @return an immutable snapshot of the values
     */
    @Override
    Collection<V> values();

    /**
     * The async form of {@link #values()}.
     *
     * @return a future completed with an immutable snapshot of the values
     */
    CompletableFuture<Collection<V>> valuesAsync();

    /**
     * The entries of the whole map, fetched and deserialized now.
     *
     * @return an immutable snapshot of the entries; their {@code setValue} is refused
     */
    @Override
    Set<Map.Entry<K, V>> entrySet();

    /**
     * The async form of {@link #entrySet()}.
     *
     * @return a future completed with an immutable snapshot of the entries
     */
    CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync();

    // ---- queries: evaluated on the members (never in a near cache), answered as snapshots

    /**
     * The keys of the entries the predicate matches, found on the members (with an index where the map has one).
     *
     * @param predicate the condition, from {@link io.hzclient.query.Predicates}
     * @return an immutable snapshot of the keys
     * @throws NullPointerException if {@code predicate} is null
     * @throws io.hzclient.HzClientException if the members refuse the predicate (malformed SQL text, say), with
     *         their message
     */
    Set<K> keySet(Predicate<K, V> predicate);

    /**
     * The async form of {@link #keySet(Predicate)}.
     *
     * @param predicate the condition
     * @return a future completed with an immutable snapshot of the keys
     * @throws NullPointerException if {@code predicate} is null
     */
    CompletableFuture<Set<K>> keySetAsync(Predicate<K, V> predicate);

    /**
     * The values of the entries the predicate matches.
     *
     * @param predicate the condition, from {@link io.hzclient.query.Predicates}
     * @return an immutable snapshot of the values
     * @throws NullPointerException if {@code predicate} is null
     * @throws io.hzclient.HzClientException if the members refuse the predicate, with their message
     */
    Collection<V> values(Predicate<K, V> predicate);

    /**
     * The async form of {@link #values(Predicate)}.
     *
     * @param predicate the condition
     * @return a future completed with an immutable snapshot of the values
     * @throws NullPointerException if {@code predicate} is null
     */
    CompletableFuture<Collection<V>> valuesAsync(Predicate<K, V> predicate);

    /**
     * The entries the predicate matches.
     *
     * @param predicate the condition, from {@link io.hzclient.query.Predicates}
     * @return an immutable snapshot of the entries; their {@code setValue} is refused
     * @throws NullPointerException if {@code predicate} is null
     * @throws io.hzclient.HzClientException if the members refuse the predicate, with their message
     */
    Set<Map.Entry<K, V>> entrySet(Predicate<K, V> predicate);

    /**
     * The async form of {@link #entrySet(Predicate)}.
     *
     * @param predicate the condition
     * @return a future completed with an immutable snapshot of the entries
     * @throws NullPointerException if {@code predicate} is null
     */
    CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync(Predicate<K, V> predicate);

    /**
     * Removes every entry the predicate matches, on the members. A near cache of the map is cleared once they are
     * done. Not retried after a lost connection unless redo-operation is on: it may or may not have run.
     *
     * @param predicate the condition, from {@link io.hzclient.query.Predicates}
     * @throws NullPointerException if {@code predicate} is null
     * @throws io.hzclient.HzClientException if the members refuse the predicate, with their message
     */
    void removeAll(Predicate<K, V> predicate);

    /**
     * The async form of {@link #removeAll(Predicate)}.
     *
     * @param predicate the condition
     * @return a future completed when the entries are removed
     * @throws NullPointerException if {@code predicate} is null
     */
    CompletableFuture<Void> removeAllAsync(Predicate<K, V> predicate);

    /**
     * Adds an index on the members, which then serve the predicates on its attributes from it. Adding an index
     * the map already has (same attributes and type) does nothing.
     *
     * @param type the index type
     * @param attributes the attributes, in order
     * @throws NullPointerException if {@code type} or {@code attributes} is null
     * @throws IllegalArgumentException if the attributes are not a valid index (see
     *         {@link io.hzclient.query.IndexConfig})
     */
    void addIndex(IndexType type, String... attributes);

    /**
     * Adds an index on the members.
     *
     * @param index the index
     * @throws NullPointerException if {@code index} is null
     */
    void addIndex(IndexConfig index);

    /**
     * The async form of {@link #addIndex(IndexConfig)}.
     *
     * @param index the index
     * @return a future completed once the members have the index
     * @throws NullPointerException if {@code index} is null
     */
    CompletableFuture<Void> addIndexAsync(IndexConfig index);

    // ---- computing on the members: entry processors, aggregations, projections

    /**
     * Runs an entry processor on the key's entry, on the member that owns it, and returns what it returned. The
     * processor is any object the members can deserialize and run as an {@code EntryProcessor} (an
     * IdentifiedDataSerializable, Portable or Compact class on their classpath); the client only serializes it. The
     * key's near cache entry, if any, is invalidated.
     *
     * @param key the key
     * @param entryProcessor the processor
     * @param <R> what the processor returns
     * @return the processor's result, deserialized
     * @throws NullPointerException if {@code key} or {@code entryProcessor} is null
     * @throws io.hzclient.HzClientException if the processor fails on the member, with its message
     */
    <R> R executeOnKey(K key, Object entryProcessor);

    /**
     * The async form of {@link #executeOnKey} (the protocol's {@code submitToKey}).
     *
     * @param key the key
     * @param entryProcessor the processor
     * @param <R> what the processor returns
     * @return a future completed with the processor's result
     * @throws NullPointerException if {@code key} or {@code entryProcessor} is null
     */
    <R> CompletableFuture<R> submitToKey(K key, Object entryProcessor);

    /**
     * Runs an entry processor on the entries of the given keys, each on its owner. The near cache, if any, is
     * cleared once it is done.
     *
     * @param keys the keys
     * @param entryProcessor the processor (see {@link #executeOnKey})
     * @param <R> what the processor returns
     * @return each key's result, deserialized
     * @throws NullPointerException if {@code keys}, one of its keys or {@code entryProcessor} is null
     */
    <R> Map<K, R> executeOnKeys(Set<K> keys, Object entryProcessor);

    /**
     * The async form of {@link #executeOnKeys}.
     *
     * @param keys the keys
     * @param entryProcessor the processor
     * @param <R> what the processor returns
     * @return a future completed with each key's result
     * @throws NullPointerException if {@code keys}, one of its keys or {@code entryProcessor} is null
     */
    <R> CompletableFuture<Map<K, R>> executeOnKeysAsync(Set<K> keys, Object entryProcessor);

    /**
     * Runs an entry processor on every entry of the map, on the members. The near cache, if any, is cleared once it
     * is done.
     *
     * @param entryProcessor the processor (see {@link #executeOnKey})
     * @param <R> what the processor returns
     * @return each key's result, deserialized
     * @throws NullPointerException if {@code entryProcessor} is null
     */
    <R> Map<K, R> executeOnEntries(Object entryProcessor);

    /**
     * Runs an entry processor on the entries the predicate matches.
     *
     * @param entryProcessor the processor (see {@link #executeOnKey})
     * @param predicate the condition
     * @param <R> what the processor returns
     * @return each matched key's result, deserialized
     * @throws NullPointerException if {@code entryProcessor} or {@code predicate} is null
     */
    <R> Map<K, R> executeOnEntries(Object entryProcessor, Predicate<K, V> predicate);

    /**
     * The async form of {@link #executeOnEntries(Object)}.
     *
     * @param entryProcessor the processor
     * @param <R> what the processor returns
     * @return a future completed with each key's result
     * @throws NullPointerException if {@code entryProcessor} is null
     */
    <R> CompletableFuture<Map<K, R>> executeOnEntriesAsync(Object entryProcessor);

    /**
     * The async form of {@link #executeOnEntries(Object, Predicate)}.
     *
     * @param entryProcessor the processor
     * @param predicate the condition
     * @param <R> what the processor returns
     * @return a future completed with each matched key's result
     * @throws NullPointerException if {@code entryProcessor} or {@code predicate} is null
     */
    <R> CompletableFuture<Map<K, R>> executeOnEntriesAsync(Object entryProcessor, Predicate<K, V> predicate);

    /**
     * Aggregates every entry on the members; only the result crosses the network.
     *
     * @param aggregator the aggregator, from {@link io.hzclient.query.Aggregators}
     * @param <R> the result's type
     * @return the result
     * @throws NullPointerException if {@code aggregator} is null
     * @throws io.hzclient.HzClientException if the members cannot aggregate (an attribute of another type, say)
     */
    <R> R aggregate(Aggregator<? super Map.Entry<K, V>, R> aggregator);

    /**
     * Aggregates the entries the predicate matches.
     *
     * @param aggregator the aggregator
     * @param predicate the condition
     * @param <R> the result's type
     * @return the result
     * @throws NullPointerException if {@code aggregator} or {@code predicate} is null
     */
    <R> R aggregate(Aggregator<? super Map.Entry<K, V>, R> aggregator, Predicate<K, V> predicate);

    /**
     * The async form of {@link #aggregate(Aggregator)}.
     *
     * @param aggregator the aggregator
     * @param <R> the result's type
     * @return a future completed with the result
     * @throws NullPointerException if {@code aggregator} is null
     */
    <R> CompletableFuture<R> aggregateAsync(Aggregator<? super Map.Entry<K, V>, R> aggregator);

    /**
     * The async form of {@link #aggregate(Aggregator, Predicate)}.
     *
     * @param aggregator the aggregator
     * @param predicate the condition
     * @param <R> the result's type
     * @return a future completed with the result
     * @throws NullPointerException if {@code aggregator} or {@code predicate} is null
     */
    <R> CompletableFuture<R> aggregateAsync(Aggregator<? super Map.Entry<K, V>, R> aggregator,
                                            Predicate<K, V> predicate);

    /**
     * Projects every entry on the members; only the projected values cross the network.
     *
     * @param projection the projection, from {@link io.hzclient.query.Projections}
     * @param <R> what each entry is projected to
     * @return an immutable list of the projected values, in no particular order (a null attribute gives null)
     * @throws NullPointerException if {@code projection} is null
     */
    <R> Collection<R> project(Projection<? super Map.Entry<K, V>, R> projection);

    /**
     * Projects the entries the predicate matches.
     *
     * @param projection the projection
     * @param predicate the condition
     * @param <R> what each entry is projected to
     * @return an immutable list of the projected values
     * @throws NullPointerException if {@code projection} or {@code predicate} is null
     */
    <R> Collection<R> project(Projection<? super Map.Entry<K, V>, R> projection, Predicate<K, V> predicate);

    /**
     * The async form of {@link #project(Projection)}.
     *
     * @param projection the projection
     * @param <R> what each entry is projected to
     * @return a future completed with the projected values
     * @throws NullPointerException if {@code projection} is null
     */
    <R> CompletableFuture<Collection<R>> projectAsync(Projection<? super Map.Entry<K, V>, R> projection);

    /**
     * The async form of {@link #project(Projection, Predicate)}.
     *
     * @param projection the projection
     * @param predicate the condition
     * @param <R> what each entry is projected to
     * @return a future completed with the projected values
     * @throws NullPointerException if {@code projection} or {@code predicate} is null
     */
    <R> CompletableFuture<Collection<R>> projectAsync(Projection<? super Map.Entry<K, V>, R> projection,
                                                      Predicate<K, V> predicate);

    // ---- removal and replacement

    /**
     * Removes the key's entry.
     *
     * @param key the key
     * @return the value it had, or null if it had none
     * @throws NullPointerException if {@code key} is null
     */
    @Override
    V remove(Object key);

    /**
     * The async form of {@link #remove(Object)}.
     *
     * @param key the key
     * @return a future completed with the value the key had, or null if it had none
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<V> removeAsync(K key);

    /**
     * Removes the key's entry only if its current value equals {@code value} (compared serialized, on the member).
     *
     * @param key the key
     * @param value the value the entry must have
     * @return true if the entry was removed
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    boolean remove(Object key, Object value);

    /**
     * The async form of {@link #remove(Object, Object)}.
     *
     * @param key the key
     * @param value the value the entry must have
     * @return a future completed with true if the entry was removed
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<Boolean> removeAsync(K key, V value);

    /**
     * Removes the key's entry without returning (and so without sending back) the old value.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    void delete(K key);

    /**
     * The async form of {@link #delete(Object)}.
     *
     * @param key the key
     * @return a future completed (with null) once the entry is removed
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> deleteAsync(K key);

    /**
     * Removes the key's entry unless the key stays locked by another thread for longer than {@code timeout}. Waits on
     * the member, so the invocation timeout does not cut the wait short.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock of the key to go; {@link Duration#ZERO} not at all
     * @return true if an entry was removed, false if the key stayed locked (or had no entry)
     * @throws NullPointerException if {@code key} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    boolean tryRemove(K key, Duration timeout);

    /**
     * The async form of {@link #tryRemove(Object, Duration)}.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock of the key to go; {@link Duration#ZERO} not at all
     * @return a future completed with true if an entry was removed, false if the key stayed locked (or had no entry)
     * @throws NullPointerException if {@code key} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    CompletableFuture<Boolean> tryRemoveAsync(K key, Duration timeout);

    /**
     * Replaces the key's value only if it has one: a key without a value stays without.
     *
     * @param key the key
     * @param value the new value
     * @return the previous value, or null if the key had none (and nothing was stored)
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @Override
    V replace(K key, V value);

    /**
     * The async form of {@link #replace(Object, Object)}.
     *
     * @param key the key
     * @param value the new value
     * @return a future completed with the previous value, or null if the key had none
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    CompletableFuture<V> replaceAsync(K key, V value);

    /**
     * Replaces the key's value only if it is {@code oldValue} now (compared serialized, on the member).
     *
     * @param key the key
     * @param oldValue the value the key must have
     * @param newValue the value to store
     * @return true if the value was replaced
     * @throws NullPointerException if {@code key}, {@code oldValue} or {@code newValue} is null
     */
    @Override
    boolean replace(K key, V oldValue, V newValue);

    /**
     * The async form of {@link #replace(Object, Object, Object)}.
     *
     * @param key the key
     * @param oldValue the value the key must have
     * @param newValue the value to store
     * @return a future completed with true if the value was replaced
     * @throws NullPointerException if {@code key}, {@code oldValue} or {@code newValue} is null
     */
    CompletableFuture<Boolean> replaceAsync(K key, V oldValue, V newValue);

    /**
     * Removes every entry of the map; entry listeners get one {@link EntryEventType#CLEAR_ALL} {@link MapEvent} from
     * each member, with the number of entries it removed.
     */
    @Override
    void clear();

    /**
     * The async form of {@link #clear()}.
     *
     * @return a future completed (with null) once the map is cleared
     */
    CompletableFuture<Void> clearAsync();

    // ---- expiry and eviction

    /**
     * Gives an existing entry a new time to live, counted from now.
     *
     * @param key the key
     * @param ttl the new time to live
     * @return true if the key had a value, false if not (nothing changes then)
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    boolean setTtl(K key, Duration ttl);

    /**
     * The async form of {@link #setTtl(Object, Duration)}.
     *
     * @param key the key
     * @param ttl the new time to live
     * @return a future completed with true if the key had a value
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    CompletableFuture<Boolean> setTtlAsync(K key, Duration ttl);

    /**
     * Evicts one entry from the members' memory; unlike a removal, it is not deleted from a MapStore configured on the
     * members. Like any write, it waits while another thread holds the key's lock.
     *
     * @param key the key
     * @return true if the entry was evicted, false if the key had none
     * @throws NullPointerException if {@code key} is null
     */
    boolean evict(K key);

    /**
     * The async form of {@link #evict(Object)}.
     *
     * @param key the key
     * @return a future completed with true if the entry was evicted
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Boolean> evictAsync(K key);

    /**
     * Evicts every entry that is not locked from the members' memory, without deleting it from a MapStore; entry
     * listeners get a {@link EntryEventType#EVICT_ALL} {@link MapEvent} from each member.
     */
    void evictAll();

    /**
     * The async form of {@link #evictAll()}.
     *
     * @return a future completed (with null) once the entries are evicted
     */
    CompletableFuture<Void> evictAllAsync();

    /**
     * Writes the changes that a write-behind MapStore on the members has not stored yet, now. Without a MapStore (or
     * with a write-through one) it does nothing.
     */
    void flush();

    /**
     * The async form of {@link #flush()}.
     *
     * @return a future completed (with null) once the pending changes are stored
     */
    CompletableFuture<Void> flushAsync();

    // ---- a MapStore on the members

    /**
     * Has the members load every key their MapStore's {@code loadAllKeys} gives, with its value, and waits until they
     * have. Each loaded entry fires an {@link EntryEventType#LOADED} event. The near cache of this map is cleared.
     *
     * @param replaceExistingValues true to overwrite the values the map holds already; false to load only the keys it
     *                              lacks
     * @throws io.hzclient.HzClientException if the map has no MapStore on the members or the store fails
     */
    void loadAll(boolean replaceExistingValues);

    /**
     * The async form of {@link #loadAll(boolean)}.
     *
     * @param replaceExistingValues true to overwrite the values the map holds already
     * @return a future completed (with null) once the entries are loaded
     */
    CompletableFuture<Void> loadAllAsync(boolean replaceExistingValues);

    /**
     * Has the members load these keys from their MapStore, and waits until they have; as {@link #loadAll(boolean)}.
     *
     * @param keys                  the keys to load
     * @param replaceExistingValues true to overwrite the values the map holds already for these keys
     * @throws NullPointerException if {@code keys} or one of them is null
     */
    void loadAll(Collection<K> keys, boolean replaceExistingValues);

    /**
     * The async form of {@link #loadAll(Collection, boolean)}.
     *
     * @param keys                  the keys to load
     * @param replaceExistingValues true to overwrite the values the map holds already for these keys
     * @return a future completed (with null) once the entries are loaded
     * @throws NullPointerException if {@code keys} or one of them is null
     */
    CompletableFuture<Void> loadAllAsync(Collection<K> keys, boolean replaceExistingValues);

    // ---- interceptors

    /**
     * Adds an interceptor that the members run on every read, write and removal of this map, before and after it
     * (a {@code com.hazelcast.map.MapInterceptor} on the members' class path). The client sends the object as its
     * serialization writes it, so it must be a type the members can read: an {@code IdentifiedDataSerializable},
     * Portable or Compact one. Reads a near cache answers do not reach the members, so the interceptor does not see
     * them.
     *
     * @param interceptor the interceptor, as the members know it
     * @return the id the members gave it, for {@link #removeInterceptor(String)}
     * @throws NullPointerException if {@code interceptor} is null
     */
    String addInterceptor(Object interceptor);

    /**
     * The async form of {@link #addInterceptor(Object)}.
     *
     * @param interceptor the interceptor, as the members know it
     * @return a future completed with the interceptor's id
     * @throws NullPointerException if {@code interceptor} is null
     */
    CompletableFuture<String> addInterceptorAsync(Object interceptor);

    /**
     * Removes an interceptor added by {@link #addInterceptor(Object)}.
     *
     * @param id the id {@code addInterceptor} returned
     * @return true if the members had it
     * @throws NullPointerException if {@code id} is null
     */
    boolean removeInterceptor(String id);

    /**
     * The async form of {@link #removeInterceptor(String)}.
     *
     * @param id the id {@code addInterceptor} returned
     * @return a future completed with true if the members had it
     * @throws NullPointerException if {@code id} is null
     */
    CompletableFuture<Boolean> removeInterceptorAsync(String id);

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
     * @param lease how long the lock is held at most: the cluster releases it then if this thread has not
     * @throws NullPointerException if {@code key} or {@code lease} is null
     * @throws IllegalArgumentException if {@code lease} is negative
     */
    void lock(K key, Duration lease);

    /**
     * The async form of {@link #lock(Object)}: the lock belongs to the thread that calls this method.
     *
     * @param key the key
     * @return a future completed (with null) once the calling thread holds the lock
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> lockAsync(K key);

    /**
     * The async form of {@link #lock(Object, Duration)}: the lock belongs to the thread that calls this method.
     *
     * @param key the key
     * @param lease how long the lock is held at most: the cluster releases it then if this thread has not
     * @return a future completed (with null) once the calling thread holds the lock
     * @throws NullPointerException if {@code key} or {@code lease} is null
     * @throws IllegalArgumentException if {@code lease} is negative
     */
    CompletableFuture<Void> lockAsync(K key, Duration lease);

    /**
     * Takes the lock of the key if it is free right now (or already held by this thread).
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
     * @param lease how long the lock is held at most: the cluster releases it then if this thread has not
     * @return true if this thread holds the lock now, false if the timeout passed first
     * @throws NullPointerException if {@code key}, {@code timeout} or {@code lease} is null
     * @throws IllegalArgumentException if {@code timeout} or {@code lease} is negative
     */
    boolean tryLock(K key, Duration timeout, Duration lease);

    /**
     * The async form of {@link #tryLock(Object, Duration)}: the lock belongs to the thread that calls this method.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock to go; {@link Duration#ZERO} not at all
     * @return a future completed with true if the calling thread holds the lock, false if the timeout passed first
     * @throws NullPointerException if {@code key} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout);

    /**
     * The async form of {@link #tryLock(Object, Duration, Duration)}: the lock belongs to the thread that calls this
     * method.
     *
     * @param key the key
     * @param timeout how long to wait for another thread's lock to go; {@link Duration#ZERO} not at all
     * @param lease how long the lock is held at most: the cluster releases it then if this thread has not
     * @return a future completed with true if the calling thread holds the lock, false if the timeout passed first
     * @throws NullPointerException if {@code key}, {@code timeout} or {@code lease} is null
     * @throws IllegalArgumentException if {@code timeout} or {@code lease} is negative
     */
    CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease);

    /**
     * Releases one hold of this thread on the lock of the key; the lock is free once every hold is released.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalMonitorStateException if this thread does not hold the lock
     */
    void unlock(K key);

    /**
     * The async form of {@link #unlock(Object)}, for the lock of the thread that calls this method.
     *
     * @param key the key
     * @return a future completed (with null) once the hold is released, or failed with an
     *         {@link IllegalMonitorStateException} if the calling thread does not hold the lock
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> unlockAsync(K key);

    /**
     * Whether any thread, of any client or member, holds the lock of the key.
     *
     * @param key the key
     * @return true if the key is locked
     * @throws NullPointerException if {@code key} is null
     */
    boolean isLocked(K key);

    /**
     * The async form of {@link #isLocked(Object)}.
     *
     * @param key the key
     * @return a future completed with true if the key is locked
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Boolean> isLockedAsync(K key);

    /**
     * Releases the lock of the key whoever holds it, and however many holds it has.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    void forceUnlock(K key);

    /**
     * The async form of {@link #forceUnlock(Object)}.
     *
     * @param key the key
     * @return a future completed (with null) once the lock is released
     * @throws NullPointerException if {@code key} is null
     */
    CompletableFuture<Void> forceUnlockAsync(K key);

    // ---- listeners

    /**
     * Subscribes to the changes of every entry, from every member. The listener stays registered through reconnects and
     * is registered on members that join later.
     *
     * @param listener told of the changes; only the kinds it handles are asked for (see
     *         {@link EntryListener#eventTypes()})
     * @param includeValue whether events carry the values; false sends keys only
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue);

    /**
     * Subscribes to the changes of one key only.
     *
     * @param listener told of the changes; only the kinds it handles are asked for (see
     *         {@link EntryListener#eventTypes()})
     * @param key the key whose changes to hear
     * @param includeValue whether events carry the values; false sends keys only
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} or {@code key} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue);

    /**
     * The async form of {@link #addEntryListener(EntryListener, boolean)}.
     *
     * @param listener told of the changes; only the kinds it handles are asked for (see
     *         {@link EntryListener#eventTypes()})
     * @param includeValue whether events carry the values; false sends keys only
     * @return a future completed with the registration id once the members confirmed it
     * @throws NullPointerException if {@code listener} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, boolean includeValue);

    /**
     * The async form of {@link #addEntryListener(EntryListener, Object, boolean)}.
     *
     * @param listener told of the changes; only the kinds it handles are asked for (see
     *         {@link EntryListener#eventTypes()})
     * @param key the key whose changes to hear
     * @param includeValue whether events carry the values; false sends keys only
     * @return a future completed with the registration id once the members confirmed it
     * @throws NullPointerException if {@code listener} or {@code key} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, K key, boolean includeValue);

    /**
     * Subscribes to the changes of the entries the predicate matches, evaluated by the members on each change (on
     * the new value; on the old one for a removal). Back after a reconnect, as any listener.
     *
     * @param listener told of the changes; only the kinds it handles are asked for (see
     *         {@link EntryListener#eventTypes()})
     * @param predicate the condition, from {@link io.hzclient.query.Predicates}
     * @param includeValue whether events carry the values; false sends keys only
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener} or {@code predicate} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    UUID addEntryListener(EntryListener<K, V> listener, Predicate<K, V> predicate, boolean includeValue);

    /**
     * Subscribes to the changes of one key that the predicate matches.
     *
     * @param listener told of the changes; only the kinds it handles are asked for
     * @param predicate the condition, from {@link io.hzclient.query.Predicates}
     * @param key the key whose changes to hear
     * @param includeValue whether events carry the values; false sends keys only
     * @return the registration id, for {@link #removeEntryListener(UUID)}
     * @throws NullPointerException if {@code listener}, {@code predicate} or {@code key} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    UUID addEntryListener(EntryListener<K, V> listener, Predicate<K, V> predicate, K key, boolean includeValue);

    /**
     * The async form of {@link #addEntryListener(EntryListener, Predicate, boolean)}.
     *
     * @param listener told of the changes
     * @param predicate the condition
     * @param includeValue whether events carry the values; false sends keys only
     * @return a future completed with the registration id once the members confirmed it
     * @throws NullPointerException if {@code listener} or {@code predicate} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, Predicate<K, V> predicate,
                                                  boolean includeValue);

    /**
     * The async form of {@link #addEntryListener(EntryListener, Predicate, Object, boolean)}.
     *
     * @param listener told of the changes
     * @param predicate the condition
     * @param key the key whose changes to hear
     * @param includeValue whether events carry the values; false sends keys only
     * @return a future completed with the registration id once the members confirmed it
     * @throws NullPointerException if {@code listener}, {@code predicate} or {@code key} is null
     * @throws IllegalArgumentException if the listener asks for no event (it overrides none of its methods)
     */
    CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, Predicate<K, V> predicate, K key,
                                                  boolean includeValue);

    /**
     * Stops the events of that registration, on every member.
     *
     * @param registrationId the id that {@code addEntryListener} returned
     * @return true if the registration existed, false if the id is unknown (or removed already)
     * @throws NullPointerException if {@code registrationId} is null
     */
    boolean removeEntryListener(UUID registrationId);

    /**
     * The async form of {@link #removeEntryListener(UUID)}.
     *
     * @param registrationId the id that {@code addEntryListener} returned
     * @return a future completed with true if the registration existed
     * @throws NullPointerException if {@code registrationId} is null
     */
    CompletableFuture<Boolean> removeEntryListenerAsync(UUID registrationId);

    // ---- near cache

    /**
     * The statistics of this map's near cache on this client, read locally.
     *
     * @return the statistics, or empty if the map has no near cache (see {@code NearCacheConfig})
     */
    Optional<NearCacheStats> nearCacheStats();
}
