package io.hzclient.config;

import java.time.Duration;

/**
 * How near caches catch invalidations they missed. Every {@code reconciliationInterval} (default 60 s) the client
 * fetches each partition's invalidation sequence and UUID from the members; a partition that missed more than
 * {@code maxToleratedMissCount} invalidations (default 10), or whose UUID changed, has its cached entries dropped.
 *
 * @param maxToleratedMissCount missed invalidations per partition tolerated before its entries are dropped (0 or more)
 * @param reconciliationInterval how often the sequences are fetched and compared (positive)
 */
public record NearCacheRepairConfig(int maxToleratedMissCount, Duration reconciliationInterval) {
    /** The defaults: 10 missed invalidations tolerated, checked every 60 seconds. */
    public static final NearCacheRepairConfig DEFAULT = new NearCacheRepairConfig(10, Duration.ofSeconds(60));

    /**
     * Makes a repair config, checked; each error names the option.
     *
     * @param maxToleratedMissCount missed invalidations per partition tolerated (0 or more)
     * @param reconciliationInterval how often the sequences are fetched and compared (positive)
     * @throws IllegalArgumentException if a value is out of its bounds
     */
    public NearCacheRepairConfig {
        if (maxToleratedMissCount < 0) {
            throw new IllegalArgumentException("near-cache-repair.max-tolerated-miss-count must not be negative, got "
                    + maxToleratedMissCount);
        }
        Checks.positive(reconciliationInterval, "near-cache-repair.reconciliation-interval");
    }
}
