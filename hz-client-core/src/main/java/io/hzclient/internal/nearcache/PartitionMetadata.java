package io.hzclient.internal.nearcache;

import java.util.UUID;

/**
 * What a near cache knows of one partition's invalidations: the partition's UUID on the members (a new one means
 * the partition lost its data or history, e.g. its owner died), the last invalidation sequence seen, the sequence
 * below which cached records are stale, and how many invalidations were missed since that was last set.
 * <p>Immutable: each change makes a new one, swapped in with a compare-and-set, so a reader sees the four fields
 * of one moment and nobody takes a lock.
 */
record PartitionMetadata(UUID uuid, long sequence, long staleSequence, long missedCount) {
    static final PartitionMetadata UNKNOWN = new PartitionMetadata(null, 0, 0, 0);

    /**
     * An invalidation event numbered {@code next}: the numbers in between were missed. A new partition UUID starts
     * afresh at that number; records stamped with the old UUID are stale anyway, so nothing is counted as missed.
     */
    PartitionMetadata afterEvent(UUID partitionUuid, long next) {
        if (partitionUuid == null) {
            return this;
        }
        if (!partitionUuid.equals(uuid)) {
            return new PartitionMetadata(partitionUuid, next, 0, 0);
        }
        if (next <= sequence) {
            return this; // a duplicate, or overtaken by a metadata fetch
        }
        return new PartitionMetadata(uuid, next, staleSequence, missedCount + (next - sequence - 1));
    }

    /**
     * The member's metadata: every sequence up to {@code memberSequence} was sent, so those not seen yet were
     * missed (or are still on their way: then they count anyway, erring on the side of dropping entries).
     */
    PartitionMetadata afterFetch(UUID partitionUuid, long memberSequence) {
        if (partitionUuid == null) {
            return this;
        }
        if (!partitionUuid.equals(uuid)) {
            return new PartitionMetadata(partitionUuid, memberSequence, 0, 0);
        }
        if (memberSequence <= sequence) {
            return this;
        }
        return new PartitionMetadata(uuid, memberSequence, staleSequence, missedCount + (memberSequence - sequence));
    }

    /** Every record stamped before the current sequence becomes stale; the missed count starts again. */
    PartitionMetadata markedStale() {
        return new PartitionMetadata(uuid, sequence, Math.max(staleSequence, sequence), 0);
    }

    /**
     * A record stamped with this UUID and sequence may hold a value older than a change we did not hear of. A record
     * stamped without a UUID (none was known) is stale whatever is known now.
     */
    boolean isStale(UUID recordUuid, long recordSequence) {
        return recordUuid == null || !recordUuid.equals(uuid) || recordSequence < staleSequence;
    }
}
