package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/**
 * PLACEHOLDER (nc-core's minimal stand-in for nc-repair's class of the same name and signatures; replaced at merge).
 * It applies every invalidation that another client or a member caused, and never finds an entry stale.
 */
final class RepairingHandler {
    private final UUID localUuid;
    private final Invalidatable nearCache;

    RepairingHandler(UUID localUuid, Invalidatable nearCache) {
        this.localUuid = localUuid;
        this.nearCache = nearCache;
    }

    /** Every invalidation event goes through here (a batch: entry by entry, in order). key null = whole map. */
    void handle(Data key, UUID sourceUuid, UUID partitionUuid, long sequence) {
        if (localUuid.equals(sourceUuid)) {
            return; // this client's own write: its near cache was updated when the write completed
        }
        if (key == null) {
            nearCache.clear();
        } else {
            nearCache.invalidate(key);
        }
    }

    /** Stamp a record with these when it is reserved (before the remote read is sent). */
    long sequence(int partitionId) {
        return 0;
    }

    UUID partitionUuid(int partitionId) {
        return null;
    }

    /** A cached record is stale (must be dropped and counted as an invalidation) if this says so. */
    boolean isStale(int partitionId, UUID recordPartitionUuid, long recordSequence) {
        return false;
    }
}
