package io.hzclient.map;

import java.time.Instant;

/**
 * What a map's near cache has done since it was created, read locally. Counters only grow; the entry count and
 * memory cost say how things are now.
 */
public interface NearCacheStats {

    /**
     * When the near cache was created.
     *
     * @return the creation time
     */
    Instant creationTime();

    /**
     * Reads answered from the near cache.
     *
     * @return the number of hits
     */
    long hits();

    /**
     * Reads that went to the cluster.
     *
     * @return the number of misses
     */
    long misses();

    /**
     * Entries dropped to make room.
     *
     * @return the number of evictions
     */
    long evictions();

    /**
     * Entries dropped because their time-to-live or max-idle passed.
     *
     * @return the number of expirations
     */
    long expirations();

    /**
     * Entries dropped because the map changed (by anyone, or found stale by the repair task).
     *
     * @return the number of invalidations
     */
    long invalidations();

    /**
     * Invalidation requests received, including those for keys not cached here.
     *
     * @return the number of invalidation requests
     */
    long invalidationRequests();

    /**
     * Gauge: entries held now.
     *
     * @return the number of entries
     */
    long ownedEntryCount();

    /**
     * Gauge: an estimate of the heap the entries take.
     *
     * @return the estimate, in bytes
     */
    long ownedEntryMemoryCost();

    /**
     * Hits over all reads.
     *
     * @return {@code hits / (hits + misses)}, 0 before the first read
     */
    default double hitRatio() {
        long reads = hits() + misses();
        return reads == 0 ? 0 : (double) hits() / reads;
    }
}
