package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.nearcache.NearCache;
import io.hzclient.internal.nearcache.ReadBatch;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.EntryView;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.query.Aggregator;
import io.hzclient.query.IndexConfig;
import io.hzclient.query.IndexType;
import io.hzclient.query.Predicate;
import io.hzclient.query.Projection;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The client side of a distributed map. Each operation is one private {@code xxxCall} method in four beats: check
 * the arguments, serialize, build the {@link Call} with {@link MapCodec}, send it; its blocking form is
 * {@code xxxCall(...).sync()} (waits and decodes in the caller's thread), its {@code ...Async} form
 * {@code xxxCall(...).async(userExecutor)}. A null argument fails in the caller's thread, before anything is sent.
 *
 * <p>The near cache is a hook ({@link NearCacheHook}, never null): key reads ask it first (a hit is returned as
 * is, allocating nothing), and writes are sent through it; without a near cache it sends the plain calls.
 *
 * <p>Why this class is longer than 400 lines: {@link HzMap} is a large API (java.util.Map, ConcurrentMap, TTL
 * variants, locks, listeners, each twice), and every method here is a few lines of translation. Splitting it by
 * topic would only add indirection.
 */
public final class MapProxy<K, V> extends ProxyBase implements HzMap<K, V> {
    public static final String SERVICE_NAME = "hz:impl:mapService";

    /** Lock reference ids: unique per JVM, hence per client, so a retried lock or unlock is applied once. */
    private static final AtomicLong REFERENCE_IDS = new AtomicLong();

    /** Fields, so that a get or put makes no function object. */
    private final Function<Data, V> toValue = this::toObject;
    private final Function<Serialized, Call<Data>> getRequest = this::getRequest;

    /**
     * The frequent calls' operations, their answer decoded straight to the caller's value: made once, so that a call
     * makes no operation, and each one decoder, so that the JIT need not make the answer's Data in between.
     */
    private final Operation<V> getValue = MapCodec.GET.decodedBy(this::valueOf);
    private final Operation<V> putValue = MapCodec.PUT.decodedBy(this::valueOf);
    private final Operation<V> putIfAbsentValue = MapCodec.PUT_IF_ABSENT.decodedBy(this::valueOf);
    private final Operation<V> removeValue = MapCodec.REMOVE.decodedBy(this::valueOf);
    private final Operation<V> replaceValue = MapCodec.REPLACE.decodedBy(this::valueOf);

    private final NearCacheHook nearCache;
    private final MapCompute<K, V> compute;
    private final MapQueries<K, V> queries;

    public MapProxy(String name, ClientContext context) {
        this(name, context, null);
    }

    /** {@code nearCache}: the map's near cache, null if it has none. */
    public MapProxy(String name, ClientContext context, NearCache nearCache) {
        super(SERVICE_NAME, name, context);
        this.nearCache = NearCacheHook.of(nearCache, context.invocations());
        this.queries = new MapQueries<>(name, context);
        this.compute = new MapCompute<>(name, context, this.nearCache, queries);
    }

    /** The near cache, or null if this map has none. */
    public NearCache nearCache() {
        return nearCache.nearCache();
    }

    // ---- put and friends

    @Override
    public V put(K key, V value) {
        return putCall(key, value, null, null).sync();
    }

    @Override
    public V put(K key, V value, Duration ttl) {
        return putCall(key, value, ttl, null).sync();
    }

    @Override
    public V put(K key, V value, Duration ttl, Duration maxIdle) {
        return putCall(key, value, ttl, maxIdle).sync();
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value) {
        return putCall(key, value, null, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value, Duration ttl) {
        return putCall(key, value, ttl, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return putCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private Pending<V> putCall(K key, V value, Duration ttl, Duration maxIdle) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        Call<V> call = maxIdle == null
                ? MapCodec.put(name, k, v, threadId(), millis(ttl)).as(putValue)
                : MapCodec.putWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle)).then(toValue);
        return nearCache.write(key, k, v, call);
    }

    @Override
    public void set(K key, V value) {
        setCall(key, value, null, null).sync();
    }

    @Override
    public void set(K key, V value, Duration ttl) {
        setCall(key, value, ttl, null).sync();
    }

    @Override
    public void set(K key, V value, Duration ttl, Duration maxIdle) {
        setCall(key, value, ttl, maxIdle).sync();
    }

    @Override
    public CompletableFuture<Void> setAsync(K key, V value) {
        return setCall(key, value, null, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Void> setAsync(K key, V value, Duration ttl) {
        return setCall(key, value, ttl, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Void> setAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return setCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private Pending<Void> setCall(K key, V value, Duration ttl, Duration maxIdle) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        Call<Void> call = maxIdle == null
                ? MapCodec.set(name, k, v, threadId(), millis(ttl))
                : MapCodec.setWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return nearCache.write(key, k, v, call);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putIfAbsentCall(key, value, null, null).sync();
    }

    @Override
    public V putIfAbsent(K key, V value, Duration ttl) {
        return putIfAbsentCall(key, value, ttl, null).sync();
    }

    @Override
    public V putIfAbsent(K key, V value, Duration ttl, Duration maxIdle) {
        return putIfAbsentCall(key, value, ttl, maxIdle).sync();
    }

    @Override
    public CompletableFuture<V> putIfAbsentAsync(K key, V value) {
        return putIfAbsentCall(key, value, null, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl) {
        return putIfAbsentCall(key, value, ttl, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return putIfAbsentCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    /** Invalidates rather than caches: whether the value was written is only known from the answer. */
    private Pending<V> putIfAbsentCall(K key, V value, Duration ttl, Duration maxIdle) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        Call<V> call = maxIdle == null
                ? MapCodec.putIfAbsent(name, k, v, threadId(), millis(ttl)).as(putIfAbsentValue)
                : MapCodec.putIfAbsentWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle)).then(toValue);
        return nearCache.write(key, k, null, call);
    }

    @Override
    public void putTransient(K key, V value, Duration ttl) {
        putTransientCall(key, value, ttl, null).sync();
    }

    @Override
    public void putTransient(K key, V value, Duration ttl, Duration maxIdle) {
        putTransientCall(key, value, ttl, maxIdle).sync();
    }

    @Override
    public CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl) {
        return putTransientCall(key, value, ttl, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return putTransientCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private Pending<Void> putTransientCall(K key, V value, Duration ttl, Duration maxIdle) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        Call<Void> call = maxIdle == null
                ? MapCodec.putTransient(name, k, v, threadId(), millis(ttl))
                : MapCodec.putTransientWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return nearCache.write(key, k, v, call);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        putAllCall(entries).sync();
    }

    @Override
    public CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends V> entries) {
        return putAllCall(entries).async(context.userExecutor());
    }

    /** One call per partition, with that partition's entries. */
    private Pending<Void> putAllCall(Map<? extends K, ? extends V> entries) {
        checkNotNull(entries, "entries");
        Map<Integer, List<Map.Entry<Data, Data>>> byPartition = new HashMap<>();
        entries.forEach((key, value) -> {
            Data k = keyData(key);
            byPartition.computeIfAbsent(partitionOf(k), p -> new ArrayList<>())
                    .add(new AbstractMap.SimpleImmutableEntry<>(k, valueData(value)));
        });
        List<Call<Void>> calls = new ArrayList<>(byPartition.size());
        byPartition.forEach((partition, partitionEntries) ->
                calls.add(MapCodec.putAll(name, partitionEntries, true, partition)));
        CompletableFuture<Void> all = nearCache.keysWritten(context.invocations().invokeAll(calls), entries.keySet());
        return new PendingCall<>(all, done -> null);
    }

    @Override
    public boolean tryPut(K key, V value, Duration timeout) {
        return tryPutCall(key, value, timeout).sync();
    }

    @Override
    public CompletableFuture<Boolean> tryPutAsync(K key, V value, Duration timeout) {
        return tryPutCall(key, value, timeout).async(context.userExecutor());
    }

    private Pending<Boolean> tryPutCall(K key, V value, Duration timeout) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        long wait = requiredMillis(timeout, "timeout");
        return nearCache.write(key, k, null, MapCodec.tryPut(name, k, v, threadId(), wait));
    }

    // ---- reads

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        V hit = nearCache.cached(checkNotNull(key, "key"));
        return hit != null ? hit : getCall((K) key).sync();
    }

    @Override
    public CompletableFuture<V> getAsync(K key) {
        V hit = nearCache.cached(checkNotNull(key, "key"));
        return hit != null ? CompletableFuture.completedFuture(hit) : getCall(key).async(context.userExecutor());
    }

    /** A key the near cache (if any) did not have. */
    private Pending<V> getCall(K key) {
        Serialized k = keyBytes(key);
        return nearCache.read(key, k, getRequest, getValue, toValue);
    }

    private Call<Data> getRequest(Serialized key) {
        return MapCodec.get(name, key, threadId());
    }

    @Override
    public Map<K, V> getAll(Set<K> keys) {
        return getAllCall(keys).sync();
    }

    @Override
    public CompletableFuture<Map<K, V>> getAllAsync(Set<K> keys) {
        return getAllCall(keys).async(context.userExecutor());
    }

    /** Keys the near cache has are answered from it; only the others are asked for, one call per partition. */
    private Pending<Map<K, V>> getAllCall(Set<K> keys) {
        checkNotNull(keys, "keys");
        Map<K, V> hits = new HashMap<>();
        ReadBatch batch = nearCache.newReadBatch();
        Map<Integer, List<Data>> byPartition = new HashMap<>();
        for (K key : keys) {
            V hit = nearCache.cached(checkNotNull(key, "key"));
            if (hit != null) {
                hits.put(key, hit);
                continue;
            }
            Data k = keyData(key);
            batch.miss(key, k);
            byPartition.computeIfAbsent(partitionOf(k), p -> new ArrayList<>()).add(k);
        }
        List<List<Data>> keysOfCalls = new ArrayList<>(byPartition.size());
        List<Call<List<Map.Entry<Data, Data>>>> calls = new ArrayList<>(byPartition.size());
        CompletableFuture<Void> all;
        try {
            byPartition.forEach((partition, partitionKeys) -> {
                keysOfCalls.add(partitionKeys);
                calls.add(MapCodec.getAll(name, partitionKeys, partition));
            });
            all = context.invocations().invokeAll(calls);
        } catch (RuntimeException e) {
            batch.settleWhen(CompletableFuture.completedFuture(null), List.of(), List.of()); // reservations back
            throw e;
        }
        return new PendingCall<>(batch.settleWhen(all, keysOfCalls, calls), done -> {
            Map<K, V> result = new HashMap<>(hits);
            for (Call<List<Map.Entry<Data, Data>>> call : calls) {
                for (Map.Entry<Data, Data> e : call.sync()) {
                    result.put(toObject(e.getKey()), toObject(e.getValue()));
                }
            }
            return Collections.unmodifiableMap(result);
        });
    }

    @Override
    public EntryView<K, V> getEntryView(K key) {
        return getEntryViewCall(key).sync();
    }

    @Override
    public CompletableFuture<EntryView<K, V>> getEntryViewAsync(K key) {
        return getEntryViewCall(key).async(context.userExecutor());
    }

    private Call<EntryView<K, V>> getEntryViewCall(K key) {
        Serialized k = keyBytes(key);
        return invoke(MapCodec.getEntryView(name, k, threadId()).then(this::toEntryView));
    }

    private EntryView<K, V> toEntryView(MapCodec.SimpleEntryView v) {
        return v == null ? null : new EntryView<>(toObject(v.key()), toObject(v.value()), v.cost(), v.creationTime(),
                v.expirationTime(), v.hits(), v.lastAccessTime(), v.lastStoredTime(), v.lastUpdateTime(), v.version(),
                v.ttl(), v.maxIdle());
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean containsKey(Object key) {
        return nearCache.cached(checkNotNull(key, "key")) != null || containsKeyCall((K) key).sync();
    }

    @Override
    public CompletableFuture<Boolean> containsKeyAsync(K key) {
        return nearCache.cached(checkNotNull(key, "key")) != null ? CompletableFuture.completedFuture(true)
                : containsKeyCall(key).async(context.userExecutor());
    }

    /** A key the near cache (if any) did not have: asked remotely, not cached. */
    private Call<Boolean> containsKeyCall(K key) {
        Serialized k = keyBytes(key);
        nearCache.countMiss();
        return invoke(MapCodec.containsKey(name, k, threadId()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean containsValue(Object value) {
        return containsValueCall((V) value).sync();
    }

    @Override
    public CompletableFuture<Boolean> containsValueAsync(V value) {
        return containsValueCall(value).async(context.userExecutor());
    }

    private Call<Boolean> containsValueCall(V value) {
        Serialized v = valueBytes(value);
        return invoke(MapCodec.containsValue(name, v));
    }

    @Override
    public int size() {
        return sizeCall().sync();
    }

    @Override
    public CompletableFuture<Integer> sizeAsync() {
        return sizeCall().async(context.userExecutor());
    }

    private Call<Integer> sizeCall() {
        return invoke(MapCodec.size(name));
    }

    @Override
    public boolean isEmpty() {
        return isEmptyCall().sync();
    }

    @Override
    public CompletableFuture<Boolean> isEmptyAsync() {
        return isEmptyCall().async(context.userExecutor());
    }

    private Call<Boolean> isEmptyCall() {
        return invoke(MapCodec.isEmpty(name));
    }

    @Override
    public Set<K> keySet() {
        return queries.keySet(null).sync();
    }

    @Override
    public CompletableFuture<Set<K>> keySetAsync() {
        return queries.keySet(null).async(context.userExecutor());
    }

    @Override
    public Set<K> keySet(Predicate<K, V> predicate) {
        return queries.keySet(checkNotNull(predicate, "predicate")).sync();
    }

    @Override
    public CompletableFuture<Set<K>> keySetAsync(Predicate<K, V> predicate) {
        return queries.keySet(checkNotNull(predicate, "predicate")).async(context.userExecutor());
    }

    @Override
    public Collection<V> values() {
        return queries.values(null).sync();
    }

    @Override
    public CompletableFuture<Collection<V>> valuesAsync() {
        return queries.values(null).async(context.userExecutor());
    }

    @Override
    public Collection<V> values(Predicate<K, V> predicate) {
        return queries.values(checkNotNull(predicate, "predicate")).sync();
    }

    @Override
    public CompletableFuture<Collection<V>> valuesAsync(Predicate<K, V> predicate) {
        return queries.values(checkNotNull(predicate, "predicate")).async(context.userExecutor());
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return queries.entrySet(null).sync();
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync() {
        return queries.entrySet(null).async(context.userExecutor());
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet(Predicate<K, V> predicate) {
        return queries.entrySet(checkNotNull(predicate, "predicate")).sync();
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync(Predicate<K, V> predicate) {
        return queries.entrySet(checkNotNull(predicate, "predicate")).async(context.userExecutor());
    }

    @Override
    public void removeAll(Predicate<K, V> predicate) {
        removeAllCall(predicate).sync();
    }

    @Override
    public CompletableFuture<Void> removeAllAsync(Predicate<K, V> predicate) {
        return removeAllCall(predicate).async(context.userExecutor());
    }

    /** Clears the near cache as it ends: which keys went is known only to the members. */
    private Pending<Void> removeAllCall(Predicate<K, V> predicate) {
        return nearCache.writeAll(queries.routed(predicate,
                MapCodec.removeAll(name, queries.predicateData(predicate, "with removeAll"))));
    }

    // ---- computing on the members (MapCompute)

    @Override
    public <R> R executeOnKey(K key, Object entryProcessor) {
        return compute.<R>executeOnKey(key, entryProcessor, false).sync();
    }

    @Override
    public <R> CompletableFuture<R> submitToKey(K key, Object entryProcessor) {
        return compute.<R>executeOnKey(key, entryProcessor, true).async(context.userExecutor());
    }

    @Override
    public <R> Map<K, R> executeOnKeys(Set<K> keys, Object entryProcessor) {
        return compute.<R>executeOnKeys(keys, entryProcessor).sync();
    }

    @Override
    public <R> CompletableFuture<Map<K, R>> executeOnKeysAsync(Set<K> keys, Object entryProcessor) {
        return compute.<R>executeOnKeys(keys, entryProcessor).async(context.userExecutor());
    }

    @Override
    public <R> Map<K, R> executeOnEntries(Object entryProcessor) {
        return compute.<R>executeOnEntries(entryProcessor, null).sync();
    }

    @Override
    public <R> Map<K, R> executeOnEntries(Object entryProcessor, Predicate<K, V> predicate) {
        return compute.<R>executeOnEntries(entryProcessor, checkNotNull(predicate, "predicate")).sync();
    }

    @Override
    public <R> CompletableFuture<Map<K, R>> executeOnEntriesAsync(Object entryProcessor) {
        return compute.<R>executeOnEntries(entryProcessor, null).async(context.userExecutor());
    }

    @Override
    public <R> CompletableFuture<Map<K, R>> executeOnEntriesAsync(Object entryProcessor,
                                                                  Predicate<K, V> predicate) {
        return compute.<R>executeOnEntries(entryProcessor, checkNotNull(predicate, "predicate"))
                .async(context.userExecutor());
    }

    @Override
    public <R> R aggregate(Aggregator<? super Map.Entry<K, V>, R> aggregator) {
        return compute.aggregate(aggregator, null).sync();
    }

    @Override
    public <R> R aggregate(Aggregator<? super Map.Entry<K, V>, R> aggregator, Predicate<K, V> predicate) {
        return compute.aggregate(aggregator, checkNotNull(predicate, "predicate")).sync();
    }

    @Override
    public <R> CompletableFuture<R> aggregateAsync(Aggregator<? super Map.Entry<K, V>, R> aggregator) {
        return compute.aggregate(aggregator, null).async(context.userExecutor());
    }

    @Override
    public <R> CompletableFuture<R> aggregateAsync(Aggregator<? super Map.Entry<K, V>, R> aggregator,
                                                   Predicate<K, V> predicate) {
        return compute.aggregate(aggregator, checkNotNull(predicate, "predicate")).async(context.userExecutor());
    }

    @Override
    public <R> Collection<R> project(Projection<? super Map.Entry<K, V>, R> projection) {
        return compute.project(projection, null).sync();
    }

    @Override
    public <R> Collection<R> project(Projection<? super Map.Entry<K, V>, R> projection, Predicate<K, V> predicate) {
        return compute.project(projection, checkNotNull(predicate, "predicate")).sync();
    }

    @Override
    public <R> CompletableFuture<Collection<R>> projectAsync(Projection<? super Map.Entry<K, V>, R> projection) {
        return compute.project(projection, null).async(context.userExecutor());
    }

    @Override
    public <R> CompletableFuture<Collection<R>> projectAsync(Projection<? super Map.Entry<K, V>, R> projection,
                                                             Predicate<K, V> predicate) {
        return compute.project(projection, checkNotNull(predicate, "predicate")).async(context.userExecutor());
    }

    @Override
    public void addIndex(IndexType type, String... attributes) {
        addIndex(IndexConfig.of(type, attributes));
    }

    @Override
    public void addIndex(IndexConfig index) {
        addIndexCall(index).sync();
    }

    @Override
    public CompletableFuture<Void> addIndexAsync(IndexConfig index) {
        return addIndexCall(index).async(context.userExecutor());
    }

    private Call<Void> addIndexCall(IndexConfig index) {
        return invoke(MapCodec.addIndex(name, checkNotNull(index, "index")));
    }

    // ---- removal and replacement

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        return removeCall((K) key).sync();
    }

    @Override
    public CompletableFuture<V> removeAsync(K key) {
        return removeCall(key).async(context.userExecutor());
    }

    private Pending<V> removeCall(K key) {
        Serialized k = keyBytes(key);
        return nearCache.write(key, k, null, MapCodec.remove(name, k, threadId()).as(removeValue));
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean remove(Object key, Object value) {
        return removeCall((K) key, (V) value).sync();
    }

    @Override
    public CompletableFuture<Boolean> removeAsync(K key, V value) {
        return removeCall(key, value).async(context.userExecutor());
    }

    private Pending<Boolean> removeCall(K key, V value) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        return nearCache.write(key, k, null, MapCodec.removeIfSame(name, k, v, threadId()));
    }

    @Override
    public void delete(K key) {
        deleteCall(key).sync();
    }

    @Override
    public CompletableFuture<Void> deleteAsync(K key) {
        return deleteCall(key).async(context.userExecutor());
    }

    private Pending<Void> deleteCall(K key) {
        Serialized k = keyBytes(key);
        return nearCache.write(key, k, null, MapCodec.delete(name, k, threadId()));
    }

    @Override
    public boolean tryRemove(K key, Duration timeout) {
        return tryRemoveCall(key, timeout).sync();
    }

    @Override
    public CompletableFuture<Boolean> tryRemoveAsync(K key, Duration timeout) {
        return tryRemoveCall(key, timeout).async(context.userExecutor());
    }

    private Pending<Boolean> tryRemoveCall(K key, Duration timeout) {
        Serialized k = keyBytes(key);
        long wait = requiredMillis(timeout, "timeout");
        return nearCache.write(key, k, null, MapCodec.tryRemove(name, k, threadId(), wait));
    }

    @Override
    public V replace(K key, V value) {
        return replaceCall(key, value).sync();
    }

    @Override
    public CompletableFuture<V> replaceAsync(K key, V value) {
        return replaceCall(key, value).async(context.userExecutor());
    }

    private Pending<V> replaceCall(K key, V value) {
        Serialized k = keyBytes(key);
        Serialized v = valueBytes(value);
        return nearCache.write(key, k, null, MapCodec.replace(name, k, v, threadId()).as(replaceValue));
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return replaceCall(key, oldValue, newValue).sync();
    }

    @Override
    public CompletableFuture<Boolean> replaceAsync(K key, V oldValue, V newValue) {
        return replaceCall(key, oldValue, newValue).async(context.userExecutor());
    }

    private Pending<Boolean> replaceCall(K key, V oldValue, V newValue) {
        Serialized k = keyBytes(key);
        Data expected = context.serialization().toData(checkNotNull(oldValue, "oldValue"));
        Serialized v = context.serialization().toReusedValue(checkNotNull(newValue, "newValue"));
        return nearCache.write(key, k, null, MapCodec.replaceIfSame(name, k, expected, v, threadId()));
    }

    @Override
    public void clear() {
        clearCall().sync();
    }

    @Override
    public CompletableFuture<Void> clearAsync() {
        return clearCall().async(context.userExecutor());
    }

    private Pending<Void> clearCall() {
        return nearCache.writeAll(MapCodec.clear(name));
    }

    // ---- expiry and eviction

    @Override
    public boolean setTtl(K key, Duration ttl) {
        return setTtlCall(key, ttl).sync();
    }

    @Override
    public CompletableFuture<Boolean> setTtlAsync(K key, Duration ttl) {
        return setTtlCall(key, ttl).async(context.userExecutor());
    }

    private Pending<Boolean> setTtlCall(K key, Duration ttl) {
        Serialized k = keyBytes(key);
        return nearCache.write(key, k, null, MapCodec.setTtl(name, k, millis(ttl)));
    }

    @Override
    public boolean evict(K key) {
        return evictCall(key).sync();
    }

    @Override
    public CompletableFuture<Boolean> evictAsync(K key) {
        return evictCall(key).async(context.userExecutor());
    }

    private Pending<Boolean> evictCall(K key) {
        Serialized k = keyBytes(key);
        return nearCache.write(key, k, null, MapCodec.evict(name, k, threadId()));
    }

    @Override
    public void evictAll() {
        evictAllCall().sync();
    }

    @Override
    public CompletableFuture<Void> evictAllAsync() {
        return evictAllCall().async(context.userExecutor());
    }

    private Pending<Void> evictAllCall() {
        return nearCache.writeAll(MapCodec.evictAll(name));
    }

    @Override
    public void flush() {
        flushCall().sync();
    }

    @Override
    public CompletableFuture<Void> flushAsync() {
        return flushCall().async(context.userExecutor());
    }

    private Call<Void> flushCall() {
        return invoke(MapCodec.flush(name));
    }

    // ---- a MapStore on the members, interceptors

    @Override
    public void loadAll(boolean replaceExistingValues) {
        loadAllCall(replaceExistingValues).sync();
    }

    @Override
    public CompletableFuture<Void> loadAllAsync(boolean replaceExistingValues) {
        return loadAllCall(replaceExistingValues).async(context.userExecutor());
    }

    private Pending<Void> loadAllCall(boolean replaceExistingValues) {
        return nearCache.writeAll(MapCodec.loadAll(name, replaceExistingValues));
    }

    @Override
    public void loadAll(Collection<K> keys, boolean replaceExistingValues) {
        loadAllCall(keys, replaceExistingValues).sync();
    }

    @Override
    public CompletableFuture<Void> loadAllAsync(Collection<K> keys, boolean replaceExistingValues) {
        return loadAllCall(keys, replaceExistingValues).async(context.userExecutor());
    }

    private Pending<Void> loadAllCall(Collection<K> keys, boolean replaceExistingValues) {
        checkNotNull(keys, "keys");
        List<Data> data = new ArrayList<>(keys.size());
        for (K key : keys) {
            data.add(keyData(checkNotNull(key, "key")));
        }
        return nearCache.writeAll(MapCodec.loadGivenKeys(name, data, replaceExistingValues));
    }

    @Override
    public String addInterceptor(Object interceptor) {
        return addInterceptorCall(interceptor).sync();
    }

    @Override
    public CompletableFuture<String> addInterceptorAsync(Object interceptor) {
        return addInterceptorCall(interceptor).async(context.userExecutor());
    }

    private Call<String> addInterceptorCall(Object interceptor) {
        Data bytes = context.serialization().toData(checkNotNull(interceptor, "interceptor"));
        return invoke(MapCodec.addInterceptor(name, bytes));
    }

    @Override
    public boolean removeInterceptor(String id) {
        return removeInterceptorCall(id).sync();
    }

    @Override
    public CompletableFuture<Boolean> removeInterceptorAsync(String id) {
        return removeInterceptorCall(id).async(context.userExecutor());
    }

    private Call<Boolean> removeInterceptorCall(String id) {
        return invoke(MapCodec.removeInterceptor(name, checkNotNull(id, "id")));
    }

    // ---- locks (their calls may wait on the member as long as they need: see MapCodec.LOCK)

    @Override
    public void lock(K key) {
        lockCall(key, null).sync();
    }

    @Override
    public void lock(K key, Duration lease) {
        lockCall(key, checkNotNull(lease, "lease")).sync();
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key) {
        return lockCall(key, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key, Duration lease) {
        return lockCall(key, checkNotNull(lease, "lease")).async(context.userExecutor());
    }

    /** {@code lease}: null for none. */
    private Call<Void> lockCall(K key, Duration lease) {
        Serialized k = keyBytes(key);
        long leaseMillis = lease == null ? -1 : requiredMillis(lease, "lease");
        return invoke(MapCodec.lock(name, k, threadId(), leaseMillis, nextReferenceId()));
    }

    @Override
    public boolean tryLock(K key) {
        return tryLockCall(key, Duration.ZERO, null).sync();
    }

    @Override
    public boolean tryLock(K key, Duration timeout) {
        return tryLockCall(key, timeout, null).sync();
    }

    @Override
    public boolean tryLock(K key, Duration timeout, Duration lease) {
        return tryLockCall(key, timeout, checkNotNull(lease, "lease")).sync();
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout) {
        return tryLockCall(key, timeout, null).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease) {
        return tryLockCall(key, timeout, checkNotNull(lease, "lease")).async(context.userExecutor());
    }

    /** {@code lease}: null for none. */
    private Call<Boolean> tryLockCall(K key, Duration timeout, Duration lease) {
        Serialized k = keyBytes(key);
        long wait = requiredMillis(timeout, "timeout");
        long leaseMillis = lease == null ? -1 : requiredMillis(lease, "lease");
        return invoke(MapCodec.tryLock(name, k, threadId(), leaseMillis, wait, nextReferenceId()));
    }

    @Override
    public void unlock(K key) {
        unlockCall(key).sync();
    }

    @Override
    public CompletableFuture<Void> unlockAsync(K key) {
        return unlockCall(key).async(context.userExecutor());
    }

    private Call<Void> unlockCall(K key) {
        Serialized k = keyBytes(key);
        return invoke(MapCodec.unlock(name, k, threadId(), nextReferenceId()));
    }

    @Override
    public boolean isLocked(K key) {
        return isLockedCall(key).sync();
    }

    @Override
    public CompletableFuture<Boolean> isLockedAsync(K key) {
        return isLockedCall(key).async(context.userExecutor());
    }

    private Call<Boolean> isLockedCall(K key) {
        Serialized k = keyBytes(key);
        return invoke(MapCodec.isLocked(name, k));
    }

    @Override
    public void forceUnlock(K key) {
        forceUnlockCall(key).sync();
    }

    @Override
    public CompletableFuture<Void> forceUnlockAsync(K key) {
        return forceUnlockCall(key).async(context.userExecutor());
    }

    private Call<Void> forceUnlockCall(K key) {
        Serialized k = keyBytes(key);
        return invoke(MapCodec.forceUnlock(name, k, nextReferenceId()));
    }

    // ---- listeners (registered through the listener service, on every member)

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue) {
        return addEntryListenerCall(listener, null, includeValue).sync();
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addEntryListenerCall(listener, checkNotNull(key, "key"), includeValue).sync();
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, boolean includeValue) {
        return addEntryListenerCall(listener, null, includeValue).async(context.userExecutor());
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addEntryListenerCall(listener, checkNotNull(key, "key"), includeValue).async(context.userExecutor());
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, Predicate<K, V> predicate, boolean includeValue) {
        return addEntryListenerCall(listener, queries.listenerPredicateData(predicate), null, includeValue).sync();
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, Predicate<K, V> predicate, K key,
                                 boolean includeValue) {
        return addEntryListenerCall(listener, queries.listenerPredicateData(predicate), checkNotNull(key, "key"),
                includeValue).sync();
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, Predicate<K, V> predicate,
                                                         boolean includeValue) {
        return addEntryListenerCall(listener, queries.listenerPredicateData(predicate), null, includeValue)
                .async(context.userExecutor());
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, Predicate<K, V> predicate,
                                                         K key, boolean includeValue) {
        return addEntryListenerCall(listener, queries.listenerPredicateData(predicate), checkNotNull(key, "key"),
                includeValue).async(context.userExecutor());
    }

    private Pending<UUID> addEntryListenerCall(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addEntryListenerCall(listener, null, key, includeValue);
    }

    /** {@code predicate}, {@code key}: null for every entry, every key. */
    private Pending<UUID> addEntryListenerCall(EntryListener<K, V> listener, Data predicate, K key,
                                               boolean includeValue) {
        checkNotNull(listener, "listener");
        int flags = EntryEventType.flagsOf(checkNotNull(listener.eventTypes(), "listener.eventTypes()"));
        if (flags == 0) {
            throw new IllegalArgumentException("the listener asks for no event: override at least one of its"
                    + " methods (entryAdded, entryRemoved, ...) or its eventTypes()");
        }
        Data k = key == null ? null : keyData(key);
        EntryListenerCodec codec = new EntryListenerCodec(name, k, predicate, includeValue, flags);
        EntryEventHandler<K, V> handler = predicate == null
                ? new EntryEventHandler<>(name, listener, context.serialization())
                : EntryEventHandler.forEvents(name, listener, context.serialization(),
                EntryEventHandler.ENTRY_EVENT_WITH_PREDICATE, EntryEventHandler.ENTRY_EVENT_TO_KEY_WITH_PREDICATE);
        return new PendingCall<>(context.listeners().register(codec, handler), Function.identity());
    }

    @Override
    public boolean removeEntryListener(UUID registrationId) {
        return removeEntryListenerCall(registrationId).sync();
    }

    @Override
    public CompletableFuture<Boolean> removeEntryListenerAsync(UUID registrationId) {
        return removeEntryListenerCall(registrationId).async(context.userExecutor());
    }

    private Pending<Boolean> removeEntryListenerCall(UUID registrationId) {
        return new PendingCall<>(context.listeners().deregister(checkNotNull(registrationId, "registrationId")),
                Function.identity());
    }

    // ---- the few lines every call shares

    /** The key's bytes for a request that copies them as it is built (the thread's reused buffer: no array). */
    private Serialized keyBytes(Object key) {
        return context.serialization().toReusedKey(checkNotNull(key, "key"));
    }

    /** As {@link #keyBytes}, for the request's value. */
    private Serialized valueBytes(Object value) {
        return context.serialization().toReusedValue(checkNotNull(value, "value"));
    }

    /** The key as a Data of its own, for requests that keep it (getAll, putAll, a key's listener). */
    private Data keyData(Object key) {
        return context.serialization().toData(checkNotNull(key, "key"));
    }

    private Data valueData(Object value) {
        return context.serialization().toData(checkNotNull(value, "value"));
    }

    private int partitionOf(Data key) {
        return context.partitions().partitionId(key);
    }

    private <T> Call<T> invoke(Call<T> call) {
        return context.invocations().invoke(call);
    }

    private static long nextReferenceId() {
        return REFERENCE_IDS.incrementAndGet();
    }

    /** A value answer (get, put, remove...) as the caller's value. */
    private V valueOf(ClientMessage answer) {
        return toObject(MapCodec.nullableDataResponse(answer));
    }

    private <T> T toObject(Data data) {
        return context.serialization().toObject(data);
    }

    private static long threadId() {
        return Thread.currentThread().getId();
    }

    /** TTL and max idle: null is the map's default (-1 on the wire), zero is forever, anything else at least 1 ms. */
    static long millis(Duration d) {
        if (d == null) {
            return -1;
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("a duration must not be negative, got " + d);
        }
        return d.isZero() ? 0 : Math.max(1, saturatedMillis(d));
    }

    /** Timeouts and leases: required; zero stays zero. */
    static long requiredMillis(Duration d, String what) {
        checkNotNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + d);
        }
        return d.isZero() ? 0 : Math.max(1, saturatedMillis(d));
    }

    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public Optional<NearCacheStats> nearCacheStats() {
        return nearCache.stats();
    }
}
