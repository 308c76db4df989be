package io.hzclient;

/** The partition table as the client sees it. */
public interface Partitions {

    /** 0 until the client has connected once. */
    int getPartitionCount();

    /** The partition a key belongs to, computed the way the members compute it. */
    int getPartitionId(Object key);

    /** The member that owns the partition, or null if not known yet. */
    Member getPartitionOwner(int partitionId);
}
