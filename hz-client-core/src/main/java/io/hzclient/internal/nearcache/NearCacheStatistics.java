package io.hzclient.internal.nearcache;

import io.hzclient.map.NearCacheStats;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** A near cache's counters: LongAdders, since every reading thread bumps them. */
final class NearCacheStatistics implements NearCacheStats {
    private final Instant creationTime;
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder evictions = new LongAdder();
    final LongAdder expirations = new LongAdder();
    final LongAdder invalidations = new LongAdder();
    final LongAdder invalidationRequests = new LongAdder();
    private final AtomicLong ownedEntries = new AtomicLong();
    private final AtomicLong ownedMemory = new AtomicLong();

    NearCacheStatistics(Instant creationTime) {
        this.creationTime = creationTime;
    }

    void entryAdded(long cost) {
        ownedEntries.incrementAndGet();
        ownedMemory.addAndGet(cost);
    }

    void entryRemoved(long cost) {
        ownedEntries.decrementAndGet();
        ownedMemory.addAndGet(-cost);
    }

    @Override
    public Instant creationTime() {
        return creationTime;
    }

    @Override
    public long hits() {
        return hits.sum();
    }

    @Override
    public long misses() {
        return misses.sum();
    }

    @Override
    public long evictions() {
        return evictions.sum();
    }

    @Override
    public long expirations() {
        return expirations.sum();
    }

    @Override
    public long invalidations() {
        return invalidations.sum();
    }

    @Override
    public long invalidationRequests() {
        return invalidationRequests.sum();
    }

    @Override
    public long ownedEntryCount() {
        return ownedEntries.get();
    }

    @Override
    public long ownedEntryMemoryCost() {
        return ownedMemory.get();
    }

    @Override
    public String toString() {
        return "NearCacheStats{hits=" + hits() + ", misses=" + misses() + ", evictions=" + evictions()
                + ", expirations=" + expirations() + ", invalidations=" + invalidations() + ", invalidationRequests="
                + invalidationRequests() + ", ownedEntryCount=" + ownedEntryCount() + ", ownedEntryMemoryCost="
                + ownedEntryMemoryCost() + ", creationTime=" + creationTime + '}';
    }
}
