package io.hzclient.engine;

import com.hazelcast.client.Client;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.AuthenticationException;
import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.FakeServer;
import io.hzclient.test.FreePorts;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.engine.Engine.millisSince;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reaching the cluster and authenticating, as the member sees it. */
class ConnectionIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    @Test
    void theMemberSeesTheDefaultClientName() {
        try (HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster()).build())) {
            assertThat(client.getName()).matches("hz\\.client_\\d+");
            Client seen = connectedClient(client);
            assertThat(seen.getName()).isEqualTo(client.getName());
            assertThat(seen.getLabels()).isEmpty();
        }
    }

    @Test
    void defaultNamesAreNumberedPerClient() {
        try (HzClient first = HzClient.newClient(fastConfig(CLUSTER.cluster()).build());
             HzClient second = HzClient.newClient(fastConfig(CLUSTER.cluster()).build())) {
            assertThat(first.getName()).isNotEqualTo(second.getName());
            assertThat(connectedClient(second).getName()).isEqualTo(second.getName());
        }
    }

    @Test
    void theMemberSeesTheConfiguredNameAndLabels() {
        ClientConfig config = fastConfig(CLUSTER.cluster()).clientName("orders-service").labels("eu-west", "canary").build();
        try (HzClient client = HzClient.newClient(config)) {
            assertThat(client.getName()).isEqualTo("orders-service");
            Client seen = connectedClient(client);
            assertThat(seen.getName()).isEqualTo("orders-service");
            assertThat(seen.getLabels()).containsExactlyInAnyOrder("eu-west", "canary");
            assertThat(seen.getClientType()).isEqualTo("JVM");
        }
    }

    @Test
    void aWrongClusterNameFailsFastNamingTheClusterNameTried() {
        ClientConfig config = fastConfig("not-" + CLUSTER.cluster().clusterName(), CLUSTER.cluster().addresses())
                .clusterConnectTimeout(Duration.ofSeconds(30))
                .build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> HzClient.newClient(config))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("'not-" + CLUSTER.cluster().clusterName() + "'")
                .hasMessageContaining(CLUSTER.cluster().addresses().get(0));
        assertThat(millisSince(start)).as("no waiting for the 30 s cluster connect timeout").isLessThan(10_000);
    }

    @Test
    void noReachableMemberFailsWithinTheClusterConnectTimeoutListingTheAddressesTried() {
        String nobody1 = "127.0.0.1:" + FreePorts.next();
        String nobody2 = "127.0.0.1:" + FreePorts.next();
        ClientConfig config = fastConfig(CLUSTER.cluster().clusterName(), List.of(nobody1, nobody2))
                .clusterConnectTimeout(Duration.ofSeconds(3))
                .build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> HzClient.newClient(config))
                .isInstanceOf(ClusterConnectException.class)
                .hasMessageContaining("3000 ms")
                .hasMessageContaining(nobody1)
                .hasMessageContaining(nobody2);
        assertThat(millisSince(start)).as("the 3 s connect timeout, with room for a loaded machine")
                .isLessThan(3000 + 4000);
    }

    @Test
    void aMalformedAddressFailsAtConfigTimeNamingIt() {
        assertThatThrownBy(() -> fastConfig(CLUSTER.cluster().clusterName(), List.of("127.0.0.1:57o1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("127.0.0.1:57o1");
    }

    @Test
    void aClientThatClosesLeavesTheMember() {
        HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster()).build());
        connectedClient(client);
        client.shutdown();
        assertEventually(WAIT, () -> assertThat(member().getClientService().getConnectedClients())
                .noneMatch(c -> c.getUuid().equals(client.getUuid())));
    }

    @Test
    void anIdleClientStaysConnectedThroughManyHeartbeatTimeouts() throws InterruptedException {
        Engine.States states = new Engine.States();
        // a ping every 300 to 450 ms; 2 s without a read would close the connection: a loaded machine may stall the
        // pings' round trip for a while, but not for most of 2 s
        ClientConfig config = fastConfig(CLUSTER.cluster()).heartbeatInterval(Duration.ofMillis(300))
                .heartbeatTimeout(Duration.ofSeconds(2)).addLifecycleListener(states).build();
        try (HzClient client = HzClient.newClient(config)) {
            long idleUntil = System.nanoTime() + Duration.ofMillis(6000).toNanos();
            while (System.nanoTime() - idleUntil < 0) { // idle on purpose: only the heartbeat talks
                Thread.sleep(200);
                assertThat(states.seen).doesNotContain(LifecycleState.DISCONNECTED);
            }
            assertThat(client.getDistributedObjects()).isNotNull();
            assertThat(Engine.liveConnections(client)).hasSize(1);
        }
    }

    @Test
    void aPeerThatAcceptsButNeverAnswersIsSkippedAfterTheConnectionTimeout() {
        try (FakeServer silent = FakeServer.start(FakeServer.silent())) {
            List<String> addresses = new ArrayList<>(List.of(silent.address()));
            addresses.addAll(CLUSTER.cluster().addresses());
            long start = System.nanoTime();
            // the silent peer is tried first, so the addresses are not shuffled
            try (HzClient client = HzClient.newClient(fastConfig(CLUSTER.cluster().clusterName(), addresses)
                    .shuffleMemberList(false).connectionTimeout(Duration.ofSeconds(1)).build())) {
                assertThat(millisSince(start)).as("one connection timeout lost, not the cluster connect timeout")
                        .isLessThan(5000);
                assertThat(silent.acceptedConnections()).isEqualTo(1);
                client.getMap(TestCluster.uniqueName("after-silent")).put("k", "v");
            }
        }
    }

    private static HazelcastInstance member() {
        return CLUSTER.cluster().member(0);
    }

    private static Client connectedClient(HzClient client) {
        Client[] found = new Client[1];
        assertEventually(WAIT, () -> {
            found[0] = member().getClientService().getConnectedClients().stream()
                    .filter(c -> c.getUuid().equals(client.getUuid())).findFirst().orElseThrow();
        });
        return found[0];
    }
}
