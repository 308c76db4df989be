package io.hzclient.spring.cache;

import io.hzclient.OperationTimeoutException;
import io.hzclient.map.HzMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The calls of one cache to its map: each with a timeout, and with the outage policy applied (an unreachable
 * cluster gives the caller's fallback instead of a failure when it tolerates that). The map is obtained from the
 * client on first use, never while the client is offline.
 */
final class ClusterCalls {
    private static final Logger LOG = LoggerFactory.getLogger(HzCache.class);

    private final String cacheName;
    private final String mapName;
    private final Function<String, HzMap<String, Object>> maps;
    private final OutageGuard guard;
    private volatile @Nullable HzMap<String, Object> map;

    ClusterCalls(String cacheName, String mapName, Function<String, HzMap<String, Object>> maps, OutageGuard guard) {
        this.cacheName = cacheName;
        this.mapName = mapName;
        this.maps = maps;
        this.guard = guard;
    }

    boolean hasMap() {
        return map != null;
    }

    HzMap<String, Object> map() {
        HzMap<String, Object> m = map;
        if (m == null) {
            synchronized (this) {
                m = map;
                if (m == null) {
                    guard.checkConnected();
                    m = maps.apply(mapName);
                    map = m;
                }
            }
        }
        return m;
    }

    /**
     * Runs {@code call} on the map with a timeout. The returned future has its value; or {@code fallback} when the
     * cluster was unreachable and {@code tolerate} is on; or the failure (an unanswered call fails with
     * {@link OperationTimeoutException}). Continuations never run on the JDK's timeout thread.
     */
    CompletableFuture<Object> call(String operation, Duration timeout, boolean tolerate,
                                   Function<HzMap<String, Object>, ? extends CompletableFuture<?>> call,
                                   @Nullable Object fallback) {
        CompletableFuture<?> future;
        try {
            guard.checkConnected();
            HzMap<String, Object> m = map;
            future = m != null ? call.apply(m).copy()
                    // the first call gets the map (a blocking remote call) off the caller's thread: never block an
                    // event loop that calls retrieve
                    : CompletableFuture.supplyAsync(this::map, ForkJoinPool.commonPool())
                            .thenCompose(first -> call.apply(first).thenApply(value -> (Object) value));
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Object> out = new CompletableFuture<>();
        future.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).whenComplete((value, e) -> {
            if (e != null && cause(e) instanceof TimeoutException) {
                ForkJoinPool.commonPool().execute(() -> settle(out, operation, timeout, tolerate, fallback, null, e));
            } else {
                settle(out, operation, timeout, tolerate, fallback, value, e);
            }
        });
        return out;
    }

    /** Takes the map's lock of the key for the calling thread; false if the cluster is unreachable and tolerated. */
    boolean tryLock(String key, Duration wait, Duration lease, boolean tolerate) {
        try {
            guard.checkConnected();
            boolean locked = map().tryLock(key, wait, lease);
            guard.reached();
            return locked;
        } catch (RuntimeException e) {
            if (tolerate && OutageGuard.isUnreachable(e)) {
                guard.unreachable(cacheName, "lock", e);
                return false;
            }
            throw e;
        }
    }

    void unlock(String key) {
        try {
            map().unlock(key);
        } catch (RuntimeException e) {
            LOG.debug("Cache '{}': could not unlock a key; its lease frees it: {}", cacheName, e.toString());
        }
    }

    private void settle(CompletableFuture<Object> out, String operation, Duration timeout, boolean tolerate,
                        @Nullable Object fallback, @Nullable Object value, @Nullable Throwable e) {
        if (e == null) {
            guard.reached();
            out.complete(value);
            return;
        }
        Throwable c = cause(e);
        if (c instanceof TimeoutException) {
            c = new OperationTimeoutException("Cache '" + cacheName + "': " + operation + " on map '" + mapName
                    + "' got no answer within " + timeout + " (the cache's timeout)");
        }
        if (tolerate && OutageGuard.isUnreachable(c)) {
            guard.unreachable(cacheName, operation, c);
            out.complete(fallback);
        } else {
            out.completeExceptionally(c);
        }
    }

    static Throwable cause(Throwable e) {
        Throwable c = e;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** Waits for the future; throws its failure as it is (not wrapped in a CompletionException). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable c = cause(e);
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
