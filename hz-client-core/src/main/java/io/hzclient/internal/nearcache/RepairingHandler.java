package io.hzclient.internal.nearcache;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One near-cached map's view of the members' invalidations, partition by partition ({@link PartitionMetadata}).
 * Every invalidation event passes through {@link #handle}; the store stamps each record with {@link #partitionUuid}
 * and {@link #sequence} when it reserves it, and asks {@link #isStale} before serving it.
 * <p>Thread-safe without locks: events arrive on listener threads, the repair task applies fetched metadata on the
 * scheduler, readers stamp and check on their own threads; each partition's metadata is swapped whole by CAS.
 */
final class RepairingHandler {
    /**
     * Test hook: events of the maps it accepts are dropped on arrival, as if the network had lost them, so tests can
     * show that the repair task finds the misses. Only tests set it, each for its own map names.
     */
    static volatile Predicate<String> dropInvalidationsOf = name -> false;

    private final String name;
    private final Invalidatable nearCache;
    /** This client's UUID: the members name it as the source of its own writes' invalidations. Null: none skipped. */
    private final UUID localUuid;
    private final PartitionService partitions;
    /** The map's name serialized: map-wide events (clear, evictAll) are numbered in its partition. */
    private final Data nameKey;
    private volatile AtomicReferenceArray<PartitionMetadata> metadata;

    RepairingHandler(String name, Invalidatable nearCache, PartitionService partitions, Data nameKey) {
        this(name, nearCache, partitions, nameKey, null);
    }

    RepairingHandler(String name, Invalidatable nearCache, PartitionService partitions, Data nameKey,
                     UUID localUuid) {
        this.name = name;
        this.nearCache = nearCache;
        this.localUuid = localUuid;
        this.partitions = partitions;
        this.nameKey = nameKey;
        this.metadata = unknown(partitions.partitionCount());
    }

    String name() {
        return name;
    }

    Invalidatable nearCache() {
        return nearCache;
    }

    /** Every invalidation event goes through here (a batch: entry by entry, in order). key null = whole map. */
    void handle(Data key, UUID sourceUuid, UUID partitionUuid, long sequence) {
        if (dropInvalidationsOf.test(name)) {
            return;
        }
        // Our own writes updated the near cache when they completed; their sequence numbers still count below.
        if (localUuid == null || !localUuid.equals(sourceUuid)) {
            if (key == null) {
                nearCache.clear();
            } else {
                nearCache.invalidate(key);
            }
        }
        int partitionId = partitions.partitionCount() == 0 ? -1 : partitions.partitionId(key == null ? nameKey : key);
        update(partitionId, m -> m.afterEvent(partitionUuid, sequence));
    }

    /**
     * The sequence to stamp a record with when it is reserved (before the remote read is sent). Read
     * {@link #partitionUuid} first: if the UUID changes in between, the record then carries the old UUID and is
     * dropped as stale, never the other way round.
     */
    long sequence(int partitionId) {
        PartitionMetadata m = metadata(partitionId);
        return m == null ? 0 : m.sequence();
    }

    /** The partition UUID to stamp a record with when it is reserved. */
    UUID partitionUuid(int partitionId) {
        PartitionMetadata m = metadata(partitionId);
        return m == null ? null : m.uuid();
    }

    /** A cached record is stale (must be dropped and counted as an invalidation) if this says so. */
    boolean isStale(int partitionId, UUID recordPartitionUuid, long recordSequence) {
        PartitionMetadata m = metadata(partitionId);
        return m == null || m.isStale(recordPartitionUuid, recordSequence);
    }

    /** A member's metadata for one partition it owns. */
    void applyFetched(int partitionId, UUID partitionUuid, long sequence) {
        update(partitionId, m -> m.afterFetch(partitionUuid, sequence));
    }

    /**
     * Partitions that missed more than {@code tolerated} invalidations get their records marked stale (all records
     * stamped before the current sequence) and their missed count reset. Returns how many were marked.
     */
    int markStaleWhereMissedMoreThan(int tolerated) {
        AtomicReferenceArray<PartitionMetadata> current = table();
        int marked = 0;
        for (int p = 0; p < current.length(); p++) {
            PartitionMetadata before;
            boolean mark;
            do {
                before = current.get(p);
                mark = before.missedCount() > tolerated;
            } while (mark && !current.compareAndSet(p, before, before.markedStale()));
            marked += mark ? 1 : 0;
        }
        return marked;
    }

    /**
     * Forgets everything known of the partitions (the client now talks to another cluster, maybe with another
     * partition count): records stamped before become stale as soon as a partition UUID is learned again.
     */
    void reset() {
        metadata = unknown(partitions.partitionCount());
    }

    /** This partition's metadata now; null if the partition id is out of range (treated as stale). */
    PartitionMetadata metadata(int partitionId) {
        AtomicReferenceArray<PartitionMetadata> current = table();
        if (partitionId < 0 || partitionId >= current.length()) {
            return null;
        }
        return current.get(partitionId);
    }

    private void update(int partitionId, UnaryOperator<PartitionMetadata> change) {
        AtomicReferenceArray<PartitionMetadata> current = table();
        if (partitionId < 0 || partitionId >= current.length()) {
            return;
        }
        PartitionMetadata before;
        PartitionMetadata after;
        do {
            before = current.get(partitionId);
            after = change.apply(before);
        } while (after != before && !current.compareAndSet(partitionId, before, after));
    }

    /** The metadata of every partition; sized once the partition count is known, if it was not at creation. */
    private AtomicReferenceArray<PartitionMetadata> table() {
        AtomicReferenceArray<PartitionMetadata> current = metadata;
        if (current.length() == 0 && partitions.partitionCount() > 0) {
            synchronized (this) {
                if (metadata.length() == 0) {
                    metadata = unknown(partitions.partitionCount());
                }
                current = metadata;
            }
        }
        return current;
    }

    private static AtomicReferenceArray<PartitionMetadata> unknown(int partitionCount) {
        AtomicReferenceArray<PartitionMetadata> array = new AtomicReferenceArray<>(partitionCount);
        for (int p = 0; p < partitionCount; p++) {
            array.set(p, PartitionMetadata.UNKNOWN);
        }
        return array;
    }

    @Override
    public String toString() {
        return "RepairingHandler{map=" + name + '}';
    }
}
