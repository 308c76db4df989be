package io.hzclient.internal.map;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.Data;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.EntryView;
import io.hzclient.map.HzMap;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The client side of a distributed map. Each async method checks its arguments, serializes, builds the request
 * with {@link MapCodec}, invokes it and decodes the answer; each blocking method waits for its async twin.
 *
 * <p>Why this class is longer than 400 lines: {@link HzMap} is a large API (java.util.Map, ConcurrentMap, TTL
 * variants, locks, listeners, each twice), and every method here is a few lines of translation. Splitting it by
 * topic would only add indirection.
 */
public class MapProxy<K, V> extends ProxyBase implements HzMap<K, V> {
    public static final String SERVICE_NAME = "hz:impl:mapService";

    /** Lock reference ids: unique per JVM, hence per client, so a retried lock or unlock is applied once. */
    private static final AtomicLong REFERENCE_IDS = new AtomicLong();

    public MapProxy(String name, ClientContext context) {
        super(SERVICE_NAME, name, context);
    }

    // ---- put and friends

    @Override
    public V put(K key, V value) {
        return Futures.join(putAsync(key, value));
    }

    @Override
    public V put(K key, V value, Duration ttl) {
        return Futures.join(putAsync(key, value, ttl));
    }

    @Override
    public V put(K key, V value, Duration ttl, Duration maxIdle) {
        return Futures.join(putAsync(key, value, ttl, maxIdle));
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
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.put(name, k, v, threadId(), millis(ttl))
                : MapCodec.putWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKey(request, k, this::valueResponse);
    }

    @Override
    public void set(K key, V value) {
        Futures.join(setAsync(key, value));
    }

    @Override
    public void set(K key, V value, Duration ttl) {
        Futures.join(setAsync(key, value, ttl));
    }

    @Override
    public void set(K key, V value, Duration ttl, Duration maxIdle) {
        Futures.join(setAsync(key, value, ttl, maxIdle));
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
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.set(name, k, v, threadId(), millis(ttl))
                : MapCodec.setWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKey(request, k, r -> null);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return Futures.join(putIfAbsentAsync(key, value));
    }

    @Override
    public V putIfAbsent(K key, V value, Duration ttl) {
        return Futures.join(putIfAbsentAsync(key, value, ttl));
    }

    @Override
    public V putIfAbsent(K key, V value, Duration ttl, Duration maxIdle) {
        return Futures.join(putIfAbsentAsync(key, value, ttl, maxIdle));
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
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.putIfAbsent(name, k, v, threadId(), millis(ttl))
                : MapCodec.putIfAbsentWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKey(request, k, this::valueResponse);
    }

    @Override
    public void putTransient(K key, V value, Duration ttl) {
        Futures.join(putTransientAsync(key, value, ttl));
    }

    @Override
    public void putTransient(K key, V value, Duration ttl, Duration maxIdle) {
        Futures.join(putTransientAsync(key, value, ttl, maxIdle));
    }

