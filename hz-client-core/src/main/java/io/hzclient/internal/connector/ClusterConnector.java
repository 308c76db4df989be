package io.hzclient.internal.connector;

import io.hzclient.AuthenticationException;
import io.hzclient.ClientNotActiveException;
import io.hzclient.ClusterConnectException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ConnectionRetryConfig;
import io.hzclient.config.MemberAddress;
import io.hzclient.config.ReconnectMode;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.discovery.AddressTranslator;
import io.hzclient.internal.discovery.CloudDiscoveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.hzclient.internal.connector.ConnectionEstablisher.describe;
import static io.hzclient.internal.listener.OrderedExecutor.daemonThreads;

/**
 * Reaches the cluster: tries every candidate address, round after round with backoff, until one connection is
 * admitted or the cluster connect timeout is spent; after the last connection is lost, does it again as the
 * reconnect mode says. The loop blocks, so it runs on the caller's thread (start) or on a thread of its own.
 */
final class ClusterConnector {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterConnector.class);

    private final ClientConfig config;
    private final ConnectionEstablisher establisher;
    private final ConnectionState state;
    private final ClusterService cluster;
    private final MemberRefusals refusals;
    private final ConnectorThread connectorThread;
    private final Runnable shutdownClient;
    private final AddressTranslator translator;
    private final ExecutorService loopThread =
            Executors.newSingleThreadExecutor(daemonThreads("hz.client.cluster-connector"));
    /** Reconnects in a row whose connection died within a second: each waits longer, so a bad peer is no busy loop. */
    private volatile int quickDrops;
    /** Why the background connect gave up and shut the client down; null while it has not. */
    private volatile RuntimeException gaveUpCause;

    ClusterConnector(ClientConfig config, ConnectionEstablisher establisher, ConnectionState state,
                     ClusterService cluster, MemberRefusals refusals, ConnectorThread connectorThread,
                     Runnable shutdownClient, AddressTranslator translator) {
        this.translator = translator;
        this.config = config;
        this.establisher = establisher;
        this.state = state;
        this.cluster = cluster;
        this.refusals = refusals;
        this.connectorThread = connectorThread;
        this.shutdownClient = shutdownClient;
    }

    /** Connects on a thread of its own; if it gives up, the client shuts down. */
    void connectInBackground(boolean initial) {
        try {
            loopThread.execute(() -> {
                try {
                    connect(initial);
                } catch (RuntimeException e) {
                    if (state.isClientActive()) {
                        LOG.error("Giving up on the cluster, shutting the client down: {}", e.getMessage());
                        gaveUpCause = e;
                        shutdownClient.run();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("No reconnect: the client is shut down");
        }
    }

    /**
     * Tries every candidate address, round after round with backoff, until one connection is admitted.
     *
     * @throws AuthenticationException  at the first start, when a member refused the client (a wrong cluster name
     *                                  does not heal by waiting)
     * @throws ClusterConnectException  when the cluster connect timeout is spent
     * @throws ClientNotActiveException when the client was shut down meanwhile
     */
    void connect(boolean initial) {
        ConnectionRetryConfig retry = config.connectionRetry();
        Duration timeout = retry.clusterConnectTimeout();
        long start = System.nanoTime();
        Map<Object, String> lastErrors = new LinkedHashMap<>();
        for (int round = 0; ; round++) {
            AuthenticationException refused = null;
            List<MemberAddress> configured;
            try {
                configured = translator.startRound(config.memberAddresses());
            } catch (CloudDiscoveryException e) {
                if (e.refused() && initial) {
                    throw e;
                }
                lastErrors.put("cloud discovery", e.getMessage());
                LOG.info("No member addresses from the cloud: {}", e.getMessage());
                configured = List.of();
            }
            for (MemberAddress address : candidateAddresses(configured)) {
                if (!state.isClientActive()) {
                    throw new ClientNotActiveException("the client was shut down while connecting");
                }
                LOG.info("Trying to connect to {}", address);
                try {
                    establisher.connect(address).get(config.connectionTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    lastErrors.put(address, describe(cause));
                    LOG.info("Could not connect to {}: {}", address, describe(cause));
                    if (cause instanceof AuthenticationException ae) {
                        refused = ae;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClusterConnectException("interrupted while connecting to the cluster", e);
                }
            }
            if (refused != null && initial) {
                throw refused;
            }
            long waitMs = Backoff.waitMillis(retry, round, ThreadLocalRandom.current().nextDouble());
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (timeout != null && elapsedMs + waitMs > timeout.toMillis()) {
                throw new ClusterConnectException("Could not connect to cluster '" + config.clusterName()
                        + "' within the cluster connect timeout of " + timeout.toMillis() + " ms. Tried: "
                        + lastErrors.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
            }
            LOG.info("No member of cluster '{}' reachable; next try in {} ms", config.clusterName(), waitMs);
            sleep(waitMs);
        }
    }

    /**
     * The last connection was lost: reconnects in the background, at once unless the connection lasted under a
     * second (then after a backoff that grows with each such drop); with reconnect mode OFF, shuts the client down.
     */
    void connectionsLost() {
        if (config.reconnectMode() == ReconnectMode.OFF) {
            LOG.info("Reconnect mode is OFF: shutting the client down");
            shutdownClient.run();
            return;
        }
        boolean quick = state.connectedForNanos() < TimeUnit.SECONDS.toNanos(1);
        quickDrops = quick ? quickDrops + 1 : 0;
        long delay = quickDrops == 0 ? 0
                : Backoff.waitMillis(config.connectionRetry(), quickDrops - 1, ThreadLocalRandom.current().nextDouble());
        if (delay > 0) {
            LOG.info("The connection lasted under a second; reconnecting in {} ms", delay);
        }
        connectorThread.executeLater(delay, () -> connectInBackground(false));
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientNotActiveException("interrupted while waiting to reconnect");
        }
    }

    /** Members the client last knew (but those it refused), then the configured (or discovered) addresses. */
    /** The members known (not refused), then the configured addresses; each group shuffled unless asked not to. */
    private List<MemberAddress> candidateAddresses(List<MemberAddress> configured) {
        List<MemberAddress> known = new ArrayList<>();
        cluster.getMembers().forEach(m -> {
            if (refusals.reason(m.uuid()) == null) {
                known.add(m.address());
            }
        });
        List<MemberAddress> given = new ArrayList<>(configured);
        if (config.shuffleMemberList()) {
            Collections.shuffle(known);
            Collections.shuffle(given);
        }
        Set<MemberAddress> result = new LinkedHashSet<>(known);
        result.addAll(given);
        return new ArrayList<>(result);
    }

    /** Why the background connect gave up (and shut the client down), or null if it has not. */
    RuntimeException gaveUpCause() {
        return gaveUpCause;
    }

    void shutdown() {
        loopThread.shutdownNow();
    }
}
