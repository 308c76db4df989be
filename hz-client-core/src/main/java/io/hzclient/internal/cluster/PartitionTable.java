package io.hzclient.internal.cluster;

import io.hzclient.internal.serialization.Data;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The partition owners from the cluster view, replaced whole on each newer view that passes the checks. */
public final class PartitionTable implements PartitionService {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionTable.class);

    private volatile int partitionCount;
    private volatile UUID[] owners = new UUID[0];
    private int version = -1;

    /**
     * Takes the partition count a member announced at authentication. The first count taken stays for the client's
     * whole life (keys hash to partitions by it, near caches size their metadata by it): a member, even of a new
     * cluster, that announces another is refused, as is a count outside 1..{@link AnnouncementRules#MAX_PARTITION_COUNT}.
     *
     * @throws RefusedAnnouncementException naming the announced count and why it is refused
     */
    public synchronized void fixPartitionCount(int announced) {
        AnnouncementRules.checkPartitionCount(announced);
        if (partitionCount != 0 && partitionCount != announced) {
            throw new RefusedAnnouncementException("its authentication announced partition count " + announced
                    + ", but the cluster has " + partitionCount + " partitions (the count of the first member the"
                    + " client authenticated with)");
        }
        partitionCount = announced;
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
        return partitionId >= 0 && partitionId < current.length ? current[partitionId] : null;
    }

    /**
     * Applies a partitions view if it is newer than the one we have. A view whose owners are not all in the member
     * list is not applied, without blame: the member's own partition table may still name a member that has just
     * left, and the member's next view corrects it.
     *
     * @return whether the view was applied
     * @throws RefusedAnnouncementException if the view breaks {@link AnnouncementRules#checkPartitions}; the table
     *                                      is left as it was
     */
    public synchronized boolean apply(int viewVersion, Map<UUID, List<Integer>> partitionsByOwner,
                                      Predicate<UUID> isMember) {
        int count = partitionCount;
        AnnouncementRules.checkPartitions(partitionsByOwner, count);
        if (viewVersion <= version) {
            return false;
        }
        for (UUID owner : partitionsByOwner.keySet()) {
            if (!isMember.test(owner)) {
                LOG.info("Partitions view version {} not applied: owner {} is not in the member list (a member that"
                        + " has just left, or a member's mistake); the client keeps the partition table it has",
                        viewVersion, owner);
                return false;
            }
        }
        UUID[] next = new UUID[count];
        partitionsByOwner.forEach((owner, ids) -> ids.forEach(id -> next[id] = owner));
        owners = next;
        version = viewVersion;
        return true;
    }

    /** Forgets the view: the next one is taken whatever its version (a new or restarted cluster). */
    public synchronized void reset() {
        version = -1;
    }
}
