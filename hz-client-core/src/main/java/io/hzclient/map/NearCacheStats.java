package io.hzclient.map;

import java.time.Instant;

/**
 * What a map's near cache has done since it was created, read locally. Counters only grow; the entry count and
 * memory cost say how things are now.
 */
public interface NearCacheStats {

    Instant creationTime();

    /** Reads answered from the near cache. */
    long hits();

    /** Reads that went to the cluster. */
    long misses();

    /** Entries dropped to make room. */
    long evictions();

    /** Entries dropped because their time-to-live or max-idle passed. */
    long expirations();

    /** Entries dropped because the map changed (by anyone, or found stale by the repair task). */
    long invalidations();

    /** Invalidation requests received, including those for keys not cached here. */
    long invalidationRequests();

    /** Gauge: entries held now. */
    long ownedEntryCount();

    /** Gauge: an estimate of the heap the entries take, in bytes. */
    long ownedEntryMemoryCost();

    /** Hits over all reads, 0 before the first read. */
    default double hitRatio() {
        long reads = hits() + misses();
        return reads == 0 ? 0 : (double) hits() / reads;
    }
}