    @Override
    public CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl) {
        return putTransientAsync(key, value, ttl, null);
    }

    @Override
    public CompletableFuture<Void> putTransientAsync(K key, V value, Duration ttl, Duration maxIdle) {
        Data k = keyData(key);
        Data v = valueData(value);
        ClientMessage request = maxIdle == null
                ? MapCodec.putTransient(name, k, v, threadId(), millis(ttl))
                : MapCodec.putTransientWithMaxIdle(name, k, v, threadId(), millis(ttl), millis(maxIdle));
        return onKey(request, k, r -> null);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        Futures.join(putAllAsync(entries));
    }

    @Override
    public CompletableFuture<Void> putAllAsync(Map<? extends K, ? extends V> entries) {
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
        return CompletableFuture.allOf(calls);
    }

    @Override
    public boolean tryPut(K key, V value, Duration timeout) {
        return Futures.join(tryPutAsync(key, value, timeout));
    }

    @Override
    public CompletableFuture<Boolean> tryPutAsync(K key, V value, Duration timeout) {
        Data k = keyData(key);
        Data v = valueData(value);
        long wait = requiredMillis(timeout, "timeout");
        return onKey(MapCodec.tryPut(name, k, v, threadId(), wait), k, MapCodec::booleanResponse);
    }

    // ---- reads

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        return Futures.join(getAsync((K) key));
    }

    @Override
    public CompletableFuture<V> getAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.get(name, k, threadId()), k, this::valueResponse);
    }

    @Override
    public Map<K, V> getAll(Set<K> keys) {
        return Futures.join(getAllAsync(keys));
    }

    @Override
    public CompletableFuture<Map<K, V>> getAllAsync(Set<K> keys) {
        checkNotNull(keys, "keys");
        Map<Integer, List<Data>> byPartition = new HashMap<>();
        for (K key : keys) {
            Data k = keyData(key);
            byPartition.computeIfAbsent(partitionOf(k), p -> new ArrayList<>()).add(k);
        }
        List<CompletableFuture<List<Map.Entry<Data, Data>>>> calls = new ArrayList<>();
        byPartition.forEach((partition, partitionKeys) -> calls.add(context.invocations()
                .invokeOnPartition(MapCodec.getAll(name, partitionKeys), partition)
                .thenApply(MapCodec::entryListResponse)));
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<K, V> result = new HashMap<>();
            for (CompletableFuture<List<Map.Entry<Data, Data>>> call : calls) {
                for (Map.Entry<Data, Data> e : call.join()) {
                    result.put(toObject(e.getKey()), toObject(e.getValue()));
                }
            }
            return Collections.unmodifiableMap(result);
        });
    }

    @Override
    public EntryView<K, V> getEntryView(K key) {
        return Futures.join(getEntryViewAsync(key));
    }

    @Override
    public CompletableFuture<EntryView<K, V>> getEntryViewAsync(K key) {
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
        return Futures.join(containsKeyAsync((K) key));
    }

    @Override
    public CompletableFuture<Boolean> containsKeyAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.containsKey(name, k, threadId()), k, MapCodec::booleanResponse);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean containsValue(Object value) {
        return Futures.join(containsValueAsync((V) value));
    }

    @Override
    public CompletableFuture<Boolean> containsValueAsync(V value) {
        Data v = valueData(value);
        return onAny(MapCodec.containsValue(name, v), MapCodec::booleanResponse);
    }

    @Override
    public int size() {
        return Futures.join(sizeAsync());
    }

    @Override
    public CompletableFuture<Integer> sizeAsync() {
        return onAny(MapCodec.size(name), MapCodec::intResponse);
    }

    @Override
    public boolean isEmpty() {
        return Futures.join(isEmptyAsync());
    }

    @Override
    public CompletableFuture<Boolean> isEmptyAsync() {
        return onAny(MapCodec.isEmpty(name), MapCodec::booleanResponse);
    }

    @Override
    public Set<K> keySet() {
        return Futures.join(keySetAsync());
    }

    @Override
    public CompletableFuture<Set<K>> keySetAsync() {
        return onAny(MapCodec.keySet(name), r -> {
            Set<K> keys = new LinkedHashSet<>();
            MapCodec.listDataResponse(r).forEach(d -> keys.add(toObject(d)));
            return Collections.unmodifiableSet(keys);
        });
    }

    @Override
    public Collection<V> values() {
        return Futures.join(valuesAsync());
    }

    @Override
    public CompletableFuture<Collection<V>> valuesAsync() {
        return onAny(MapCodec.values(name), r -> {
            List<V> values = new ArrayList<>();
            MapCodec.listDataResponse(r).forEach(d -> values.add(toObject(d)));
            return Collections.unmodifiableList(values);
        });
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return Futures.join(entrySetAsync());
    }

    @Override
    public CompletableFuture<Set<Map.Entry<K, V>>> entrySetAsync() {
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
        return Futures.join(removeAsync((K) key));
    }

    @Override
    public CompletableFuture<V> removeAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.remove(name, k, threadId()), k, this::valueResponse);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean remove(Object key, Object value) {
        return Futures.join(removeAsync((K) key, (V) value));
    }

    @Override
    public CompletableFuture<Boolean> removeAsync(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return onKey(MapCodec.removeIfSame(name, k, v, threadId()), k, MapCodec::booleanResponse);
    }

    @Override
    public void delete(K key) {
        Futures.join(deleteAsync(key));
    }

    @Override
    public CompletableFuture<Void> deleteAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.delete(name, k, threadId()), k, r -> null);
    }

    @Override
    public boolean tryRemove(K key, Duration timeout) {
        return Futures.join(tryRemoveAsync(key, timeout));
    }

    @Override
    public CompletableFuture<Boolean> tryRemoveAsync(K key, Duration timeout) {
        Data k = keyData(key);
        long wait = requiredMillis(timeout, "timeout");
        return onKey(MapCodec.tryRemove(name, k, threadId(), wait), k, MapCodec::booleanResponse);
    }

    @Override
    public V replace(K key, V value) {
        return Futures.join(replaceAsync(key, value));
    }

    @Override
    public CompletableFuture<V> replaceAsync(K key, V value) {
        Data k = keyData(key);
        Data v = valueData(value);
        return onKey(MapCodec.replace(name, k, v, threadId()), k, this::valueResponse);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return Futures.join(replaceAsync(key, oldValue, newValue));
    }

    @Override
    public CompletableFuture<Boolean> replaceAsync(K key, V oldValue, V newValue) {
        Data k = keyData(key);
        Data expected = context.serialization().toData(checkNotNull(oldValue, "oldValue"));
        Data v = context.serialization().toData(checkNotNull(newValue, "newValue"));
        return onKey(MapCodec.replaceIfSame(name, k, expected, v, threadId()), k, MapCodec::booleanResponse);
    }

    @Override
    public void clear() {
        Futures.join(clearAsync());
    }

    @Override
    public CompletableFuture<Void> clearAsync() {
        return onAny(MapCodec.clear(name), r -> null);
    }

    // ---- expiry and eviction

    @Override
    public boolean setTtl(K key, Duration ttl) {
        return Futures.join(setTtlAsync(key, ttl));
    }

    @Override
    public CompletableFuture<Boolean> setTtlAsync(K key, Duration ttl) {
        Data k = keyData(key);
        return onKey(MapCodec.setTtl(name, k, millis(ttl)), k, MapCodec::booleanResponse);
    }

    @Override
    public boolean evict(K key) {
        return Futures.join(evictAsync(key));
    }

    @Override
    public CompletableFuture<Boolean> evictAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.evict(name, k, threadId()), k, MapCodec::booleanResponse);
    }

    @Override
    public void evictAll() {
        Futures.join(evictAllAsync());
    }

    @Override
    public CompletableFuture<Void> evictAllAsync() {
        return onAny(MapCodec.evictAll(name), r -> null);
    }

    @Override
    public void flush() {
        Futures.join(flushAsync());
    }

    @Override
    public CompletableFuture<Void> flushAsync() {
        return onAny(MapCodec.flush(name), r -> null);
    }

    // ---- locks

    @Override
    public void lock(K key) {
        Futures.join(lockAsync(key));
    }

    @Override
    public void lock(K key, Duration lease) {
        Futures.join(lockAsync(key, lease));
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key) {
        return lock(keyData(key), -1);
    }

    @Override
    public CompletableFuture<Void> lockAsync(K key, Duration lease) {
        Data k = keyData(key);
        return lock(k, requiredMillis(lease, "lease"));
    }

    private CompletableFuture<Void> lock(Data k, long leaseMillis) {
        return onKey(MapCodec.lock(name, k, threadId(), leaseMillis, REFERENCE_IDS.incrementAndGet()), k, r -> null);
    }

    @Override
    public boolean tryLock(K key) {
        return Futures.join(tryLockAsync(key, Duration.ZERO));
    }

    @Override
    public boolean tryLock(K key, Duration timeout) {
        return Futures.join(tryLockAsync(key, timeout));
    }

    @Override
    public boolean tryLock(K key, Duration timeout, Duration lease) {
        return Futures.join(tryLockAsync(key, timeout, lease));
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout) {
        Data k = keyData(key);
        return tryLock(k, requiredMillis(timeout, "timeout"), -1);
    }

    @Override
    public CompletableFuture<Boolean> tryLockAsync(K key, Duration timeout, Duration lease) {
        Data k = keyData(key);
        return tryLock(k, requiredMillis(timeout, "timeout"), requiredMillis(lease, "lease"));
    }

    private CompletableFuture<Boolean> tryLock(Data k, long timeoutMillis, long leaseMillis) {
        ClientMessage request = MapCodec.tryLock(name, k, threadId(), leaseMillis, timeoutMillis,
                REFERENCE_IDS.incrementAndGet());
        return onKey(request, k, MapCodec::booleanResponse);
    }

    @Override
    public void unlock(K key) {
        Futures.join(unlockAsync(key));
    }

    @Override
    public CompletableFuture<Void> unlockAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.unlock(name, k, threadId(), REFERENCE_IDS.incrementAndGet()), k, r -> null);
    }

    @Override
    public boolean isLocked(K key) {
        return Futures.join(isLockedAsync(key));
    }

    @Override
    public CompletableFuture<Boolean> isLockedAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.isLocked(name, k), k, MapCodec::booleanResponse);
    }

    @Override
    public void forceUnlock(K key) {
        Futures.join(forceUnlockAsync(key));
    }

    @Override
    public CompletableFuture<Void> forceUnlockAsync(K key) {
        Data k = keyData(key);
        return onKey(MapCodec.forceUnlock(name, k, REFERENCE_IDS.incrementAndGet()), k, r -> null);
    }

    // ---- listeners

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, boolean includeValue) {
        return Futures.join(addEntryListenerAsync(listener, includeValue));
    }

    @Override
    public UUID addEntryListener(EntryListener<K, V> listener, K key, boolean includeValue) {
        return Futures.join(addEntryListenerAsync(listener, key, includeValue));
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, boolean includeValue) {
        return register(listener, null, includeValue);
    }

    @Override
    public CompletableFuture<UUID> addEntryListenerAsync(EntryListener<K, V> listener, K key, boolean includeValue) {
        return register(listener, keyData(key), includeValue);
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
                new EntryEventHandler<>(name, listener, context.serialization(), context.userExecutor()));
    }

    @Override
    public boolean removeEntryListener(UUID registrationId) {
        return Futures.join(removeEntryListenerAsync(registrationId));
    }

    @Override
    public CompletableFuture<Boolean> removeEntryListenerAsync(UUID registrationId) {
        return context.listeners().deregister(checkNotNull(registrationId, "registrationId"));
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

    private <T> CompletableFuture<T> onKey(ClientMessage request, Data key, Function<ClientMessage, T> decoder) {
        return context.invocations().invokeOnKey(request, key).thenApply(decoder);
    }

    private <T> CompletableFuture<T> onAny(ClientMessage request, Function<ClientMessage, T> decoder) {
        return context.invocations().invoke(request).thenApply(decoder);
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
}
