package io.hzclient.spring.cache;

import java.util.concurrent.atomic.LongAdder;

/**
 * What one cache did in this application, counted by the adapter itself (a member's map statistics cannot tell a
 * client's hits from its misses). Read by the Micrometer meters; readable without Micrometer too.
 */
public final class HzCacheStatistics {
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder puts = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder removals = new LongAdder();

    HzCacheStatistics() {
    }

    /**
     * Reads that found a value (a cached null counts as a hit).
     *
     * @return the number of hits
     */
    public long hits() {
        return hits.sum();
    }

    /**
     * Reads that found nothing, including reads answered as misses while the cluster was unreachable.
     *
     * @return the number of misses
     */
    public long misses() {
        return misses.sum();
    }

    /**
     * Values stored (put, a putIfAbsent that stored, a loaded value).
     *
     * @return the number of values stored
     */
    public long puts() {
        return puts.sum();
    }

    /**
     * Keys evicted by the application ({@code evict}, {@code evictIfPresent}: single-key {@code @CacheEvict}).
     *
     * @return the number of keys evicted
     */
    public long evictions() {
        return evictions.sum();
    }

    /**
     * Whole-cache removals ({@code clear}, {@code invalidate}: {@code @CacheEvict(allEntries = true)}).
     *
     * @return the number of whole-cache removals
     */
    public long removals() {
        return removals.sum();
    }

    void read(boolean hit) {
        (hit ? hits : misses).increment();
    }

    void put() {
        puts.increment();
    }

    void eviction() {
        evictions.increment();
    }

    void removal() {
        removals.increment();
    }

    @Override
    public String toString() {
        return "HzCacheStatistics{hits=" + hits() + ", misses=" + misses() + ", puts=" + puts() + ", evictions="
                + evictions() + ", removals=" + removals() + '}';
    }
}
