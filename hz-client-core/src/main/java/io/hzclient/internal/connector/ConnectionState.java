package io.hzclient.internal.connector;

import io.hzclient.ClusterConnectException;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ReconnectMode;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import io.hzclient.internal.invocation.ConnectionLookup;
import io.hzclient.internal.lifecycle.LifecycleService;
import io.hzclient.internal.metrics.ClientCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the client is active and connected to the cluster, and what follows when that changes: the CONNECTED
 * and DISCONNECTED lifecycle events, a new cluster noticed, the wait for the first member list. It is also what
 * the invocation layer asks when it routes a call: the registry's connections, and whether to fail at once while
 * disconnected. Changes come from the connector thread only.
 */
public final class ConnectionState implements ConnectionLookup {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionState.class);

    private final ConnectionRegistry registry;
    private final LifecycleService lifecycle;
    private final ClientCounters counters;
    private final ReconnectMode reconnectMode;
    private final boolean asyncStart;
    private final Runnable onNewCluster;

    private volatile boolean active = true;
    private volatile boolean connectedOnce;
    private volatile boolean connected;
    private volatile UUID clusterId;
    private volatile long connectedSinceNanos;
    private volatile CompletableFuture<Void> memberList = new CompletableFuture<>();

    /** {@code onNewCluster} runs when the client connects to a cluster other than the one it was connected to. */
    public ConnectionState(ClientConfig config, ConnectionRegistry registry, LifecycleService lifecycle,
                           ClientCounters counters, Runnable onNewCluster) {
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.counters = counters;
        this.reconnectMode = config.reconnectMode();
        this.asyncStart = config.asyncStart();
        this.onNewCluster = onNewCluster;
    }

    public ConnectionRegistry registry() {
        return registry;
    }

    @Override
    public Connection connectionTo(UUID memberUuid) {
        return registry.connectionTo(memberUuid);
    }

    @Override
    public Connection anyConnection() {
        return registry.anyConnection();
    }

    @Override
    public boolean failFastWhenDisconnected() {
        return !connected && (reconnectMode == ReconnectMode.ASYNC || (asyncStart && !connectedOnce));
    }

    @Override
    public boolean isClientActive() {
        return active;
    }

    /** True while the client has at least one authenticated connection to the cluster. */
    public boolean isConnected() {
        return connected;
    }

    /** The client is shutting down: nothing connects any more. */
    void deactivate() {
        active = false;
    }

    /** A connection was admitted; the first one since none makes the client connected (maybe to a new cluster). */
    void connectionAdmitted(UUID clusterOfConnection) {
        if (connected) {
            return;
        }
        boolean newCluster = clusterId != null && !clusterId.equals(clusterOfConnection);
        clusterId = clusterOfConnection;
        if (connectedOnce) {
            counters.reconnects.increment();
        }
        connected = true;
        connectedOnce = true;
        connectedSinceNanos = System.nanoTime();
        if (newCluster) {
            LOG.info("Connected to a new cluster {} (was another before): state the old cluster held is reset",
                    clusterOfConnection);
            onNewCluster.run();
        }
        lifecycle.fire(LifecycleState.CONNECTED);
    }

    /** The last connection closed: whoever waits for a member list through it is told why none came. */
    void disconnected(Connection last, String reason) {
        connected = false;
        CompletableFuture<Void> lostList = memberList;
        memberList = new CompletableFuture<>(); // replaced before the old one fails: its waiter takes the new one
        lostList.completeExceptionally(new ClusterConnectException("the connection to " + last.address()
                + " was closed before its member list came (" + reason + ")"));
        lifecycle.fire(LifecycleState.DISCONNECTED);
    }

    /** How long the client had been connected when it was last disconnected (or has been, while connected). */
    long connectedForNanos() {
        return System.nanoTime() - connectedSinceNanos;
    }

    void memberListArrived() {
        memberList.complete(null);
    }

    /**
     * Waits (up to {@code timeoutMillis}) for a member list. A connection lost or refused before its list came
     * fails the future it was awaited on; the reconnect that follows may still bring one in time.
     */
    void awaitMemberList(long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            try {
                memberList.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                LOG.warn("The member list did not arrive in time; calls go to any member until it does");
                return;
            } catch (ExecutionException e) {
                if (!active || System.nanoTime() >= deadline) {
                    LOG.warn("No member list yet: {}", e.getCause().getMessage());
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
