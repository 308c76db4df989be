package io.hzclient.internal.nearcache;

import java.util.UUID;

/**
 * What a record is stamped with when reserved, to tell later whether an invalidation it never heard of may have
 * made it stale. Immutable, so one instance serves every record reserved in the partition until the sequence moves.
 */
record RepairStamp(int partitionId, UUID partitionUuid, long sequence) {
}
