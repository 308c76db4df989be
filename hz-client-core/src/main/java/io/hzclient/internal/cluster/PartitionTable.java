package io.hzclient.internal.cluster;

import io.hzclient.internal.serialization.Data;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The partition owners from the cluster view, replaced whole on each newer view. */
public final class PartitionTable implements PartitionService {
    private volatile int partitionCount;
    private volatile UUID[] owners = new UUID[0];
    private int version = -1;

    /** The partition count from authentication; the same across the cluster's whole life. */
    public void partitionCount(int count) {
        this.partitionCount = count;
    }

    @Override
    public int partitionCount() {
        return partitionCount;
    }

    @Override
    public int partitionId(Data key) {
        return partitionId(key.toByteArray());
    }

    @Override
    public int partitionId(byte[] keyBytes) {
        return partitionIdForHash(Data.partitionHash(keyBytes));
    }

    @Override
    public UUID owner(int partitionId) {
        UUID[] current = owners;
        return partitionId < current.length ? current[partitionId] : null;
    }

    /** Applies a partitions view if it is newer than the one we have. */
    public synchronized void apply(int viewVersion, Map<UUID, List<Integer>> partitionsByOwner) {
        if (viewVersion <= version) {
            return;
        }
        UUID[] next = new UUID[Math.max(partitionCount, maxPartition(partitionsByOwner) + 1)];
        partitionsByOwner.forEach((owner, ids) -> ids.forEach(id -> next[id] = owner));
        owners = next;
        version = viewVersion;
    }

    /** Forgets the view: the next one is taken whatever its version (a new or restarted cluster). */
    public synchronized void reset() {
        version = -1;
    }

    private static int maxPartition(Map<UUID, List<Integer>> partitions) {
        return partitions.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(-1);
    }
}
