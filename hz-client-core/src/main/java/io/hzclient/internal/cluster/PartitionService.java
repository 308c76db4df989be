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

    /** The owner member's UUID, or null if not known yet. */
    UUID owner(int partitionId);
}
