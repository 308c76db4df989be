package io.hzclient.internal.nearcache;

import io.hzclient.config.EvictionPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Picks the entry a full near cache drops: it samples a few records and evicts the worst of them and of the best
 * candidates kept from earlier rounds (the pool), by the policy's measure: LRU the least recently read, LFU the least
 * often read (then the least recently), RANDOM whichever comes first.
 *
 * <p>Sampling walks the records round-robin with one weakly consistent cursor ({@link RecordTable#cursor()}), resumed
 * where the previous round stopped, so every record is looked at in turn rather than only those at the head of the
 * hash table. Eviction runs
 * on misses only (they wait for the network anyway), under a lock that hits never take.
 */
final class EvictionSampler {
    private static final Comparator<NearCacheRecord> LEAST_RECENT =
            Comparator.comparingLong(NearCacheRecord::lastAccessNanos);
    private static final Comparator<NearCacheRecord> LEAST_FREQUENT =
            Comparator.comparingInt(NearCacheRecord::hits).thenComparing(LEAST_RECENT);

    /** A new cursor over the records (each walks them once). */
    private final Supplier<Iterator<NearCacheRecord>> records;
    private final Comparator<NearCacheRecord> worstFirst;
    private final int samplingCount;
    private final int poolSize;
    private final List<NearCacheRecord> pool = new ArrayList<>();
    private Iterator<NearCacheRecord> cursor;

    EvictionSampler(Supplier<Iterator<NearCacheRecord>> records, EvictionPolicy policy, int samplingCount,
                    int poolSize) {
        this.records = records;
        this.worstFirst = switch (policy) {
            case LRU -> LEAST_RECENT;
            case LFU -> LEAST_FREQUENT;
            default -> null; // RANDOM: no order, no pool
        };
        this.samplingCount = samplingCount;
        this.poolSize = worstFirst == null ? 0 : poolSize;
        this.cursor = records.get();
    }

    /**
     * Drops one entry: an expired one among those sampled if there is one (it is going anyway; official clients do
     * the same), else the worst by the policy. {@code drop} takes a record out of the map and says whether it did (it
     * may have gone meanwhile); {@code expired} tells it whether the record it is given had expired, so that it is
     * counted as an expiration, not an eviction. False if no evictable (READY) record was found.
     */
    synchronized boolean evictOne(Predicate<NearCacheRecord> expired, BiPredicate<NearCacheRecord, Boolean> drop) {
        List<NearCacheRecord> candidates = new ArrayList<>(pool.size() + samplingCount);
        for (NearCacheRecord r : pool) {
            if (r.isReady()) {
                candidates.add(r);
            }
        }
        pool.clear();
        sample(candidates);
        if (worstFirst != null) {
            candidates.sort(worstFirst);
        }
        for (int i = 0; i < candidates.size(); i++) {
            NearCacheRecord r = candidates.get(i);
            if (expired.test(r) && drop.test(r, true)) {
                candidates.remove(i);
                keepBest(candidates, 0);
                return true;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (drop.test(candidates.get(i), false)) {
                keepBest(candidates, i + 1);
                return true;
            }
        }
        return false;
    }

    /** Adds up to samplingCount READY records from the cursor, wrapping around once at most. */
    private void sample(List<NearCacheRecord> candidates) {
        int taken = 0;
        boolean wrapped = false;
        while (taken < samplingCount) {
            if (!cursor.hasNext()) {
                if (wrapped) {
                    return;
                }
                cursor = records.get();
                wrapped = true;
                if (!cursor.hasNext()) {
                    return;
                }
            }
            NearCacheRecord r = cursor.next();
            if (r.isReady() && !containsSame(candidates, r)) {
                candidates.add(r);
                taken++;
            }
        }
    }

    private void keepBest(List<NearCacheRecord> sorted, int from) {
        for (int i = from; i < sorted.size() && pool.size() < poolSize; i++) {
            pool.add(sorted.get(i));
        }
    }

    /** By identity: the pool may hold a record the cursor passes again, and a resize may show one twice. */
    private static boolean containsSame(List<NearCacheRecord> list, NearCacheRecord r) {
        for (NearCacheRecord x : list) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }
}
