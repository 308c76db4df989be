package io.hzclient.internal.nearcache;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.invocation.Futures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.hzclient.internal.listener.OrderedExecutor.daemonThreads;

/**
 * The client's near caches, one per map that has a {@link NearCacheConfig}: made when the map's proxy is made,
 * listening for the map's invalidations, and gone with the proxy or the client. One scheduler thread, started with
 * the first near cache, runs the expiry sweep and the repair task.
 */
public final class NearCacheManager {
    private static final Logger LOG = LoggerFactory.getLogger(NearCacheManager.class);
    static final long SWEEP_INTERVAL_SECONDS = 5;

    private final ClientConfig config;
    private final ClientContext context;
    private final ClientCounters counters;
    private final UUID clientUuid;
    private final Map<String, Registered> caches = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private RepairingTask repairing;
    private boolean shutDown;

    public NearCacheManager(ClientConfig config, ClientContext context, ClientCounters counters, UUID clientUuid) {
        this.config = config;
        this.context = context;
        this.counters = counters;
        this.clientUuid = clientUuid;
    }

    /**
     * The near cache of this map, or null if no near cache is configured for its name. Waits until the invalidation
     * listener is registered, so that nothing is cached that a missed invalidation could leave stale.
     */
    public NearCache create(String mapName) {
        NearCacheConfig nearCacheConfig = config.nearCacheConfig(mapName);
        if (nearCacheConfig == null) {
            return null;
        }
        destroy(mapName); // a near cache made before for this name: its repair registration must go first
        NearCache nearCache = new NearCache(mapName, nearCacheConfig, context.serialization(), context.partitions());
        UUID listenerId = null;
        if (nearCacheConfig.invalidateOnChange()) {
            RepairingTask task = started();
            RepairingHandler handler = task.register(mapName, nearCache);
            nearCache.useRepair(handler);
            try {
                listenerId = Futures.join(context.listeners().register(new NearCacheInvalidationCodec(mapName),
                        event -> NearCacheInvalidationCodec.decode(event, handler::handle)));
            } catch (RuntimeException e) {
                task.deregister(mapName);
                throw e;
            }
        } else {
            started();
        }
        caches.put(mapName, new Registered(nearCache, listenerId));
        counters.nearCacheCreated(mapName, nearCache.stats());
        return nearCache;
    }

    /** Invalidation listeners registered now: the client's, not the user's, so the listener gauge leaves them out. */
    public long listenerCount() {
        return caches.values().stream().filter(r -> r.listenerId != null).count();
    }

    /** The map was destroyed: its near cache and its listener go. */
    public void destroy(String mapName) {
        Registered r = caches.remove(mapName);
        if (r != null) {
            release(mapName, r);
        }
    }

    private void release(String mapName, Registered r) {
        if (r.listenerId != null) {
            context.listeners().deregister(r.listenerId);
            repairing.deregister(mapName);
        }
        r.nearCache.destroy();
        counters.nearCacheDestroyed(mapName);
    }

    /** The client shuts down: every near cache goes (its listeners go with the connections), threads stop. */
    public synchronized void shutdown() {
        shutDown = true;
        caches.forEach((name, r) -> {
            r.nearCache.destroy();
            counters.nearCacheDestroyed(name);
        });
        caches.clear();
        if (repairing != null) {
            repairing.shutdown();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private synchronized RepairingTask started() {
        if (shutDown) {
            throw new IllegalStateException("the client is shut down");
        }
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("hz.client.near-cache"));
            scheduler.scheduleWithFixedDelay(this::sweep, SWEEP_INTERVAL_SECONDS, SWEEP_INTERVAL_SECONDS,
                    TimeUnit.SECONDS);
            repairing = new RepairingTask(config.nearCacheRepair(), context, scheduler, clientUuid);
            context.onClusterChange(this::clearUnrepaired);
        }
        return repairing;
    }

    /**
     * Another cluster now: near caches without invalidations have no repair task to clear them (it clears the
     * others), yet their entries belong to the old cluster.
     */
    private void clearUnrepaired() {
        for (Registered r : caches.values()) {
            if (r.listenerId == null) {
                r.nearCache.clear();
            }
        }
    }

    private void sweep() {
        for (Registered r : caches.values()) {
            try {
                r.nearCache.sweepExpired();
            } catch (RuntimeException e) {
                LOG.warn("The expiry sweep of the near cache of map {} failed", r.nearCache.mapName(), e);
            }
        }
    }

    private record Registered(NearCache nearCache, UUID listenerId) {
    }
}
