package io.hzclient.internal.nearcache;

import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.internal.proxy.ClientContext;

import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;

/**
 * PLACEHOLDER (nc-core's minimal stand-in for nc-repair's class of the same name; replaced at merge). One per
 * client; the real one fetches invalidation metadata and repairs periodically, this one only hands out handlers.
 */
final class RepairingTask {
    private final UUID localUuid;

    RepairingTask(NearCacheRepairConfig config, ClientContext context, ScheduledExecutorService scheduler,
                  UUID localUuid) {
        this.localUuid = localUuid;
    }

    /** Starts repair for a new near cache: fetches initial metadata (best effort), returns its handler. */
    RepairingHandler register(String mapName, Invalidatable nearCache) {
        return new RepairingHandler(localUuid, nearCache);
    }

    void deregister(String mapName) {
    }

    void shutdown() {
    }
}
