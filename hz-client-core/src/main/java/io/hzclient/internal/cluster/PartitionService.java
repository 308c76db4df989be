package io.hzclient.internal.cluster;

import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/** The partition table as the client last saw it. */
public interface PartitionService {

    /** 0 until the client has connected once. */
    int partitionCount();

    /** The partition of a serialized key: Murmur3 of its payload, as the members compute it. */
    int partitionId(Data key);

    /** {@link #partitionId(Data)} of the bytes a Data of the key would wrap. */
    default int partitionId(byte[] keyBytes) {
        return partitionId(Data.of(keyBytes));
    }

    /** The partition of a key whose Data has this partition hash ({@link Data#partitionHash()}). */
    default int partitionIdForHash(int hash) {
        int count = partitionCount();
        if (count == 0) {
            throw new IllegalStateException("the partition count is not known before the client has connected");
        }
        return hash == Integer.MIN_VALUE ? 0 : Math.abs(hash) % count;
    }

    /** The owner member's UUID, or null if not known yet. */
    UUID owner(int partitionId);
}
