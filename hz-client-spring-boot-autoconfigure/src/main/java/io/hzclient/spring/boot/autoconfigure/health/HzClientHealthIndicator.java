package io.hzclient.spring.boot.autoconfigure.health;

import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client's health from its own state, with no remote call: it answers at once even when the cluster is gone.
 * UP while the client holds a connection to the cluster, with the cluster name, the member count, the members it is
 * connected to, the partition count and the client name; DOWN otherwise, with the reason and since when.
 */
public class HzClientHealthIndicator implements HealthIndicator {
    private final HzClient client;
    private final AtomicReference<Instant> disconnectedSince = new AtomicReference<>(Instant.now());

    /**
     * Watches a client: its lifecycle events tell since when it is disconnected.
     *
     * @param client the client
     */
    public HzClientHealthIndicator(HzClient client) {
        this.client = client;
        client.addLifecycleListener(state -> {
            if (state == LifecycleState.CONNECTED) {
                disconnectedSince.set(null);
            } else if (state == LifecycleState.DISCONNECTED) {
                disconnectedSince.compareAndSet(null, Instant.now());
            }
        });
        if (client.isConnected()) {
            disconnectedSince.set(null);
        }
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder()
                .withDetail("clusterName", client.getConfig().clusterName())
                .withDetail("clientName", client.getName())
                .withDetail("state", client.getLifecycleState().name());
        if (!client.isRunning()) {
            return health.down().withDetail("reason", "the client is shut down").build();
        }
        if (!client.isConnected()) {
            Instant since = disconnectedSince.get();
            health.down().withDetail("reason", "not connected to the cluster; "
                    + switch (client.getConfig().reconnectMode()) {
                        case OFF -> "reconnect-mode is off, the client will shut down";
                        case ON, ASYNC -> "connecting in the background";
                    });
            if (since != null) {
                health.withDetail("disconnectedSince", since.toString());
            }
            return health.build();
        }
        return health.up()
                .withDetail("members", client.getCluster().getMembers().size())
                .withDetail("connectedMembers", client.getStatistics().connectedMembers())
                .withDetail("partitionCount", client.getPartitions().getPartitionCount())
                .build();
    }
}
