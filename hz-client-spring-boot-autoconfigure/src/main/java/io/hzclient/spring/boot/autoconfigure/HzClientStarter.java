package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the client the way {@code hz.client.startup.mode} says. Fail-fast starts it connecting in the background and
 * waits for the connection up to the startup timeout, so a cluster that is away fails the startup in bounded time
 * while the client, once up, still reconnects as long as its own connection-retry settings say.
 */
final class HzClientStarter {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private HzClientStarter() {
    }

    static HzClient start(ClientConfig config, HzClientProperties.StartupMode mode, Duration timeout) {
        if (config.asyncStart() || mode == HzClientProperties.StartupMode.LAZY) {
            return HzClient.newClient(config.toBuilder().asyncStart(true).build());
        }
        if (mode == HzClientProperties.StartupMode.WAIT_FOREVER) {
            return HzClient.newClient(config);
        }
        return startWithin(config, timeout);
    }

    private static HzClient startWithin(ClientConfig config, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HzClient client = HzClient.newClient(config.toBuilder().asyncStart(true).build());
        while (!client.isConnected()) {
            if (gaveUp(client)) {
                throw reason(client, config);
            }
            if (System.nanoTime() - deadline > 0) {
                client.shutdown();
                throw new ClusterConnectException("Could not connect to cluster '" + config.clusterName() + "' at "
                        + config.addresses() + " within hz.client.startup.timeout (" + timeout.toMillis() + " ms)");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        awaitMemberList(client, Math.min(deadline, System.nanoTime() + config.connectionTimeout().toNanos() * 2));
        return client;
    }

    private static boolean gaveUp(HzClient client) {
        LifecycleState state = client.getLifecycleState();
        return state == LifecycleState.SHUTTING_DOWN || state == LifecycleState.SHUTDOWN;
    }

    /** The member list follows the connection closely; calls made before it go to any member, so this is a courtesy. */
    private static void awaitMemberList(HzClient client, long deadline) {
        while (client.getCluster().getMembers().isEmpty() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /**
     * The background connect gave up (a member refused the client, cloud discovery refused it, or the cluster connect
     * timeout passed): the exception it gave up with, so the failure analyzers name the reason. No second client.
     */
    private static RuntimeException reason(HzClient client, ClientConfig config) {
        return client.getGiveUpCause().orElseGet(() -> new ClusterConnectException("The client gave up connecting"
                + " to cluster '" + config.clusterName() + "' at " + config.addresses() + " (see the log for why)"));
    }
}
