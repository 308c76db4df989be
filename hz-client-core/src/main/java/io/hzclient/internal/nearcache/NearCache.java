package io.hzclient.internal.nearcache;

import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.map.NearCacheStats;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One map's near cache: a ConcurrentHashMap of {@link NearCacheRecord}s, consulted by the map proxy before it goes to
 * the cluster and told of every write, local or remote.
 *
 * <p>Reads: a hit is a map lookup, an expiry check and a few field writes; it allocates nothing but the value it
 * returns (BINARY: a fresh copy; OBJECT: the cached instance, which callers must not change). A miss reserves the key
 * before the remote read is sent, and the answer is cached only if the reservation is still in place when it
 * arrives: an invalidation in between removes the reservation, so a value older than the invalidation is never
 * cached. Concurrent misses of one key wait for the one read in flight.
 *
 * <p>Writes by this client invalidate the key when they complete (or cache the written value, with
 * CACHE_ON_UPDATE, when no other local write of the key overlapped). Remote changes arrive through
 * {@link #invalidate(Data)} and {@link #clear()}.
 *
 * <p>Size is bounded by sampling eviction ({@link EvictionSampler}); time-to-live and max-idle are checked on access
 * and by a periodic {@link #sweepExpired()}. Time comes from a nanosecond clock that tests may replace.
 */
public final class NearCache implements Invalidatable {
    /** Rough heap bytes of a record, its map node, and the arrays and Data objects that hold key and value. */
    private static final long RECORD_OVERHEAD = 120;
    private static final long DATA_OVERHEAD = 32;

    private final String mapName;
    private final ConcurrentHashMap<Object, NearCacheRecord> records = new ConcurrentHashMap<>();
    private final NearCacheStatistics stats = new NearCacheStatistics(Instant.now());
    private final SerializationService serialization;
    private final PartitionService partitions;
    private final EvictionSampler sampler;
    private final LocalUpdates localUpdates = new LocalUpdates();
    private final boolean objectFormat;
    private final boolean serializeKeys;
    private final boolean cacheOnUpdate;
    private final boolean evictionNone;
    private final int maxSize;
    private final long ttlNanos;
    private final long maxIdleNanos;
    private volatile LongSupplier clock = System::nanoTime;
    private volatile RepairingHandler repair;

    NearCache(String mapName, NearCacheConfig config, SerializationService serialization,
              PartitionService partitions) {
        this.mapName = mapName;
        this.serialization = serialization;
        this.partitions = partitions;
        this.objectFormat = config.inMemoryFormat() == InMemoryFormat.OBJECT;
        this.serializeKeys = config.serializeKeys();
        this.cacheOnUpdate = config.localUpdatePolicy() == LocalUpdatePolicy.CACHE_ON_UPDATE;
        this.evictionNone = config.evictionPolicy() == EvictionPolicy.NONE;
        this.maxSize = config.maxSize();
        this.ttlNanos = config.timeToLive().toNanos();
        this.maxIdleNanos = config.maxIdle().toNanos();
        this.sampler = new EvictionSampler(records.values(), config.evictionPolicy(), config.samplingCount(),
                config.samplingPoolSize());
    }

    public String mapName() {
        return mapName;
    }

    public NearCacheStats stats() {
        return stats;
    }

    /** Records held now, reservations included (tests). */
    int size() {
        return records.size();
    }

    void useRepair(RepairingHandler handler) {
        this.repair = handler;
    }

    /** Tests: a nanosecond clock they move by hand, so that expiry needs no sleep. */
    void useClock(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    // ---- reads

    /** The cached value of {@code key}, counted as a hit; null if not cached (the caller then goes remote). */
    public Object get(Object key) {
        Object cacheKey = keptSerialized(key) ? serialization.toData(key) : key;
        NearCacheRecord r = records.get(cacheKey);
        if (r == null || !r.isReady()) {
            return null;
        }
        long now = clock.getAsLong();
        if (isExpired(r, now)) {
            drop(r, stats.expirations);
            return null;
        }
        RepairingHandler h = repair;
        if (h != null && r.partitionId >= 0 && h.isStale(r.partitionId, r.partitionUuid, r.sequence)) {
            drop(r, stats.invalidations);
            return null;
        }
        r.touch(now);
        stats.hits.increment();
        return valueOf(r);
    }

    private Object valueOf(NearCacheRecord r) {
        Object v = r.value();
        if (!(v instanceof Data data)) {
            return v;
        }
        Object object = serialization.toObject(data);
        return objectFormat ? r.materialize(data, object) : object;
    }

    /**
     * A miss of {@code key}: counts it, reserves the key and sends {@code remote} (the answer is cached when it
     * comes, if no invalidation came first), or waits for the read of the key already in flight. The future
     * completes with the answer once it is cached, off the caller's thread (a network thread).
     */
    public CompletableFuture<Data> fetch(Object key, Data keyData, Supplier<CompletableFuture<Data>> remote) {
        stats.misses.increment();
        Object cacheKey = cacheKey(key, keyData);
        NearCacheRecord fresh = newReservation(cacheKey, keyData, true);
        NearCacheRecord inMap = fresh == null ? null : records.compute(cacheKey, (k, old) -> {
            if (old == null || old.isAbandoned()) {
                if (old != null) {
                    old.markRemoved();
                }
                return fresh;
            }
            return old;
        });
        if (inMap == fresh && fresh != null) {
            CompletableFuture<Data> answer;
            try {
                answer = remote.get();
            } catch (RuntimeException e) {
                settle(fresh, null, e); // else readers waiting for this reservation would wait forever
                throw e;
            }
            answer.whenComplete((data, failure) -> settle(fresh, data, failure));
            return fresh.fetch;
        }
        if (inMap != null && inMap.isFetching()) {
            return inMap.fetch;
        }
        return remote.get(); // full and NONE, or a local write of the key in flight: read without caching
    }

    /** Publishes a read reservation's answer, or takes the reservation back; then wakes whoever waits for it. */
    void settle(NearCacheRecord reservation, Data data, Throwable failure) {
        if (failure == null && data != null) {
            long cost = reservation.keyCost + DATA_OVERHEAD + data.totalSize();
            if (reservation.publish(data, cost)) {
                stats.entryAdded(cost);
            }
        } else if (records.remove(reservation.key, reservation)) {
            reservation.markRemoved();
        }
        if (failure != null) {
            reservation.fetch.completeExceptionally(failure);
        } else {
            reservation.fetch.complete(data);
        }
    }

    /** A read answered remotely without going through {@link #fetch} (containsKey): counted as a miss. */
    public void countMiss() {
        stats.misses.increment();
    }

    /** getAll: reserves the keys it misses, and publishes what the cluster answers for them. */
    public ReadBatch newReadBatch() {
        return new ReadBatch(this);
    }

    /** A read reservation for a batch, or null if the key cannot be reserved now; the miss is counted. */
    NearCacheRecord reserveForBatch(Object key, Data keyData) {
        stats.misses.increment();
        Object cacheKey = cacheKey(key, keyData);
        NearCacheRecord fresh = newReservation(cacheKey, keyData, true);
        return fresh != null && records.putIfAbsent(cacheKey, fresh) == null ? fresh : null;
    }

    /** A new reservation, after making room; null if the cache is full and evicts nothing (policy NONE). */
    private NearCacheRecord newReservation(Object cacheKey, Data keyData, boolean forRead) {
        if (records.size() >= maxSize && !records.containsKey(cacheKey) && !makeRoom()) {
            return null;
        }
        RepairingHandler h = repair;
        long keyCost = RECORD_OVERHEAD + DATA_OVERHEAD + keyData.totalSize();
        long now = clock.getAsLong();
        if (h == null) {
            return new NearCacheRecord(cacheKey, keyCost, forRead, now, -1, null, 0);
        }
        int partition = partitions.partitionId(keyData);
        return new NearCacheRecord(cacheKey, keyCost, forRead, now, partition, h.partitionUuid(partition),
                h.sequence(partition));
    }

    private boolean makeRoom() {
        if (evictionNone) {
            return false;
        }
        while (records.size() >= maxSize) {
            if (!sampler.evictOne(r -> drop(r, stats.evictions))) {
                return false;
            }
        }
        return true;
    }

    // ---- writes by this client

    /**
     * Called before a write of {@code key} is sent; the returned callback must run when it completes (failed or
     * not). {@code written}: the value a put or set writes, cached on success under CACHE_ON_UPDATE; null for every
     * other write, which invalidates the key.
     */
    public BiConsumer<Object, Throwable> beforeWrite(Object key, Data keyData, Data written) {
        Object cacheKey = cacheKey(key, keyData);
        if (!cacheOnUpdate || written == null) {
            return (ignored, failure) -> invalidateCacheKey(cacheKey);
        }
        NearCacheRecord reservation = localUpdates.start(cacheKey) ? reserveForUpdate(cacheKey, keyData) : null;
        return (ignored, failure) -> {
            boolean alone = localUpdates.end(cacheKey);
            long cost = reservation == null ? 0 : reservation.keyCost + DATA_OVERHEAD + written.totalSize();
            if (failure == null && alone && reservation != null && reservation.publish(written, cost)) {
                stats.entryAdded(cost);
            } else {
                invalidateCacheKey(cacheKey);
            }
        };
    }

    /** Replaces the key's record (cached value or read in flight) by a reservation of this write. */
    private NearCacheRecord reserveForUpdate(Object cacheKey, Data keyData) {
        NearCacheRecord fresh = newReservation(cacheKey, keyData, false);
        if (fresh == null) {
            invalidateCacheKey(cacheKey);
            return null;
        }
        NearCacheRecord old = records.put(cacheKey, fresh);
        if (old != null && old.markRemoved() == NearCacheRecord.READY) {
            stats.entryRemoved(old.cost);
        }
        return fresh;
    }

    /** This client's write of {@code key} (the caller's object) completed or failed: the entry goes. */
    public void invalidateKey(Object key) {
        invalidateCacheKey(keptSerialized(key) ? serialization.toData(key) : key);
    }

    // ---- invalidations (remote, and this client's map-wide writes)

    /** The member says the entry of this (serialized) key changed. */
    @Override
    public void invalidate(Data key) {
        Object cacheKey;
        try {
            cacheKey = serializeKeys ? key : serialization.toObject(key);
            if (keptSerialized(cacheKey)) {
                cacheKey = key;
            }
        } catch (RuntimeException e) {
            clear(); // a key we cannot read: dropping everything is the only way to drop it
            return;
        }
        invalidateCacheKey(cacheKey);
    }

    private void invalidateCacheKey(Object cacheKey) {
        stats.invalidationRequests.increment();
        NearCacheRecord r = records.remove(cacheKey);
        if (r != null && r.markRemoved() == NearCacheRecord.READY) {
            stats.invalidations.increment();
            stats.entryRemoved(r.cost);
        }
    }

    /** Every entry goes (the map was cleared or evicted, or the repair found the partition UUIDs changed). */
    @Override
    public void clear() {
        stats.invalidationRequests.increment();
        for (NearCacheRecord r : records.values()) {
            drop(r, stats.invalidations);
        }
    }

    /** The map or the client is gone: entries go uncounted. */
    void destroy() {
        for (NearCacheRecord r : records.values()) {
            if (records.remove(r.key, r) && r.markRemoved() == NearCacheRecord.READY) {
                stats.entryRemoved(r.cost);
            }
        }
    }

    // ---- expiry

    /** Drops the expired entries (the background sweep, so that entries nobody reads do not hold memory). */
    public void sweepExpired() {
        if (ttlNanos <= 0 && maxIdleNanos <= 0) {
            return;
        }
        long now = clock.getAsLong();
        for (NearCacheRecord r : records.values()) {
            if (r.isReady() && isExpired(r, now)) {
                drop(r, stats.expirations);
            }
        }
    }

    private boolean isExpired(NearCacheRecord r, long now) {
        return (ttlNanos > 0 && now - r.createdNanos >= ttlNanos)
                || (maxIdleNanos > 0 && now - r.lastAccessNanos() >= maxIdleNanos);
    }

    // ---- the few lines every path shares

    /** Takes {@code r} out of the map if it is still there; counts it under {@code why} if it was an entry. */
    private boolean drop(NearCacheRecord r, LongAdder why) {
        if (!records.remove(r.key, r)) {
            return false;
        }
        if (r.markRemoved() == NearCacheRecord.READY) {
            why.increment();
            stats.entryRemoved(r.cost);
        }
        return true;
    }

    private Object cacheKey(Object key, Data keyData) {
        return keptSerialized(key) ? keyData : key;
    }

    /**
     * Whether this key is stored serialized: when configured so, and always for arrays, whose equals is identity
     * (an invalidation's deserialized key would never find the caller's array).
     */
    private boolean keptSerialized(Object key) {
        return serializeKeys || key.getClass().isArray();
    }

    /** What the records map holds now, for tests: key to value (Data or object), entries only. */
    Map<Object, Object> snapshot() {
        Map<Object, Object> copy = new HashMap<>();
        records.forEach((k, r) -> {
            if (r.isReady()) {
                copy.put(k, r.value());
            }
        });
        return copy;
    }

    @Override
    public String toString() {
        return "NearCache{map=" + mapName + ", " + stats + '}';
    }
}
