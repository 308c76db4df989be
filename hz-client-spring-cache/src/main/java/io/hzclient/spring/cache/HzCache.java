package io.hzclient.spring.cache;

import io.hzclient.map.HzMap;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.support.AbstractValueAdaptingCache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Spring {@link org.springframework.cache.Cache} over one distributed map ({@link HzMap}), with the policy of
 * its {@link HzCacheSettings}.
 *
 * <ul>
 *   <li>Keys are stored as Strings made by the manager's {@link CacheKeyConverter} (plus the key prefix), so the same
 *       key is the same entry in every application and after restarts.</li>
 *   <li>Values are stored with the client's serialization; a cached null is a small marker ({@code byte[]}) that no
 *       other application mistakes for a value.</li>
 *   <li>Every put carries the cache's time-to-live and max-idle.</li>
 *   <li>Every call runs on the map's async API with the cache's read or write timeout; the blocking methods wait
 *       for that future, {@link #retrieve} never blocks.</li>
 *   <li>{@code get(key, loader)} and {@code retrieve(key, loader)} run one loader per key at a time in this
 *       application (the other callers wait for its result), optionally under the map's key lock across
 *       applications.</li>
 *   <li>A call that finds the cluster unreachable (no connection, timed out, connection lost) is a miss or a skipped
 *       write when the settings allow it, with one warning per outage.</li>
 * </ul>
 * The pieces of policy live apart: {@link HzCacheSettings}, {@link CacheKeyConverter}, {@link ClusterCalls} (timeouts
 * and the outage policy), {@link OutageGuard}, {@link HzCacheStatistics}.
 */
public final class HzCache extends AbstractValueAdaptingCache {
    /** What a cached null is stored as. */
    static final byte[] NULL_MARKER = "hz-client-spring-cache:null-value".getBytes(StandardCharsets.US_ASCII);
    /** The loads the current thread runs (cache name and stored key), to refuse a loader that waits for itself. */
    private static final ThreadLocal<Set<String>> LOADING = ThreadLocal.withInitial(HashSet::new);
    /** A write the outage policy skipped. */
    private static final Object SKIPPED = new Object();

    private final String name;
    private final String mapName;
    private final HzCacheSettings settings;
    private final ClusterCalls calls;
    private final HzNativeCache nativeCache;
    private final CacheKeyConverter keys;
    private final HzCacheStatistics statistics = new HzCacheStatistics();
    private final ConcurrentMap<String, CompletableFuture<Object>> loads = new ConcurrentHashMap<>();
    private volatile @Nullable CompletableFuture<Integer> sizeCall;
    private volatile @Nullable Long lastSize;

    HzCache(String name, HzCacheSettings settings, Function<String, HzMap<String, Object>> maps,
            CacheKeyConverter keys, OutageGuard guard) {
        super(settings.cacheNullValues());
        this.name = Objects.requireNonNull(name, "name");
        this.settings = settings;
        this.mapName = settings.mapName() != null ? settings.mapName() : name;
        this.keys = keys;
        this.calls = new ClusterCalls(name, mapName, maps, guard);
        this.nativeCache = new HzNativeCache(name, mapName, calls::map);
    }

    /**
     * {@inheritDoc}
     *
     * @return the cache's name, as the application asks for it
     */
    @Override
    public String getName() {
        return name;
    }

    /**
     * The distributed map behind this cache, as a small public type: {@link HzNativeCache#getMap()} is the map
     * (obtained from the client on first use), and tools that print the native cache's class, such as Spring Boot's
     * {@code /actuator/caches}, name {@link HzNativeCache} rather than the client's internal map implementation.
     * Never calls the cluster.
     *
     * @return the native cache, the same instance on every call
     */
    @Override
    public HzNativeCache getNativeCache() {
        return nativeCache;
    }

    /**
     * The name of the map that holds the entries.
     *
     * @return the configured map name, else the cache's name
     */
    public String getMapName() {
        return mapName;
    }

    /**
     * The cache's policy.
     *
     * @return the settings it was created with
     */
    public HzCacheSettings getSettings() {
        return settings;
    }

    /**
     * What this cache did in this application.
     *
     * @return the live counters
     */
    public HzCacheStatistics getStatistics() {
        return statistics;
    }

    /**
     * The map's size as last seen, never waiting: each call starts a refresh in the background (unless one runs)
     * and returns the previous answer; null before the first answer, and before the cache's first use (asking
     * for the size does not create the map). With a key prefix, the size of the whole map.
     *
     * @return the last size seen, or null
     */
    public @Nullable Long estimatedSize() {
        CompletableFuture<Integer> running = sizeCall;
        if (calls.hasMap() && (running == null || running.isDone())) {
            CompletableFuture<Object> call = calls.call("size", settings.readTimeout(), true, m -> m.sizeAsync(),
                    null);
            sizeCall = call.thenApply(size -> {
                if (size != null) {
                    lastSize = ((Integer) size).longValue();
                }
                return (Integer) size;
            });
        }
        return lastSize;
    }

    // ---- reads

    @Override
    protected @Nullable Object lookup(Object key) {
        return await(readAsync(storedKey(key), true));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Never blocks. While the cluster is unreachable the read is a miss, or fails if {@code miss-when-unreachable} is off.
     *
     * @param key the cache key
     * @return a future completed with the value wrapper (nulls cached) or the value, or null on a miss
     */
    @Override
    public @Nullable CompletableFuture<?> retrieve(Object key) {
        return readAsync(storedKey(key), true).thenApply(stored -> stored == null ? null
                : isAllowNullValues() ? toValueWrapper(stored) : fromStoreValue(stored));
    }

    /**
     * {@inheritDoc}
     *
     * <p>One loader per key at a time in this application: other callers of the key wait for its result. With
     * {@code cluster-lock}, the loading thread also holds the map's lock of the key, so one application of the cluster
     * loads. While the cluster is unreachable the read is a miss, or fails if {@code miss-when-unreachable} is off.
     *
     * @param key         the cache key
     * @param valueLoader computes the value on a miss
     * @param <T>         the type of the value
     * @return the cached or loaded value
     * @throws IllegalStateException if the loader asks this cache for the same key (it would wait for itself)
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
        String k = storedKey(key);
        Object stored = await(readAsync(k, true));
        if (stored != null) {
            return (T) fromStoreValue(stored);
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = loads.putIfAbsent(k, mine);
        Set<String> loadingHere = LOADING.get();
        if (running != null) {
            if (loadingHere.contains(name + '\n' + k)) {
                throw new IllegalStateException("Cache '" + name + "': the loader of key '" + k + "' asked for the "
                        + "same key of the same cache; it would wait for itself forever");
            }
            return (T) awaitLoad(running, key, valueLoader);
        }
        loadingHere.add(name + '\n' + k);
        try {
            Object value = loadOnce(k, key, valueLoader);
            loads.remove(k, mine);
            mine.complete(value);
            return (T) value;
        } catch (RuntimeException | Error e) {
            loads.remove(k, mine);
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loadingHere.remove(name + '\n' + k);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Never blocks; one load per key at a time in this application (without the cluster lock, which belongs to a
     * thread). While the cluster is unreachable the read is a miss, or fails if {@code miss-when-unreachable} is off.
     *
     * @param key         the cache key
     * @param valueLoader starts computing the value on a miss
     * @param <T>         the type of the value
     * @return a future completed with the cached or loaded value
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
        String k = storedKey(key);
        return (CompletableFuture<T>) readAsync(k, true).thenCompose(stored -> stored != null
                ? CompletableFuture.completedFuture(fromStoreValue(stored))
                : loadOnceAsync(k, valueLoader));
    }

    private Object loadOnce(String k, Object key, Callable<?> loader) {
        boolean locked = settings.clusterLock() && calls.tryLock(k, settings.clusterLockLease(),
                settings.clusterLockLease(), settings.missWhenUnreachable());
        try {
            Object again = await(readAsync(k, false)); // stored by another thread or application meanwhile?
            if (again != null) {
                return fromStoreValue(again);
            }
            Object value;
            try {
                value = loader.call();
            } catch (Exception e) {
                throw new ValueRetrievalException(key, loader, e);
            }
            await(storeAsync(k, value));
            return value;
        } finally {
            if (locked) {
                calls.unlock(k);
            }
        }
    }

    /** One async load per key in this application; the map's key lock is not used (it belongs to a thread). */
    private CompletableFuture<Object> loadOnceAsync(String k, Supplier<? extends CompletableFuture<?>> loader) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = loads.putIfAbsent(k, mine);
        if (running != null) {
            return running.copy();
        }
        readAsync(k, false)
                .thenCompose(again -> again != null ? CompletableFuture.completedFuture(fromStoreValue(again))
                        : invoke(loader).thenCompose(value -> storeAsync(k, value).thenApply(ignored -> value)))
                .whenComplete((value, e) -> {
                    loads.remove(k, mine);
                    if (e != null) {
                        mine.completeExceptionally(ClusterCalls.cause(e));
                    } else {
                        mine.complete(value);
                    }
                });
        return mine.copy();
    }

    private static CompletableFuture<?> invoke(Supplier<? extends CompletableFuture<?>> loader) {
        try {
            CompletableFuture<?> future = loader.get();
            return future != null ? future
                    : CompletableFuture.failedFuture(new NullPointerException("the value loader returned no future"));
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Object awaitLoad(CompletableFuture<Object> running, Object key, Callable<?> loader) {
        try {
            return running.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new ValueRetrievalException(key, loader, c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ValueRetrievalException(key, loader, e);
        }
    }

    // ---- writes

    /**
     * {@inheritDoc}
     *
     * <p>Stored with the cache's time-to-live and max-idle. A null value with null caching off is not stored, and the
     * key's previous entry is removed. While the cluster is unreachable the put is skipped, or fails if
     * {@code skip-writes-when-unreachable} is off.
     *
     * @param key   the cache key
     * @param value the value, or null
     */
    @Override
    public void put(Object key, @Nullable Object value) {
        String k = storedKey(key);
        if (value == null && !isAllowNullValues()) {
            // not stored; a previous value of the key must not keep answering
            await(calls.call("put", settings.writeTimeout(), settings.skipWritesWhenUnreachable(),
                    m -> m.deleteAsync(k), SKIPPED));
            return;
        }
        await(storeAsync(k, value));
    }

    /**
     * {@inheritDoc}
     *
     * <p>While the cluster is unreachable the put is skipped (and null returned), or fails if
     * {@code skip-writes-when-unreachable} is off.
     *
     * @param key   the cache key
     * @param value the value, or null
     * @return the value already there (nothing stored), or null if this one was stored
     */
    @Override
    public @Nullable ValueWrapper putIfAbsent(Object key, @Nullable Object value) {
        String k = storedKey(key);
        if (value == null && !isAllowNullValues()) {
            return toValueWrapper(await(readAsync(k, false)));
        }
        Object existing = await(calls.call("putIfAbsent", settings.writeTimeout(),
                settings.skipWritesWhenUnreachable(),
                m -> m.putIfAbsentAsync(k, toStoreValue(value), settings.timeToLive(), settings.maxIdle()), SKIPPED));
        if (existing == SKIPPED) {
            return null;
        }
        if (existing == null) {
            statistics.put();
        }
        return toValueWrapper(existing);
    }

    /** Stores a loaded or put value with the cache's TTL and max-idle; a null only if nulls are cached. */
    private CompletableFuture<Object> storeAsync(String k, @Nullable Object value) {
        if (value == null && !isAllowNullValues()) {
            return CompletableFuture.completedFuture(SKIPPED);
        }
        return calls.call("put", settings.writeTimeout(), settings.skipWritesWhenUnreachable(),
                m -> m.setAsync(k, toStoreValue(value), settings.timeToLive(), settings.maxIdle()), SKIPPED)
                .thenApply(result -> {
                    if (result != SKIPPED) {
                        statistics.put();
                    }
                    return result;
                });
    }

    /**
     * {@inheritDoc}
     *
     * <p>While the cluster is unreachable the eviction fails, or is skipped if {@code skip-evictions-when-unreachable} is
     * on.
     *
     * @param key the cache key
     */
    @Override
    public void evict(Object key) {
        String k = storedKey(key);
        Object result = await(calls.call("evict", settings.writeTimeout(),
                settings.skipEvictionsWhenUnreachable(), m -> m.deleteAsync(k), SKIPPED));
        if (result != SKIPPED) {
            statistics.eviction();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>While the cluster is unreachable the eviction fails, or is skipped (false) if
     * {@code skip-evictions-when-unreachable} is on.
     *
     * @param key the cache key
     * @return true if the key had an entry
     */
    @Override
    public boolean evictIfPresent(Object key) {
        String k = storedKey(key);
        Object previous = await(calls.call("evict", settings.writeTimeout(),
                settings.skipEvictionsWhenUnreachable(), m -> m.removeAsync(k), SKIPPED));
        if (previous == SKIPPED) {
            return false;
        }
        statistics.eviction();
        return previous != null;
    }

    /**
     * Removes every entry of this cache: the whole map, or with a key prefix only the keys that start with it. While
     * the cluster is unreachable the clear fails, or is skipped if {@code skip-evictions-when-unreachable} is on.
     */
    @Override
    public void clear() {
        Object result = await(calls.call("clear", settings.writeTimeout(),
                settings.skipEvictionsWhenUnreachable(), this::clearAsync, SKIPPED));
        if (result != SKIPPED) {
            statistics.removal();
        }
    }

    /**
     * Like {@link #clear()}, done before it returns; false: whether entries were there is not known.
     *
     * @return false, always
     */
    @Override
    public boolean invalidate() {
        clear();
        return false;
    }

    private CompletableFuture<?> clearAsync(HzMap<String, Object> map) {
        if (settings.keyPrefix().isEmpty()) {
            return map.clearAsync();
        }
        return map.keySetAsync().thenCompose(stored -> {
            List<CompletableFuture<Void>> deletes = new ArrayList<>();
            for (String k : stored) {
                if (k.startsWith(settings.keyPrefix())) {
                    deletes.add(map.deleteAsync(k));
                }
            }
            return CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new));
        });
    }

    // ---- values and keys

    @Override
    protected Object toStoreValue(@Nullable Object userValue) {
        return userValue == null ? NULL_MARKER : userValue;
    }

    @Override
    protected @Nullable Object fromStoreValue(@Nullable Object storeValue) {
        return storeValue instanceof byte[] bytes && Arrays.equals(bytes, NULL_MARKER) ? null : storeValue;
    }

    String storedKey(Object key) {
        Objects.requireNonNull(key, "a cache key must not be null");
        return settings.keyPrefix() + keys.toStoredKey(key);
    }

    private CompletableFuture<Object> readAsync(String k, boolean counted) {
        CompletableFuture<Object> read = calls.call("get", settings.readTimeout(), settings.missWhenUnreachable(),
                m -> m.getAsync(k), null);
        return counted ? read.thenApply(stored -> {
            statistics.read(stored != null);
            return stored;
        }) : read;
    }

    private static <T> T await(CompletableFuture<T> future) {
        return ClusterCalls.join(future);
    }

    @Override
    public String toString() {
        return "HzCache{name=" + name + ", map=" + mapName + ", " + settings + '}';
    }
}
