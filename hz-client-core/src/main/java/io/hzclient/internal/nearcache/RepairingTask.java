package io.hzclient.internal.nearcache;

import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.internal.proxy.ClientContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds the invalidations the near caches of one client missed, and drops what they may have made stale. Every
 * {@link NearCacheRepairConfig#reconciliationInterval()} it fetches the invalidation metadata of every near-cached
 * map from the members: a partition whose UUID changed has its records stale at once; sequences the members sent
 * but we never saw count as missed, and a partition that missed more than
 * {@link NearCacheRepairConfig#maxToleratedMissCount()} has every record stamped before now marked stale. Misses
 * seen as gaps between event sequences are checked more often, every second at most.
 * <p>When the client connects to another cluster (a new cluster id: a full restart) every near cache is cleared.
 */
final class RepairingTask {
    private static final Logger LOG = LoggerFactory.getLogger(RepairingTask.class);
    private static final Duration MAX_TICK = Duration.ofSeconds(1);
    /**
     * How long one round waits for the members' answers (the next round starts no earlier), and register() for the
     * first metadata: a near cache starts without the answers that take longer.
     */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final NearCacheRepairConfig config;
    private final ClientContext context;
    private final ScheduledExecutorService scheduler;
    private final MetadataFetcher fetcher;
    private final UUID localUuid;
    private final Map<String, RepairingHandler> handlers = new ConcurrentHashMap<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean fetching = new AtomicBoolean();
    private volatile boolean shutdown;
    private volatile ScheduledFuture<?> ticks;
    private volatile long lastFetchNanos;
    /** When the last fetch asked for by {@link #fetchSoon} started; the first may start at once. */
    private volatile long lastWantedFetchNanos = System.nanoTime() - MAX_TICK.toNanos();

    RepairingTask(NearCacheRepairConfig config, ClientContext context, ScheduledExecutorService scheduler) {
        this(config, context, scheduler, null);
    }

    /**
     * @param localUuid this client's UUID: invalidations its own writes caused are not applied again (the near cache
     *                  did it when the write completed); null applies them all
     */
    RepairingTask(NearCacheRepairConfig config, ClientContext context, ScheduledExecutorService scheduler,
                  UUID localUuid) {
        this.config = config;
        this.localUuid = localUuid;
        this.context = context;
        this.scheduler = scheduler;
        this.fetcher = new MetadataFetcher(context.invocations(), context.partitions(), context::dataMembers);
        context.onClusterChange(this::clusterChanged);
    }

    /**
     * Starts repair for a new near cache: fetches initial metadata (best effort), returns its handler. Partitions
     * left without metadata (a member did not answer, the partition table was not known yet) are fetched again as
     * soon as the near cache needs them ({@link #fetchSoon}).
     */
    RepairingHandler register(String mapName, Invalidatable nearCache) {
        RepairingHandler handler = new RepairingHandler(mapName, nearCache, context.partitions(),
                context.serialization().toData(mapName), localUuid, this::fetchSoon);
        initialMetadata(handler);
        handlers.put(mapName, handler);
        if (started.compareAndSet(false, true)) {
            start();
        }
        return handler;
    }

    void deregister(String mapName) {
        handlers.remove(mapName);
    }

    void shutdown() {
        shutdown = true;
        ScheduledFuture<?> t = ticks;
        if (t != null) {
            t.cancel(false);
        }
        handlers.clear();
    }

    /** The client now talks to another cluster: nothing cached from the old one may be served. */
    void clusterChanged() {
        handlers.values().forEach(handler -> {
            handler.reset(); // first: records stamped from now on wait for the new cluster's UUIDs
            handler.nearCache().clear();
        });
        lastFetchNanos = System.nanoTime() - config.reconciliationInterval().toNanos(); // fetch at the next tick
        LOG.info("Connected to another cluster: every near cache was cleared");
    }

    /** The handlers registered now, by map name (for tests). */
    Map<String, RepairingHandler> handlers() {
        return handlers;
    }

    /** A fresh near cache takes the members' current sequences, so older events are not counted as missed. */
    private void initialMetadata(RepairingHandler handler) {
        try {
            // Applied where the answers complete: the handler is not in use yet, and the caller waits for it.
            fetcher.fetchAndApply(Map.of(handler.name(), handler), Runnable::run, FETCH_TIMEOUT).join();
        } catch (RuntimeException e) {
            LOG.debug("No initial invalidation metadata for the near cache of {}: {}", handler.name(), e.toString());
        }
    }

    private void start() {
        lastFetchNanos = System.nanoTime();
        long tick = Math.min(config.reconciliationInterval().toMillis(), MAX_TICK.toMillis());
        try {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Near cache repair not started: the client is shutting down");
        }
    }

    private void tick() {
        if (shutdown || handlers.isEmpty()) {
            return;
        }
        try {
            if (System.nanoTime() - lastFetchNanos >= config.reconciliationInterval().toNanos()
                    && fetching.compareAndSet(false, true)) {
                lastFetchNanos = System.nanoTime();
                round();
            } else {
                markStale();
            }
        } catch (RuntimeException e) {
            LOG.warn("Near cache repair failed this round; it runs again at the next", e);
        }
    }

    /**
     * A near cache met a partition whose metadata it does not have, so it reads that partition's keys without
     * caching them: a round starts now on the scheduler, unless one is running or the last one asked for this way
     * started less than a second ago (a member that does not answer must not be asked on every read).
     */
    void fetchSoon() {
        long now = System.nanoTime();
        if (shutdown || now - lastWantedFetchNanos < MAX_TICK.toNanos() || !fetching.compareAndSet(false, true)) {
            return;
        }
        lastWantedFetchNanos = now;
        try {
            scheduler.execute(this::round);
        } catch (RejectedExecutionException e) {
            fetching.set(false); // shutting down
        }
    }

    /** One round started by a caller that set {@code fetching}, which is cleared when it ends, however it ends. */
    private void round() {
        try {
            fetchAndRepair().whenComplete((done, e) -> fetching.set(false));
        } catch (RuntimeException e) {
            fetching.set(false);
            LOG.warn("Near cache repair failed this round; it runs again at the next", e);
        }
    }

    /** One round: every member's metadata, applied, then the partitions that missed too much marked stale. */
    CompletableFuture<Void> fetchAndRepair() {
        return fetcher.fetchAndApply(Map.copyOf(handlers), this::runOnScheduler, FETCH_TIMEOUT)
                .thenRunAsync(this::markStale, this::runOnScheduler);
    }

    private void markStale() {
        int tolerated = config.maxToleratedMissCount();
        for (RepairingHandler handler : handlers.values()) {
            int marked = handler.markStaleWhereMissedMoreThan(tolerated);
            if (marked > 0) {
                LOG.debug("Near cache of {}: {} partitions missed more than {} invalidations, their entries dropped",
                        handler.name(), marked, tolerated);
            }
        }
    }

    /** Off the event loop the answers complete on; inline if the scheduler is gone (shutting down), so rounds end. */
    private void runOnScheduler(Runnable r) {
        try {
            scheduler.execute(r);
        } catch (RejectedExecutionException e) {
            r.run();
        }
    }
}
