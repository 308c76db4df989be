package io.hzclient.spring.cache;

import io.hzclient.ClientNotActiveException;
import io.hzclient.ClientOfflineException;
import io.hzclient.ClusterConnectException;
import io.hzclient.OperationTimeoutException;
import io.hzclient.TargetDisconnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Knows whether the cluster is reachable for the caches of one manager and logs one warning per outage: the first
 * call that fails because the cluster is unreachable warns, the first call that succeeds afterwards says it is back.
 */
final class OutageGuard {
    private static final Logger LOG = LoggerFactory.getLogger(HzCacheManager.class);

    private final BooleanSupplier connected;
    private final AtomicBoolean down = new AtomicBoolean();

    OutageGuard(BooleanSupplier connected) {
        this.connected = connected;
    }

    /** Fails fast, without a remote call, while the client has no connection. */
    void checkConnected() {
        if (!connected.getAsBoolean()) {
            throw new ClientOfflineException("the client has no connection to the cluster");
        }
    }

    /** Whether {@code e} means the cluster could not be reached in time (and not a bug, e.g. in serialization). */
    static boolean isUnreachable(Throwable e) {
        return e instanceof ClientOfflineException || e instanceof OperationTimeoutException
                || e instanceof TargetDisconnectedException || e instanceof ClusterConnectException
                || e instanceof ClientNotActiveException;
    }

    /** Records an unreachable cluster; warns if this starts an outage. */
    void unreachable(String cache, String operation, Throwable e) {
        if (down.compareAndSet(false, true)) {
            LOG.warn("Cache '{}': the cluster is unreachable ({} failed: {}). Until it is back, cache reads are misses "
                    + "and puts are skipped where the cache's policy allows it; this is logged once per outage.",
                    cache, operation, e.toString());
        }
    }

    /** Records a call that reached the cluster; says so if this ends an outage. */
    void reached() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("The cluster is reachable again: caching resumed.");
        }
    }

    boolean isDown() {
        return down.get();
    }
}
