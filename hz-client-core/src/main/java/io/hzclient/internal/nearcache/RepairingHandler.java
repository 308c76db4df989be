package io.hzclient.internal.nearcache;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One near-cached map's view of the members' invalidations, partition by partition ({@link PartitionMetadata}).
 * Every invalidation event passes through {@link #handle}; the store takes a {@link #stamp} for each record when it
 * reserves it, and asks {@link #isStale} before serving it. A partition whose UUID is not known yet gives no stamp:
 * its keys are read without caching until the metadata arrives (see {@link #stamp}).
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
    /** Told when a record could not be stamped because its partition's UUID is unknown: the metadata is wanted. */
    private final Runnable metadataWanted;
    private volatile AtomicReferenceArray<PartitionMetadata> metadata;
    /**
     * The latest stamp handed out per partition, so that the records reserved between two events of a partition
     * share one. A plain array read and written racily: a lost update only costs a new stamp.
     */
    private RepairStamp[] stamps = new RepairStamp[0];

    RepairingHandler(String name, Invalidatable nearCache, PartitionService partitions, Data nameKey) {
        this(name, nearCache, partitions, nameKey, null, () -> { });
    }

    RepairingHandler(String name, Invalidatable nearCache, PartitionService partitions, Data nameKey,
                     UUID localUuid) {
        this(name, nearCache, partitions, nameKey, localUuid, () -> { });
    }

    /**
     * @param metadataWanted run (on the reading thread, so it must be quick) when a partition's UUID was asked for
     *                       a stamp and is unknown
     */
    RepairingHandler(String name, Invalidatable nearCache, PartitionService partitions, Data nameKey,
                     UUID localUuid, Runnable metadataWanted) {
        this.name = name;
        this.nearCache = nearCache;
        this.localUuid = localUuid;
        this.partitions = partitions;
        this.nameKey = nameKey;
        this.metadataWanted = metadataWanted;
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
     * What a record of this partition reserved now (before its remote read is sent) is stamped with: the partition's
     * UUID and the last invalidation sequence seen, of one moment. Null if the partition's UUID is not known (no
     * metadata fetched and no event seen for it since the start or a {@link #reset}): a record stamped without it
     * could not be told apart later from one that missed invalidations, so none is made, and the repair task is
     * asked for the metadata. Once known, only a new UUID or missed invalidations make the record stale: the events
     * of other keys, this client's writes' included, only move the sequence on.
     */
    RepairStamp stamp(int partitionId) {
        PartitionMetadata m = metadata(partitionId);
        if (m == null || m.uuid() == null) {
            metadataWanted.run();
            return null;
        }
        RepairStamp[] cache = stamps;
        if (partitionId >= cache.length) {
            cache = new RepairStamp[table().length()];
            stamps = cache;
        }
        RepairStamp last = cache[partitionId];
        if (last != null && last.sequence() == m.sequence() && last.partitionUuid().equals(m.uuid())) {
            return last;
        }
        RepairStamp fresh = new RepairStamp(partitionId, m.uuid(), m.sequence());
        cache[partitionId] = fresh;
        return fresh;
    }

    /** The last sequence seen in the partition (0 if none). */
    long sequence(int partitionId) {
        PartitionMetadata m = metadata(partitionId);
        return m == null ? 0 : m.sequence();
    }

    /** The partition's UUID on the members, or null if not known yet. */
    UUID partitionUuid(int partitionId) {
        PartitionMetadata m = metadata(partitionId);
        return m == null ? null : m.uuid();
    }

    /** A cached record is stale (must be dropped and counted as an invalidation) if this says so. */
    boolean isStale(RepairStamp stamp) {
        return isStale(stamp.partitionId(), stamp.partitionUuid(), stamp.sequence());
    }

    /** Whether a record stamped with this UUID (null: none known then) and sequence is stale now. */
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
     * partition count): records stamped before are stale from now on, and none is stamped until the partition's
     * UUID is learned again.
     */
    void reset() {
        metadata = unknown(partitions.partitionCount());
        stamps = new RepairStamp[0];
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
