package io.hzclient.internal.cluster;

import io.hzclient.Member;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the client takes from a member: the checks on the partition count of an authentication, on a members view
 * and on a partitions view. Each failed check throws {@link RefusedAnnouncementException} naming the value and the
 * rule, before anything of the announcement is used.
 */
public final class AnnouncementRules {
    /**
     * The largest partition count taken. The member has no upper limit of its own ({@code hazelcast.partition.count},
     * 271 by default, is any int to it); real clusters stay in the thousands. The bound keeps a corrupt or hostile
     * count from sizing the client's per-partition arrays (partition table, near-cache metadata) to gigabytes.
     */
    public static final int MAX_PARTITION_COUNT = 65_536;

    private AnnouncementRules() {
    }

    /** A count announced at authentication: within 1..{@link #MAX_PARTITION_COUNT}. */
    public static void checkPartitionCount(int announced) {
        if (announced < 1 || announced > MAX_PARTITION_COUNT) {
            throw new RefusedAnnouncementException("its authentication announced partition count " + announced
                    + ", outside 1.." + MAX_PARTITION_COUNT);
        }
    }

    /** A member list: not empty, every member with a UUID and an address, no UUID twice. */
    public static void checkMembers(List<Member> members) {
        if (members.isEmpty()) {
            throw new RefusedAnnouncementException("lists no member");
        }
        Set<UUID> seen = new HashSet<>();
        for (Member m : members) {
            if (m.uuid() == null) {
                throw new RefusedAnnouncementException("lists member " + m.address() + " without a UUID");
            }
            if (m.address() == null) {
                throw new RefusedAnnouncementException("lists member " + m.uuid() + " without an address");
            }
            if (!seen.add(m.uuid())) {
                throw new RefusedAnnouncementException("lists member UUID " + m.uuid() + " twice");
            }
        }
    }

    /** A partition table: every owner a UUID, every partition id within [0, count), no id owned twice. */
    public static void checkPartitions(Map<UUID, List<Integer>> partitionsByOwner, int partitionCount) {
        BitSet owned = new BitSet(partitionCount);
        for (Map.Entry<UUID, List<Integer>> entry : partitionsByOwner.entrySet()) {
            if (entry.getKey() == null) {
                throw new RefusedAnnouncementException("gives partitions " + abbreviate(entry.getValue())
                        + " to an owner without a UUID");
            }
            for (Integer id : entry.getValue()) {
                if (id == null || id < 0 || id >= partitionCount) {
                    throw new RefusedAnnouncementException("gives partition id " + id + " to " + entry.getKey()
                            + ", outside [0, " + partitionCount + ")");
                }
                if (owned.get(id)) {
                    throw new RefusedAnnouncementException("gives partition " + id + " an owner twice (the second time "
                            + entry.getKey() + ")");
                }
                owned.set(id);
            }
        }
    }

    private static String abbreviate(List<Integer> ids) {
        return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10) + " and " + (ids.size() - 10) + " more";
    }
}
