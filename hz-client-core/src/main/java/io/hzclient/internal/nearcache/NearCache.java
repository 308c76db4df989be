package io.hzclient.internal.nearcache;

import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.internal.serialization.UnknownSchemaException;
import io.hzclient.map.NearCacheStats;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One map's near cache: a {@link RecordTable} of {@link NearCacheRecord}s, consulted by the map proxy before it goes to
 * the cluster and told of every write, local or remote.
 *
 * <p>Reads: a hit is a map lookup, an expiry check and a few field writes; it allocates nothing but the value it
 * returns (BINARY: a fresh copy, read through a Data wrapper around the kept bytes; OBJECT: the cached instance,
 * which callers must not change). A miss reserves the key before the remote read is sent, and the answer is cached
 * only if the reservation is still in place when it arrives: an invalidation in between removes the reservation, so
 * a value older than the invalidation is never cached. Concurrent misses of one key wait for the one read in flight.
 *
 * <p>Writes by this client invalidate the key when they complete (or cache the written value, with
 * CACHE_ON_UPDATE, when no other local write of the key overlapped). Remote changes arrive through
 * {@link #invalidate(Data)} and {@link #clear()}. With invalidations on, every record is stamped when made with its
 * partition's repair metadata ({@link RepairingHandler#stamp}), which a hit checks: only a lost invalidation or a new
 * partition UUID make it stale, never another key's event. Hits need no cluster, so they are served while offline.
 *
 * <p>Size is bounded by sampling eviction ({@link EvictionSampler}); time-to-live and max-idle are checked on access,
 * by a periodic {@link #sweepExpired()} and when eviction samples an expired entry (which then goes first). Whichever
 * way an entry goes for its age, it counts as an expiration, never an eviction. Time comes from a nanosecond clock
 * that tests may replace.
 *
 * <p>Why this class is longer than 400 lines: reads, reservations, local writes and invalidations all change the
 * same records, and their races are only reasoned about in one place; the parts that stand alone (eviction,
 * statistics, batch reads, local-write bookkeeping) are classes of their own.
 */
public final class NearCache implements Invalidatable {
    /** Rough heap bytes of a record (40; 56 with time-to-live or LFU) and its share of the table (4 to 8). */
    private static final int RECORD_OVERHEAD = 48;
    /** A Data object and the header of its array (the key's, or an OBJECT-format value's). */
    private static final int DATA_OVERHEAD = 32;
    /** The header of a BINARY value's array: the record holds the Data's bytes, not the Data. */
    private static final int ARRAY_OVERHEAD = 16;

    private final String mapName;
    private final RecordTable records = new RecordTable();
    private final NearCacheStatistics stats = new NearCacheStatistics(Instant.now());
    private final SerializationService serialization;
    private final PartitionService partitions;
    private final EvictionSampler sampler;
    private final LocalUpdates localUpdates = new LocalUpdates();
    private final boolean objectFormat;
    private final boolean serializeKeys;
    private final boolean cacheOnUpdate;
    private final boolean evictionNone;
    /** Records keep their creation time and hit count only where needed (time-to-live, LFU): most caches do not. */
    private final boolean fullRecords;
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
        this.fullRecords = ttlNanos > 0 || config.evictionPolicy() == EvictionPolicy.LFU;
        this.sampler = new EvictionSampler(records::cursor, config.evictionPolicy(), config.samplingCount(),
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

    /** The repair handler, or null without invalidations (tests). */
    RepairingHandler repair() {
        return repair;
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
        Object value = r == null ? null : r.readyValue();
        if (value == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (isExpired(r, now)) {
            drop(r, stats.expirations);
            return null;
        }
        RepairingHandler h = repair;
        RepairStamp s = r.stamp;
        if (h != null && s != null && h.isStale(s)) {
            drop(r, stats.invalidations);
            return null;
        }
        Object object;
        if (!objectFormat) {
            object = readOrNull(Data.of((byte[]) value));
        } else if (value instanceof Data data) {
            object = readOrNull(data);
            object = object == null ? null : r.materialize(data, object); // a null value would look like a reservation
        } else {
            object = value;
        }
        if (object != null) {
            r.touch(now);
            stats.hits.increment();
        }
        return object;
    }

    /**
     * The cached value read, or null (the caller then goes remote) if it needs a Compact schema this client has not
     * fetched yet: a call that went remote reads it with the fetch, and a hit never waits for the cluster.
     */
    private Object readOrNull(Data data) {
        try {
            return serialization.toObject(data);
        } catch (UnknownSchemaException e) {
            return null;
        }
    }

    /** What a ready record keeps of a value: BINARY the bytes alone (a Data would add an object), OBJECT the Data. */
    private Object stored(Data value) {
        return objectFormat ? value : value.toByteArray();
    }

    private int entryCost(NearCacheRecord reservation, Data value) {
        return reservation.cost + (objectFormat ? DATA_OVERHEAD : ARRAY_OVERHEAD) + value.totalSize();
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
        NearCacheRecord.Fetch fetch = fresh == null ? null : fresh.fetch(); // before an invalidation can remove it
        NearCacheRecord inMap = fresh == null ? null
                : records.compute(cacheKey, old -> old == null || old.removeIfAbandoned() ? fresh : old);
        if (inMap == fresh && fresh != null) {
            CompletableFuture<Data> answer;
            try {
                answer = remote.get();
            } catch (RuntimeException e) {
                settle(fetch, null, e); // else readers waiting for this reservation would wait forever
                throw e;
            }
            answer.whenComplete((data, failure) -> settle(fetch, data, failure));
            return fetch;
        }
        NearCacheRecord.Fetch inFlight = inMap == null ? null : inMap.fetch();
        if (inFlight != null && !inFlight.isDone()) {
            return inFlight;
        }
        return remote.get(); // full and NONE, or a local write of the key in flight: read without caching
    }

    /** Publishes a read reservation's answer, or takes the reservation back; then wakes whoever waits for it. */
    void settle(NearCacheRecord.Fetch fetch, Data data, Throwable failure) {
        NearCacheRecord reservation = fetch.reservation;
        if (failure == null && data != null) {
            int cost = entryCost(reservation, data);
            if (reservation.publish(fetch, stored(data), cost)) {
                stats.entryAdded(cost);
            }
        } else if (records.removeRecord(reservation)) {
            reservation.markRemoved();
        }
        if (failure != null) {
            fetch.completeExceptionally(failure);
        } else {
            fetch.complete(data);
        }
    }

    /** A read answered remotely without going through {@link #fetch} (containsKey): counted as a miss. */
    public void countMiss() {
        stats.misses.increment();
    }

    /** getAll: reserves the keys it misses, and publishes what the cluster answers for them. */
    public ReadBatch newReadBatch() {
        return new NearCacheReadBatch(this);
    }

    /** A read reservation's fetch for a batch, or null if the key cannot be reserved now; the miss is counted. */
    NearCacheRecord.Fetch reserveForBatch(Object key, Data keyData) {
        stats.misses.increment();
        Object cacheKey = cacheKey(key, keyData);
        NearCacheRecord fresh = newReservation(cacheKey, keyData, true);
        if (fresh == null) {
            return null;
        }
        NearCacheRecord.Fetch fetch = fresh.fetch();
        return records.putIfAbsent(fresh) == null ? fetch : null;
    }

    /**
     * A new reservation, stamped with its partition's repair metadata and made room for; null if it cannot be made
     * now: the partition's metadata is not known yet (the key is read without caching until it is), or the cache is
     * full and evicts nothing (policy NONE).
     */
    private NearCacheRecord newReservation(Object cacheKey, Data keyData, boolean forRead) {
        RepairingHandler h = repair;
        RepairStamp stamp = null;
        if (h != null) {
            stamp = h.stamp(partitions.partitionId(keyData));
            if (stamp == null) {
                return null;
            }
        }
        if (records.size() >= maxSize && !records.containsKey(cacheKey) && !makeRoom()) {
            return null;
        }
        int keyCost = RECORD_OVERHEAD + DATA_OVERHEAD + keyData.totalSize();
        long now = clock.getAsLong();
        return fullRecords ? new NearCacheRecord.Full(cacheKey, keyCost, forRead, now, stamp)
                : new NearCacheRecord(cacheKey, keyCost, forRead, now, stamp);
    }

    private boolean makeRoom() {
        if (evictionNone) {
            return false;
        }
        long now = clock.getAsLong();
        while (records.size() >= maxSize) {
            if (!sampler.evictOne(r -> isExpired(r, now),
                    (r, expired) -> drop(r, expired ? stats.expirations : stats.evictions))) {
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
            int cost = reservation == null ? 0 : entryCost(reservation, written);
            if (failure == null && alone && reservation != null
                    && reservation.publish(null, stored(written), cost)) {
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
        NearCacheRecord old = records.put(fresh);
        if (old != null && old.markRemoved()) {
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
        } catch (UnknownSchemaException e) {
            return; // a key whose schema this client never had: it cannot be a key cached here
        } catch (RuntimeException e) {
            clear(); // a key we cannot read: dropping everything is the only way to drop it
            return;
        }
        invalidateCacheKey(cacheKey);
    }

    // A request is counted once its entry is gone: whoever sees the count move never reads the old entry after it.
    private void invalidateCacheKey(Object cacheKey) {
        NearCacheRecord r = records.removeKey(cacheKey);
        if (r != null && r.markRemoved()) {
            stats.invalidations.increment();
            stats.entryRemoved(r.cost);
        }
        stats.invalidationRequests.increment();
    }

    /** Every entry goes (the map was cleared or evicted, or the repair found the partition UUIDs changed). */
    @Override
    public void clear() {
        records.forEach(r -> drop(r, stats.invalidations));
        stats.invalidationRequests.increment();
    }

    /** The map or the client is gone: entries go uncounted. */
    void destroy() {
        records.forEach(r -> {
            if (records.removeRecord(r) && r.markRemoved()) {
                stats.entryRemoved(r.cost);
            }
        });
    }

    // ---- expiry

    /** Drops the expired entries (the background sweep, so that entries nobody reads do not hold memory). */
    public void sweepExpired() {
        if (ttlNanos <= 0 && maxIdleNanos <= 0) {
            return;
        }
        long now = clock.getAsLong();
        records.forEach(r -> {
            if (r.isReady() && isExpired(r, now)) {
                drop(r, stats.expirations);
            }
        });
    }

    private boolean isExpired(NearCacheRecord r, long now) {
        return (ttlNanos > 0 && now - r.createdNanos() >= ttlNanos)
                || (maxIdleNanos > 0 && now - r.lastAccessNanos() >= maxIdleNanos);
    }

    // ---- the few lines every path shares

    /** Takes {@code r} out of the map if it is still there; counts it under {@code why} if it was an entry. */
    private boolean drop(NearCacheRecord r, LongAdder why) {
        if (!records.removeRecord(r)) {
            return false;
        }
        if (r.markRemoved()) {
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

    /** The record of the caller's key, whatever its state; null if none (tests). */
    NearCacheRecord recordOf(Object key) {
        return records.get(keptSerialized(key) ? serialization.toData(key) : key);
    }

    /** What the records map holds now, for tests: key to value (Data or object), entries only. */
    Map<Object, Object> snapshot() {
        Map<Object, Object> copy = new HashMap<>();
        records.forEach(r -> {
            Object value = r.readyValue();
            if (value != null) {
                copy.put(r.key, value instanceof byte[] bytes && !objectFormat ? Data.of(bytes) : value);
            }
        });
        return copy;
    }

    @Override
    public String toString() {
        return "NearCache{map=" + mapName + ", " + stats + '}';
    }
}
