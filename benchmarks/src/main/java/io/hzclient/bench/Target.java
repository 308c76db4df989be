package io.hzclient.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/** One client under test and its map of {@code Integer -> byte[]}: the same few calls, whichever client it is. */
interface Target extends AutoCloseable {
    Object get(Integer key);

    Object put(Integer key, byte[] value);

    CompletionStage<?> getAsync(Integer key);

    CompletionStage<?> putAsync(Integer key, byte[] value);

    Map<?, ?> getAll(Set<Integer> keys);

    void putAll(Map<Integer, byte[]> entries);

    /** One multimap round: puts the value under the key of the multimap {@link #MULTIMAP}, then gets the key's values. */
    Object multiMapPutGet(Integer key, byte[] value);

    /**
     * One executor round: submits the task that returns 1 ({@link QueryBench#RETURN_ONE}) to the key's owner, in the
     * executor {@link #EXECUTOR}, and waits for its result.
     */
    Object executorSubmit(Integer key);

    /** The executor of the executor line. */
    String EXECUTOR = "bench-executor";

    /** The multimap of the multimap scenarios (the member's default: a set per key, so a key's values stay few). */
    String MULTIMAP = "bench-multimap";

    /**
     * A map of this client whose name matches {@link #NEAR_CACHED}: both clients give such maps the same near cache
     * (BINARY, LRU, at most {@link #NEAR_CACHE_MAX_SIZE} entries, invalidated on change).
     */
    NearCached nearCached(String mapName);

    /** Maps matching this pattern have a near cache. */
    String NEAR_CACHED = "nc-*";
    int NEAR_CACHE_MAX_SIZE = 200_000;

    /** A near-cached map. */
    interface NearCached {
        Object get(Integer key);

        Map<?, ?> getAll(Set<Integer> keys);

        /** Entries in the near cache now; -1 if this client has no near cache for the map. */
        long nearCacheEntries();
    }

    /** The queue of that name, for the queue lines. */
    Items queue(String name);

    /** The set of that name, for the set lines. */
    Items set(String name);

    /** A queue or a set of {@code Integer}: the calls the queue and set lines make. */
    interface Items {
        /** offer for a queue, add for a set. */
        boolean add(Integer item);

        /** poll, waiting up to {@code timeoutMs} (0: not at all); sets do not poll. */
        Object poll(long timeoutMs) throws InterruptedException;

        void clear();
    }

    /** The query lines' calls, on {@link QueryBench#MAP}. */
    Queries queries();

    /** One call of each query line. */
    interface Queries {
        /** The values equal to {@code value} (an indexed equality predicate on {@code this}). */
        Object valuesEqual(int value);

        /** The sum of every value (integerSum of {@code this}). */
        Object sum();

        /** Every value, projected (singleAttribute {@code this}). */
        Object project();

        /** The read-only processor on every entry. */
        Object executeOnEntries();

        /**
         * The next page of {@link QueryBench#PAGE_SIZE} keys, in order; after the last page, a fresh paging predicate
         * starts again at page 0 (one thread only). Returns how many keys it read.
         */
        int nextPage();
    }

    /** The SQL lines' calls, over {@link QueryBench#MAP} (the member maps it when the run has SQL lines). */
    Sql sql();

    /** One call of each SQL line; each reads every column of every row. */
    interface Sql {
        /** {@link QueryBench#SQL_SELECT_ROWS}; returns how many rows it read. */
        int selectRows();

        /** {@link QueryBench#SQL_SELECT_BY_KEY} of that key; returns the value read. */
        Object selectByKey(int key);
    }

    @Override
    void close();

    /**
     * A second client of the same kind, connected to the CP cluster ({@link CpCluster}), for the CP lines: a client
     * belongs to one cluster, and the map lines' member (5.7.0) has no CP Subsystem.
     */
    interface Cp extends AutoCloseable {
        /** The AtomicLong of that name in the default CP group: each call of the answer is one incrementAndGet. */
        LongSupplier incrementer(String atomicLongName);

        /** The FencedLock of that name in the default CP group: each run of the answer is one lock() then unlock(). */
        Runnable lockUnlock(String lockName);

        @Override
        void close();
    }

    /** Connects a client of that kind to the CP cluster; returns once it is connected. */
    static Cp connectCp(String kind, String clusterName, List<String> addresses) {
        return switch (kind) {
            case "ours" -> OursTarget.connectCp(clusterName, addresses);
            case "official" -> OfficialTarget.connectCp(clusterName, addresses);
            default -> throw new IllegalArgumentException("unknown client " + kind);
        };
    }

    /** Connects; returns once the client is connected and its map proxy exists. */
    static Target connect(String kind, String clusterName, String address, String mapName) {
        return connect(kind, clusterName, List.of(address), mapName);
    }

    /**
     * Connects to the members at {@code addresses} (the three-member lines' cluster: each client with the
     * configuration of its map lines, smart routing included, its default on both clients); returns once the client is
     * connected and its map proxy exists.
     */
    static Target connect(String kind, String clusterName, List<String> addresses, String mapName) {
        return switch (kind) {
            case "ours" -> new OursTarget(clusterName, addresses, mapName);
            case "official" -> new OfficialTarget(clusterName, addresses, mapName);
            default -> throw new IllegalArgumentException("unknown client " + kind);
        };
    }
}
