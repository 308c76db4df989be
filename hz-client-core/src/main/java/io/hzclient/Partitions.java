package io.hzclient;

/** The partition table as the client sees it. */
public interface Partitions {

    /**
     * The number of partitions of the cluster.
     *
     * @return the partition count, 0 until the client has connected once
     */
    int getPartitionCount();

    /**
     * The partition a key belongs to, computed the way the members compute it (from the key's serialized form).
     *
     * @param key a key, as it would be given to a map
     * @return the partition id, from 0 to the partition count - 1
     * @throws NullPointerException if {@code key} is null
     * @throws SerializationException if the key cannot be serialized
     */
    int getPartitionId(Object key);

    /**
     * The member that owns a partition, as the last partition table the client received says.
     *
     * @param partitionId the partition
     * @return the owner, or null if not known yet
     */
    Member getPartitionOwner(int partitionId);
}
