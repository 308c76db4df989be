package io.hzclient.internal.nearcache;

import io.hzclient.config.EvictionPolicy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Picks the entry a full near cache drops: it samples a few records and evicts the worst of them and of the best
 * candidates kept from earlier rounds (the pool), by the policy's measure: LRU the least recently read, LFU the least
 * often read (then the least recently), RANDOM whichever comes first.
 *
 * <p>Sampling walks the records round-robin with one weakly consistent iterator, resumed where the previous round
 * stopped, so every record is looked at in turn rather than only those at the head of the hash table. Eviction runs
 * on misses only (they wait for the network anyway), under a lock that hits never take.
 */
final class EvictionSampler {
    /** A record with the key it is stored under (records do not keep their keys). */
    private static final Comparator<Map.Entry<Object, NearCacheRecord>> LEAST_RECENT =
            Comparator.comparingLong(e -> e.getValue().lastAccessNanos());
    private static final Comparator<Map.Entry<Object, NearCacheRecord>> LEAST_FREQUENT =
            Comparator.<Map.Entry<Object, NearCacheRecord>>comparingInt(e -> e.getValue().hits())
                    .thenComparing(LEAST_RECENT);

    private final Collection<Map.Entry<Object, NearCacheRecord>> records;
    private final Comparator<Map.Entry<Object, NearCacheRecord>> worstFirst;
    private final int samplingCount;
    private final int poolSize;
    private final List<Map.Entry<Object, NearCacheRecord>> pool = new ArrayList<>();
    private Iterator<Map.Entry<Object, NearCacheRecord>> cursor;

    EvictionSampler(Collection<Map.Entry<Object, NearCacheRecord>> records, EvictionPolicy policy, int samplingCount,
                    int poolSize) {
        this.records = records;
        this.worstFirst = switch (policy) {
            case LRU -> LEAST_RECENT;
            case LFU -> LEAST_FREQUENT;
            default -> null; // RANDOM: no order, no pool
        };
        this.samplingCount = samplingCount;
        this.poolSize = worstFirst == null ? 0 : poolSize;
        this.cursor = records.iterator();
    }

    /**
     * Evicts one entry; {@code evict} takes a record out of the map and says whether it did (it may have gone
     * meanwhile). False if no evictable (READY) record was found.
     */
    synchronized boolean evictOne(Predicate<Map.Entry<Object, NearCacheRecord>> evict) {
        List<Map.Entry<Object, NearCacheRecord>> candidates = new ArrayList<>(pool.size() + samplingCount);
        for (Map.Entry<Object, NearCacheRecord> e : pool) {
            if (e.getValue().isReady()) {
                candidates.add(e);
            }
        }
        pool.clear();
        sample(candidates);
        if (worstFirst != null) {
            candidates.sort(worstFirst);
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (evict.test(candidates.get(i))) {
                keepBest(candidates, i + 1);
                return true;
            }
        }
        return false;
    }

    /** Adds up to samplingCount READY records from the cursor, wrapping around once at most. */
    private void sample(List<Map.Entry<Object, NearCacheRecord>> candidates) {
        int taken = 0;
        boolean wrapped = false;
        while (taken < samplingCount) {
            if (!cursor.hasNext()) {
                if (wrapped) {
                    return;
                }
                cursor = records.iterator();
                wrapped = true;
                if (!cursor.hasNext()) {
                    return;
                }
            }
            Map.Entry<Object, NearCacheRecord> e = cursor.next();
            if (e.getValue().isReady() && !containsSame(candidates, e.getValue())) {
                candidates.add(e);
                taken++;
            }
        }
    }

    private void keepBest(List<Map.Entry<Object, NearCacheRecord>> sorted, int from) {
        for (int i = from; i < sorted.size() && pool.size() < poolSize; i++) {
            pool.add(sorted.get(i));
        }
    }

    /** By the record: the map's iterator makes a new entry object each time it passes a record. */
    private static boolean containsSame(List<Map.Entry<Object, NearCacheRecord>> list, NearCacheRecord r) {
        for (Map.Entry<Object, NearCacheRecord> x : list) {
            if (x.getValue() == r) {
                return true;
            }
        }
        return false;
    }
}
