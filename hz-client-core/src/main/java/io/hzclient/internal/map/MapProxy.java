package io.hzclient.internal.map;

import io.hzclient.internal.nearcache.NearCache;
import io.hzclient.internal.nearcache.ReadBatch;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.Futures;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.proxy.SchemaFetchingDecoder;
import io.hzclient.internal.serialization.Data;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.EntryView;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client side of a distributed map. Each operation is one private {@code xxxCall} method: check the arguments,
 * serialize, build the request with {@link MapCodec}, invoke, and say how to decode the answer. Its blocking form
 * waits and decodes in the caller's thread; its {@code ...Async} form decodes and completes on the user executor
 * (see {@link PendingCall}). Arguments are checked in the caller's thread, so a null fails before anything is sent.
 *
 * <p>With a near cache (composition: a nullable {@link NearCache}), get, getAll and containsKey look there first,
 * and every write of a key tells it when the write completes ({@link #onKeyWrite}); map-wide writes clear it.
 *
 * <p>Why this class is longer than 400 lines: {@link HzMap} is a large API (java.util.Map, ConcurrentMap, TTL
 * variants, locks, listeners, each twice), and every method here is a few lines of translation. Splitting it by
 * topic would only add indirection.
 */
public final class MapProxy<K, V> extends ProxyBase implements HzMap<K, V> {
    public static final String SERVICE_NAME = "hz:impl:mapService";

    /** Lock reference ids: unique per JVM, hence per client, so a retried lock or unlock is applied once. */
    private static final AtomicLong REFERENCE_IDS = new AtomicLong();

    /** One decoder object for every get and put, not one per call. */
    private final Function<ClientMessage, V> valueDecoder = this::valueResponse;

    /** Null when the map has no near cache. */
    private final NearCache nearCache;

    public MapProxy(String name, ClientContext context) {
        this(name, context, null);
    }

    public MapProxy(String name, ClientContext context, NearCache nearCache) {
        super(SERVICE_NAME, name, context);
        this.nearCache = nearCache;
    }

    /** The near cache, or null if this map has none. */
    public NearCache nearCache() {
        return nearCache;
    }

    // ---- put and friends

    @Override
    public V put(K key, V value) {
        if (nearCache == null) {
            return joinOnPartition(MapCodec.put(name, checkNotNull(key, "key"), checkNotNull(value, "value"),
                    threadId(), -1, context.serialization(), context.partitions()), valueDecoder);
        }
        return putCall(key, value, null, null).join();
    }

    @Override
    public V put(K key, V value, Duration ttl) {
        return putCall(key, value, ttl, null).join();
    }

    @Override
    public V put(K key, V value, Duration ttl, Duration maxIdle) {
        return putCall(key, value, ttl, maxIdle).join();
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value) {
        return putAsync(key, value, null, null);
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value, Duration ttl) {
        return putAsync(key, value, ttl, null);
    }

    @Override
    public CompletableFuture<V> putAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return putCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private PendingCall<?, V> putCall(K key, V value, Duration ttl, Duration maxIdle) {
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.put(name, k, v, threadId(), millis(ttl))
                : MapCodec.putWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKeyWrite(request, key, k, v, valueDecoder);
    }

    @Override
    public void set(K key, V value) {
        if (nearCache == null) {
            joinOnPartition(MapCodec.set(name, checkNotNull(key, "key"), checkNotNull(value, "value"), threadId(), -1,
                    context.serialization(), context.partitions()), r -> null);
            return;
        }
        setCall(key, value, null, null).join();
    }

    @Override
    public void set(K key, V value, Duration ttl) {
        setCall(key, value, ttl, null).join();
    }

    @Override
    public void set(K key, V value, Duration ttl, Duration maxIdle) {
        setCall(key, value, ttl, maxIdle).join();
    }

    @Override
    public CompletableFuture<Void> setAsync(K key, V value) {
        return setAsync(key, value, null, null);
    }

    @Override
    public CompletableFuture<Void> setAsync(K key, V value, Duration ttl) {
        return setAsync(key, value, ttl, null);
    }

    @Override
    public CompletableFuture<Void> setAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return setCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private PendingCall<?, Void> setCall(K key, V value, Duration ttl, Duration maxIdle) {
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.set(name, k, v, threadId(), millis(ttl))
                : MapCodec.setWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKeyWrite(request, key, k, v, r -> null);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putIfAbsentCall(key, value, null, null).join();
    }

    @Override
    public V putIfAbsent(K key, V value, Duration ttl) {
        return putIfAbsentCall(key, value, ttl, null).join();
    }

    @Override
    public V putIfAbsent(K key, V value, Duration ttl, Duration maxIdle) {
        return putIfAbsentCall(key, value, ttl, maxIdle).join();
    }

    @Override
    public CompletableFuture<V> putIfAbsentAsync(K key, V value) {
        return putIfAbsentAsync(key, value, null, null);
    }

    @Override
    public CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl) {
        return putIfAbsentAsync(key, value, ttl, null);
    }

    @Override
    public CompletableFuture<V> putIfAbsentAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return putIfAbsentCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private PendingCall<?, V> putIfAbsentCall(K key, V value, Duration ttl, Duration maxIdle) {
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.putIfAbsent(name, k, v, threadId(), millis(ttl))
                : MapCodec.putIfAbsentWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKeyWrite(request, key, k, null, this::valueResponse);
    }

    @Override
    public void putTransient(K key, V value, Duration ttl) {
        putTransientCall(key, value, ttl, null).join();
    }

    @Override
    public void putTransient(K key, V value, Duration ttl, Duration maxIdle) {
        putTransientCall(key, value, ttl, maxIdle).join();
    }

    @Override
    public CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl) {
        return putTransientAsync(key, value, ttl, null);
    }

    @Override
    public CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl, Duration maxIdle) {
        return putTransientCall(key, value, ttl, maxIdle).async(context.userExecutor());
    }

    private PendingCall<?, Void> putTransientCall(K key, V value, Duration ttl, Duration maxIdle) {
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.putTransient(name, k, v, threadId(), millis(ttl))
                : MapCodec.putTransientWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKeyWrite(request, key, k, v, r -> null);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        putAllCall(entries).join();
    }

    @Override
    public CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends V> entries) {
        return putAllCall(entries).async(context.userExecutor());
    }

    private PendingCall<?, Void> putAllCall(Map<? extends K, ? extends V> entries) {
        checkNotNull(entries, "entries");
        Map<Integer, List<Map.Entry<Data, Data>>> byPartition = new HashMap<>();
        entries.forEach((key, value) -> {
            Data k = keyData(key);
            byPartition.computeIfAbsent(partitionOf(k), p -> new ArrayList<>())
                    .add(new AbstractMap.SimpleImmutableEntry<>(k, valueData(value)));
        });
        CompletableFuture<?>[] calls = byPartition.entrySet().stream()
                .map(e -> context.invocations().invokeOnPartition(MapCodec.putAll(name, e.getValue(), true), e.getKey()))
                .toArray(CompletableFuture[]::new);
        CompletableFuture<Void> all = CompletableFuture.allOf(calls);
        if (nearCache != null) {
            all = all.whenComplete((ok, failure) -> entries.keySet().forEach(nearCache::invalidateKey));
        }
        return new PendingCall<>(all, done -> null);
    }

    @Override
    public boolean tryPut(K key, V value, Duration timeout) {
        return tryPutCall(key, value, timeout).join();
    }

    @Override
    public CompletableFuture<Boolean> tryPutAsync(K key, V value, Duration timeout) {
        return tryPutCall(key, value, timeout).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> tryPutCall(K key, V value, Duration timeout) {
        Data k = keyData(key);
        Data v = valueData(value);
        long wait = requiredMillis(timeout, "timeout");
        return onKeyWriteBlocking(MapCodec.tryPut(name, k, v, threadId(), wait), key, k, MapCodec::booleanResponse);
    }

    // ---- reads

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (nearCache == null) {
            return joinOnPartition(MapCodec.get(name, checkNotNull(key, "key"), threadId(), context.serialization(),
                    context.partitions()), valueDecoder);
        }
        V cached = cached(key);
        return cached != null ? cached : getCall((K) key).join();
    }

    @Override
    public CompletableFuture<V> getAsync(K key) {
        V cached = cached(key);
        return cached != null ? CompletableFuture.completedFuture(cached) : getCall(key).async(context.userExecutor());
    }

    private PendingCall<?, V> getCall(K key) {
        Data k = keyData(key);
        if (nearCache == null) {
            return onKey(MapCodec.get(name, k, threadId()), k, valueDecoder);
        }
        Supplier<CompletableFuture<Data>> remote = () -> context.invocations()
                .invokeOnKey(MapCodec.get(name, k, threadId()), k).thenApply(MapCodec::nullableDataResponse);
        return new PendingCall<>(nearCache.fetch(key, k, remote), this::toObject);
    }

    /** The near cache's value of the key (a hit), or null: no near cache, or not cached. Allocates nothing. */
    @SuppressWarnings("unchecked")
    private V cached(Object key) {
        if (nearCache == null) {
            return null;
        }
        if (key == null) {
            throw new NullPointerException("key must not be null");
        }
        return (V) nearCache.get(key);
    }

    @Override
    public Map<K, V> getAll(Set<K> keys) {
        return getAllCall(keys).join();
    }

    @Override
    public CompletableFuture<Map<K, V>> getAllAsync(Set<K> keys) {
        return getAllCall(keys).async(context.userExecutor());
    }

    /** Keys the near cache has are answered from it; only the others are asked for, grouped by partition. */
    private PendingCall<?, Map<K, V>> getAllCall(Set<K> keys) {
        checkNotNull(keys, "keys");
        Map<K, V> hits = new HashMap<>();
        ReadBatch batch = nearCache == null ? null : nearCache.newReadBatch();
        Map<Integer, List<Data>> byPartition = new HashMap<>();
        for (K key : keys) {
            V cached = cached(key);
            if (cached != null) {
                hits.put(key, cached);
                continue;
            }
            Data k = keyData(key);
            if (batch != null) {
                batch.miss(key, k);
            }
            byPartition.computeIfAbsent(partitionOf(k), p -> new ArrayList<>()).add(k);
        }
        List<List<Data>> keysOfCalls = new ArrayList<>();
        List<CompletableFuture<List<Map.Entry<Data, Data>>>> calls = getAllCalls(byPartition, keysOfCalls, batch);
        CompletableFuture<Void> all = CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
        if (batch != null) {
            all = all.whenComplete((ok, failure) -> batch.complete(keysOfCalls, calls));
        }
        return new PendingCall<>(all, done -> {
            Map<K, V> result = new HashMap<>(hits);
            for (CompletableFuture<List<Map.Entry<Data, Data>>> call : calls) {
                for (Map.Entry<Data, Data> e : call.join()) {
                    result.put(toObject(e.getKey()), toObject(e.getValue()));
                }
            }
            return Collections.unmodifiableMap(result);
        });
    }

    /** One getAll request per partition; {@code keysOfCalls} gets the keys of each, in the same order. */
    private List<CompletableFuture<List<Map.Entry<Data, Data>>>> getAllCalls(Map<Integer, List<Data>> byPartition,
                                                                              List<List<Data>> keysOfCalls,
                                                                              ReadBatch batch) {
        List<CompletableFuture<List<Map.Entry<Data, Data>>>> calls = new ArrayList<>();
        try {
            byPartition.forEach((partition, partitionKeys) -> {
                keysOfCalls.add(partitionKeys);
                calls.add(context.invocations().invokeOnPartition(MapCodec.getAll(name, partitionKeys), partition)
                        .thenApply(MapCodec::entryListResponse));
            });
        } catch (RuntimeException e) {
            if (batch != null) {
                batch.complete(List.of(), List.of()); // takes the reservations back
            }
            throw e;
        }
        return calls;
    }

    @Override
    public EntryView<K, V> getEntryView(K key) {
        return getEntryViewCall(key).join();
    }

    @Override
    public CompletableFuture<EntryView<K, V>> getEntryViewAsync(K key) {
        return getEntryViewCall(key).async(context.userExecutor());
    }

    private PendingCall<?, EntryView<K, V>> getEntryViewCall(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.getEntryView(name, k, threadId()), k, r -> toEntryView(MapCodec.entryViewResponse(r)));
    }

    private EntryView<K, V> toEntryView(MapCodec.SimpleEntryView v) {
        return v == null ? null : new EntryView<>(toObject(v.key()), toObject(v.value()), v.cost(), v.creationTime(),
                v.expirationTime(), v.hits(), v.lastAccessTime(), v.lastStoredTime(), v.lastUpdateTime(), v.version(),
                v.ttl(), v.maxIdle());
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean containsKey(Object key) {
        return cached(key) != null || containsKeyCall((K) key).join();
    }

    @Override
    public CompletableFuture<Boolean> containsKeyAsync(K key) {
        return cached(key) != null ? CompletableFuture.completedFuture(true)
                : containsKeyCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> containsKeyCall(K key) {
        Data k = keyData(key);
        if (nearCache != null) {
            nearCache.countMiss();
        }
        return onKey(MapCodec.containsKey(name, k, threadId()), k, MapCodec::booleanResponse);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean containsValue(Object value) {
        return containsValueCall((V) value).join();
    }

    @Override
    public CompletableFuture<Boolean> containsValueAsync(V value) {
        return containsValueCall(value).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> containsValueCall(V value) {
        Data v = valueData(value);
        return onAny(MapCodec.containsValue(name, v), MapCodec::booleanResponse);
    }

    @Override
    public int size() {
        return sizeCall().join();
    }

    @Override
    public CompletableFuture<Integer> sizeAsync() {
        return sizeCall().async(context.userExecutor());
    }

    private PendingCall<?, Integer> sizeCall() {
        return onAny(MapCodec.size(name), MapCodec::intResponse);
    }

    @Override
    public boolean isEmpty() {
        return isEmptyCall().join();
    }

    @Override
    public CompletableFuture<Boolean> isEmptyAsync() {
        return isEmptyCall().async(context.userExecutor());
    }

    private PendingCall<?, Boolean> isEmptyCall() {
        return onAny(MapCodec.isEmpty(name), MapCodec::booleanResponse);
    }

    @Override
    public Set<K> keySet() {
        return keySetCall().join();
    }

    @Override
    public CompletableFuture<Set<K>> keySetAsync() {
        return keySetCall().async(context.userExecutor());
    }

    private PendingCall<?, Set<K>> keySetCall() {
        return onAny(MapCodec.keySet(name), r -> {
            Set<K> keys = new LinkedHashSet<>();
            MapCodec.listDataResponse(r).forEach(d -> keys.add(toObject(d)));
            return Collections.unmodifiableSet(keys);
        });
    }

    @Override
    public Collection<V> values() {
        return valuesCall().join();
    }

    @Override
    public CompletableFuture<Collection<V>> valuesAsync() {
        return valuesCall().async(context.userExecutor());
    }

    private PendingCall<?, Collection<V>> valuesCall() {
        return onAny(MapCodec.values(name), r -> {
            List<V> values = new ArrayList<>();
            MapCodec.listDataResponse(r).forEach(d -> values.add(toObject(d)));
            return Collections.unmodifiableList(values);
        });
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return entrySetCall().join();
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync() {
        return entrySetCall().async(context.userExecutor());
    }

    private PendingCall<?, Set<Map.Entry<K, V>>> entrySetCall() {
        return onAny(MapCodec.entrySet(name), r -> {
            Set<Map.Entry<K, V>> entries = new LinkedHashSet<>();
            for (Map.Entry<Data, Data> e : MapCodec.entryListResponse(r)) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(toObject(e.getKey()), toObject(e.getValue())));
            }
            return Collections.unmodifiableSet(entries);
        });
    }

    // ---- removal and replacement

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        if (nearCache == null) {
            return joinOnPartition(MapCodec.remove(name, checkNotNull(key, "key"), threadId(), context.serialization(),
                    context.partitions()), valueDecoder);
        }
        return removeCall((K) key).join();
    }

    @Override
    public CompletableFuture<V> removeAsync(K key) {
        return removeCall(key).async(context.userExecutor());
    }

    private PendingCall<?, V> removeCall(K key) {
        Data k = keyData(key);
        return onKeyWrite(MapCodec.remove(name, k, threadId()), key, k, null, this::valueResponse);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean remove(Object key, Object value) {
        return removeCall((K) key, (V) value).join();
    }

    @Override
    public CompletableFuture<Boolean> removeAsync(K key, V value) {
        return removeCall(key, value).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> removeCall(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return onKeyWrite(MapCodec.removeIfSame(name, k, v, threadId()), key, k, null, MapCodec::booleanResponse);
    }

    @Override
    public void delete(K key) {
        if (nearCache == null) {
            joinOnPartition(MapCodec.delete(name, checkNotNull(key, "key"), threadId(), context.serialization(),
                    context.partitions()), r -> null);
            return;
        }
        deleteCall(key).join();
    }

    @Override
    public CompletableFuture<Void> deleteAsync(K key) {
        return deleteCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Void> deleteCall(K key) {
        Data k = keyData(key);
        return onKeyWrite(MapCodec.delete(name, k, threadId()), key, k, null, r -> null);
    }

    @Override
    public boolean tryRemove(K key, Duration timeout) {
        return tryRemoveCall(key, timeout).join();
    }

    @Override
    public CompletableFuture<Boolean> tryRemoveAsync(K key, Duration timeout) {
        return tryRemoveCall(key, timeout).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> tryRemoveCall(K key, Duration timeout) {
        Data k = keyData(key);
        long wait = requiredMillis(timeout, "timeout");
        return onKeyWriteBlocking(MapCodec.tryRemove(name, k, threadId(), wait), key, k, MapCodec::booleanResponse);
    }

    @Override
    public V replace(K key, V value) {
        return replaceCall(key, value).join();
    }

    @Override
    public CompletableFuture<V> replaceAsync(K key, V value) {
        return replaceCall(key, value).async(context.userExecutor());
    }

    private PendingCall<?, V> replaceCall(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return onKeyWrite(MapCodec.replace(name, k, v, threadId()), key, k, null, this::valueResponse);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return replaceCall(key, oldValue, newValue).join();
    }

    @Override
    public CompletableFuture<Boolean> replaceAsync(K key, V oldValue, V newValue) {
        return replaceCall(key, oldValue, newValue).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> replaceCall(K key, V oldValue, V newValue) {
        Data k = keyData(key);
        Data expected = context.serialization().toData(checkNotNull(oldValue, "oldValue"));
        Data v = context.serialization().toData(checkNotNull(newValue, "newValue"));
        ClientMessage request = MapCodec.replaceIfSame(name, k, expected, v, threadId());
        return onKeyWrite(request, key, k, null, MapCodec::booleanResponse);
    }

    @Override
    public void clear() {
        clearCall().join();
    }

    @Override
    public CompletableFuture<Void> clearAsync() {
        return clearCall().async(context.userExecutor());
    }

    private PendingCall<?, Void> clearCall() {
        return onAnyMapWide(MapCodec.clear(name));
    }

    // ---- expiry and eviction

    @Override
    public boolean setTtl(K key, Duration ttl) {
        return setTtlCall(key, ttl).join();
    }

    @Override
    public CompletableFuture<Boolean> setTtlAsync(K key, Duration ttl) {
        return setTtlCall(key, ttl).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> setTtlCall(K key, Duration ttl) {
        Data k = keyData(key);
        return onKeyWrite(MapCodec.setTtl(name, k, millis(ttl)), key, k, null, MapCodec::booleanResponse);
    }

    @Override
    public boolean evict(K key) {
        return evictCall(key).join();
    }

    @Override
    public CompletableFuture<Boolean> evictAsync(K key) {
        return evictCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> evictCall(K key) {
        Data k = keyData(key);
        return onKeyWrite(MapCodec.evict(name, k, threadId()), key, k, null, MapCodec::booleanResponse);
    }

    @Override
    public void evictAll() {
        evictAllCall().join();
    }

    @Override
    public CompletableFuture<Void> evictAllAsync() {
        return evictAllCall().async(context.userExecutor());
    }

    private PendingCall<?, Void> evictAllCall() {
        return onAnyMapWide(MapCodec.evictAll(name));
    }

    @Override
    public void flush() {
        flushCall().join();
    }

    @Override
    public CompletableFuture<Void> flushAsync() {
        return flushCall().async(context.userExecutor());
    }

    private PendingCall<?, Void> flushCall() {
        return onAny(MapCodec.flush(name), r -> null);
    }

    // ---- locks

    @Override
    public void lock(K key) {
        lockCall(key).join();
    }

    @Override
    public void lock(K key, Duration lease) {
        lockCall(key, lease).join();
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key) {
        return lockCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Void> lockCall(K key) {
        Data k = keyData(key);
        return onKeyBlocking(MapCodec.lock(name, k, threadId(), -1, nextReferenceId()), k, r -> null);
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key, Duration lease) {
        return lockCall(key, lease).async(context.userExecutor());
    }

    private PendingCall<?, Void> lockCall(K key, Duration lease) {
        Data k = keyData(key);
        long leaseMillis = requiredMillis(lease, "lease");
        return onKeyBlocking(MapCodec.lock(name, k, threadId(), leaseMillis, nextReferenceId()), k, r -> null);
    }

    @Override
    public boolean tryLock(K key) {
        return tryLockCall(key, Duration.ZERO).join();
    }

    @Override
    public boolean tryLock(K key, Duration timeout) {
        return tryLockCall(key, timeout).join();
    }

    @Override
    public boolean tryLock(K key, Duration timeout, Duration lease) {
        return tryLockCall(key, timeout, lease).join();
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout) {
        return tryLockCall(key, timeout).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> tryLockCall(K key, Duration timeout) {
        Data k = keyData(key);
        long wait = requiredMillis(timeout, "timeout");
        return onKeyBlocking(MapCodec.tryLock(name, k, threadId(), -1, wait, nextReferenceId()), k, MapCodec::booleanResponse);
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease) {
        return tryLockCall(key, timeout, lease).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> tryLockCall(K key, Duration timeout, Duration lease) {
        Data k = keyData(key);
        long wait = requiredMillis(timeout, "timeout");
        long leaseMillis = requiredMillis(lease, "lease");
        ClientMessage request = MapCodec.tryLock(name, k, threadId(), leaseMillis, wait, nextReferenceId());
        return onKeyBlocking(request, k, MapCodec::booleanResponse);
    }

    @Override
    public void unlock(K key) {
        unlockCall(key).join();
    }

    @Override
    public CompletableFuture<Void> unlockAsync(K key) {
        return unlockCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Void> unlockCall(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.unlock(name, k, threadId(), nextReferenceId()), k, r -> null);
    }

    @Override
    public boolean isLocked(K key) {
        return isLockedCall(key).join();
    }

    @Override
    public CompletableFuture<Boolean> isLockedAsync(K key) {
        return isLockedCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> isLockedCall(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.isLocked(name, k), k, MapCodec::booleanResponse);
    }

    @Override
    public void forceUnlock(K key) {
        forceUnlockCall(key).join();
    }

    @Override
    public CompletableFuture<Void> forceUnlockAsync(K key) {
        return forceUnlockCall(key).async(context.userExecutor());
    }

    private PendingCall<?, Void> forceUnlockCall(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.forceUnlock(name, k, nextReferenceId()), k, r -> null);
    }

    // ---- listeners

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue) {
        return addEntryListenerCall(listener, includeValue).join();
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addEntryListenerCall(listener, key, includeValue).join();
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, boolean includeValue) {
        return addEntryListenerCall(listener, includeValue).async(context.userExecutor());
    }

    private PendingCall<?, UUID> addEntryListenerCall(EntryListener<K, V> listener, boolean includeValue) {
        return new PendingCall<>(register(listener, null, includeValue), id -> id);
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, K key, boolean includeValue) {
        return addEntryListenerCall(listener, key, includeValue).async(context.userExecutor());
    }

    private PendingCall<?, UUID> addEntryListenerCall(EntryListener<K, V> listener, K key, boolean includeValue) {
        checkNotNull(listener, "listener");
        return new PendingCall<>(register(listener, keyData(key), includeValue), id -> id);
    }

    private CompletableFuture<UUID> register(EntryListener<K, V> listener, Data key, boolean includeValue) {
        checkNotNull(listener, "listener");
        int flags = EntryEventType.flagsOf(checkNotNull(listener.eventTypes(), "listener.eventTypes()"));
        if (flags == 0) {
            throw new IllegalArgumentException("the listener asks for no event: override at least one of its"
                    + " methods (entryAdded, entryRemoved, ...) or its eventTypes()");
        }
        EntryListenerCodec codec = new EntryListenerCodec(name, key, includeValue, flags);
        return context.listeners().register(codec,
                new EntryEventHandler<>(name, listener, context.serialization()));
    }

    @Override
    public boolean removeEntryListener(UUID registrationId) {
        return removeEntryListenerCall(registrationId).join();
    }

    @Override
    public CompletableFuture<Boolean> removeEntryListenerAsync(UUID registrationId) {
        return removeEntryListenerCall(registrationId).async(context.userExecutor());
    }

    private PendingCall<?, Boolean> removeEntryListenerCall(UUID registrationId) {
        return new PendingCall<>(context.listeners().deregister(checkNotNull(registrationId, "registrationId")),
                removed -> removed);
    }

    // ---- the few lines every call shares

    private Data keyData(Object key) {
        return context.serialization().toData(checkNotNull(key, "key"));
    }

    private Data valueData(Object value) {
        return context.serialization().toData(checkNotNull(value, "value"));
    }

    private int partitionOf(Data key) {
        return context.partitions().partitionId(key);
    }

    private <T> PendingCall<?, T> onKey(ClientMessage request, Data key, Function<ClientMessage, T> decoder) {
        return new PendingCall<>(context.invocations().invokeOnKey(request, key), decoder);
    }

    /**
     * A blocking call without a near cache whose request already names its key's partition (a pooled request: the
     * invocation releases it): like {@code onKey(...).join()}, without the PendingCall and the Data.
     */
    private <T> T joinOnPartition(ClientMessage request, Function<ClientMessage, T> decoder) {
        return SchemaFetchingDecoder.decodeWaiting(decoder,
                Futures.join(context.invocations().invokeOnPartition(request, request.partitionId())));
    }

    /** For calls that may wait on the member longer than the invocation timeout: locks, tryPut, tryRemove. */
    private <T> PendingCall<?, T> onKeyBlocking(ClientMessage request, Data key, Function<ClientMessage, T> decoder) {
        return new PendingCall<>(context.invocations().invokeOnKeyBlocking(request, key), decoder);
    }

    /**
     * A write of one key. With a near cache, the key's entry is invalidated when the write completes (failed or
     * not), or, for a put or set under CACHE_ON_UPDATE ({@code written} not null), replaced by the written value.
     */
    private <T> PendingCall<?, T> onKeyWrite(ClientMessage request, Object key, Data k, Data written,
                                             Function<ClientMessage, T> decoder) {
        if (nearCache == null) {
            return onKey(request, k, decoder);
        }
        BiConsumer<Object, Throwable> done = nearCache.beforeWrite(key, k, written);
        return new PendingCall<>(context.invocations().invokeOnKey(request, k).whenComplete(done), decoder);
    }

    private <T> PendingCall<?, T> onKeyWriteBlocking(ClientMessage request, Object key, Data k,
                                                     Function<ClientMessage, T> decoder) {
        if (nearCache == null) {
            return onKeyBlocking(request, k, decoder);
        }
        BiConsumer<Object, Throwable> done = nearCache.beforeWrite(key, k, null);
        return new PendingCall<>(context.invocations().invokeOnKeyBlocking(request, k).whenComplete(done), decoder);
    }

    /** clear and evictAll: the whole near cache goes when they complete. */
    private PendingCall<?, Void> onAnyMapWide(ClientMessage request) {
        CompletableFuture<ClientMessage> sent = context.invocations().invoke(request);
        if (nearCache != null) {
            sent = sent.whenComplete((r, failure) -> nearCache.clear());
        }
        return new PendingCall<>(sent, r -> null);
    }

    private <T> PendingCall<?, T> onAny(ClientMessage request, Function<ClientMessage, T> decoder) {
        return new PendingCall<>(context.invocations().invoke(request), decoder);
    }

    private static long nextReferenceId() {
        return REFERENCE_IDS.incrementAndGet();
    }

    private V valueResponse(ClientMessage response) {
        return toObject(MapCodec.nullableDataResponse(response));
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
        return nearCache == null ? Optional.empty() : Optional.of(nearCache.stats());
    }
}
