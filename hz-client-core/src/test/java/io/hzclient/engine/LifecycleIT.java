package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.ClientNotActiveException;
import io.hzclient.ClientOfflineException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.config.ReconnectMode;
import io.hzclient.map.HzMap;
import io.hzclient.test.FreePorts;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.hzclient.LifecycleState.CONNECTED;
import static io.hzclient.LifecycleState.DISCONNECTED;
import static io.hzclient.LifecycleState.SHUTDOWN;
import static io.hzclient.LifecycleState.SHUTTING_DOWN;
import static io.hzclient.LifecycleState.STARTED;
import static io.hzclient.LifecycleState.STARTING;
import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.engine.Engine.millisSince;
import static io.hzclient.engine.Engine.port;
import static io.hzclient.engine.Engine.startMemberOn;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lifecycle states and reconnect modes against members that come and go. */
class LifecycleIT {

    @Test
    void aClientGoesThroughEveryStateInOrder() {
        Engine.States states = new Engine.States();
        try (TestCluster cluster = TestCluster.start(1)) {
            HzClient client = HzClient.newClient(fastConfig(cluster).addLifecycleListener(states).build());
            assertThat(client.getLifecycleState()).isEqualTo(CONNECTED);
            assertThat(client.isRunning()).isTrue();
            client.getMap(TestCluster.uniqueName("lifecycle")).put("k", "v");
            client.shutdown();
            assertThat(client.isRunning()).isFalse();
            assertEventually(WAIT, () -> assertThat(states.seen).containsExactly(
                    STARTING, STARTED, CONNECTED, SHUTTING_DOWN, DISCONNECTED, SHUTDOWN));
            assertThatThrownBy(() -> client.getMap("after-shutdown")).isInstanceOf(ClientNotActiveException.class);
        }
    }

    @Test
    void aKilledMemberRestartedOnItsPortIsReconnectedTo() {
        Engine.States states = new Engine.States();
        String clusterName = TestCluster.newClusterName();
        try (SeparateJvmMember member = SeparateJvmMember.builder(clusterName).start()) {
            try (HzClient client = HzClient.newClient(fastConfig(clusterName, List.of(member.address()))
                    .clusterConnectTimeout(null).addLifecycleListener(states).build())) {
                HzMap<String, String> map = client.getMap(TestCluster.uniqueName("restart"));
                map.put("before", "1");

                member.kill();
                assertEventually(WAIT, () -> assertThat(states.seen).endsWith(DISCONNECTED));
                member.restart();
                assertEventually(Duration.ofSeconds(60), () -> assertThat(states.seen).endsWith(DISCONNECTED, CONNECTED));

                map.put("after", "2"); // the map lives on the new member too
                assertThat(map.get("after")).isEqualTo("2");
                assertThat(states.seen).containsExactly(STARTING, STARTED, CONNECTED, DISCONNECTED, CONNECTED);
                assertThat(client.getCluster().getMembers()).singleElement()
                        .satisfies(m -> assertThat(m.uuid().toString()).isEqualTo(member.uuid()));
            }
        }
    }

    @Test
    void withReconnectModeOffTheClientShutsDownWhenTheClusterGoes() {
        Engine.States states = new Engine.States();
        try (TestCluster cluster = TestCluster.start(1)) {
            HzClient client = HzClient.newClient(fastConfig(cluster).reconnectMode(ReconnectMode.OFF)
                    .addLifecycleListener(states).build());
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("off"));
            map.put("k", "v");
            cluster.terminateMember(0);
            assertEventually(WAIT, () -> assertThat(states.seen).containsExactly(
                    STARTING, STARTED, CONNECTED, DISCONNECTED, SHUTTING_DOWN, SHUTDOWN));
            assertThat(client.isRunning()).isFalse();
            assertThatThrownBy(() -> map.get("k")).isInstanceOf(ClientNotActiveException.class);
        }
    }

    @Test
    void withReconnectModeAsyncCallsFailFastWhileDisconnectedAndWorkOnceBack() {
        Engine.States states = new Engine.States();
        try (TestCluster cluster = TestCluster.start(1)) {
            String address = cluster.addresses().get(0);
            HzClient client = HzClient.newClient(fastConfig(cluster).reconnectMode(ReconnectMode.ASYNC)
                    .invocationTimeout(Duration.ofSeconds(20)).clusterConnectTimeout(null)
                    .addLifecycleListener(states).build());
            HazelcastInstance back = null;
            try {
                HzMap<String, String> map = client.getMap(TestCluster.uniqueName("async"));
                map.put("k", "v");
                cluster.terminateMember(0);
                assertEventually(WAIT, () -> assertThat(states.seen).endsWith(DISCONNECTED));

                long start = System.nanoTime();
                assertThatThrownBy(() -> map.get("k")).isInstanceOf(ClientOfflineException.class);
                assertThatThrownBy(() -> map.put("k", "w")).isInstanceOf(ClientOfflineException.class);
                assertThatThrownBy(() -> client.getMap(TestCluster.uniqueName("other")))
                        .isInstanceOf(ClientOfflineException.class);
                assertThat(millisSince(start)).as("fail fast, not after the 20 s invocation timeout").isLessThan(5000);
                assertThat(client.isRunning()).isTrue();

                back = startMemberOn(cluster.clusterName(), port(address), List.of(address));
                assertEventually(WAIT, () -> assertThat(states.seen).endsWith(DISCONNECTED, CONNECTED));
                map.put("k", "again");
                assertThat(map.get("k")).isEqualTo("again");
            } finally {
                client.shutdown();
                if (back != null) {
                    back.getLifecycleService().terminate();
                }
            }
        }
    }

    @Test
    void withAsyncStartTheClientReturnsAtOnceAndWorksOnceConnected() {
        String clusterName = TestCluster.newClusterName();
        String address = "127.0.0.1:" + FreePorts.next();
        Engine.States states = new Engine.States();
        long start = System.nanoTime();
        HzClient client = HzClient.newClient(fastConfig(clusterName, List.of(address))
                .asyncStart(true).clusterConnectTimeout(Duration.ofSeconds(60)).invocationTimeout(Duration.ofSeconds(20))
                .addLifecycleListener(states).build());
        HazelcastInstance member = null;
        try {
            assertThat(millisSince(start)).as("nothing to connect to, yet the client is returned").isLessThan(5000);
            assertThat(client.isRunning()).isTrue();
            assertThat(client.getLifecycleState()).isEqualTo(STARTED);

            long call = System.nanoTime();
            assertThatThrownBy(() -> client.getMap("not-yet")).isInstanceOf(ClientOfflineException.class);
            assertThat(millisSince(call)).isLessThan(5000);

            member = startMemberOn(clusterName, port(address), List.of(address));
            assertEventually(WAIT, () -> assertThat(states.seen).containsExactly(STARTING, STARTED, CONNECTED));
            HzMap<String, Integer> map = client.getMap(TestCluster.uniqueName("async-start"));
            map.put("answer", 42);
            assertThat(map.get("answer")).isEqualTo(42);
            assertThat(member.getMap(map.getName()).get("answer")).isEqualTo(42);
        } finally {
            client.shutdown();
            if (member != null) {
                member.getLifecycleService().terminate();
            }
        }
    }

    @Test
    void anAsyncStartThatNeverReachesTheClusterShutsTheClientDownAfterTheConnectTimeout() {
        Engine.States states = new Engine.States();
        String nobody = "127.0.0.1:" + FreePorts.next();
        HzClient client = HzClient.newClient(fastConfig(TestCluster.newClusterName(), List.of(nobody))
                .asyncStart(true).clusterConnectTimeout(Duration.ofSeconds(2)).addLifecycleListener(states).build());
        try {
            assertEventually(WAIT, () -> assertThat(states.seen).containsExactly(STARTING, STARTED, SHUTTING_DOWN, SHUTDOWN));
            assertThat(client.isRunning()).isFalse();
            assertThatThrownBy(() -> client.getMap("m")).isInstanceOf(ClientNotActiveException.class);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void shuttingDownWhileStillConnectingInTheBackgroundIsPrompt() {
        Engine.States states = new Engine.States();
        String nobody = "127.0.0.1:" + FreePorts.next();
        HzClient client = HzClient.newClient(fastConfig(TestCluster.newClusterName(), List.of(nobody))
                .asyncStart(true).clusterConnectTimeout(null).addLifecycleListener(states).build());
        long start = System.nanoTime();
        client.shutdown();
        assertThat(millisSince(start)).isLessThan(5000);
        assertEventually(WAIT, () -> assertThat(states.seen).containsExactly(STARTING, STARTED, SHUTTING_DOWN, SHUTDOWN));
    }

    @Test
    void withReconnectModeOnACallMadeWhileDisconnectedCompletesOnceTheClusterIsBack() throws Exception {
        Engine.States states = new Engine.States();
        try (TestCluster cluster = TestCluster.start(1)) {
            String address = cluster.addresses().get(0);
            HazelcastInstance back = null;
            try (HzClient client = HzClient.newClient(fastConfig(cluster).invocationTimeout(Duration.ofSeconds(30))
                    .clusterConnectTimeout(null).addLifecycleListener(states).build())) {
                HzMap<String, String> map = client.getMap(TestCluster.uniqueName("waits"));
                map.put("k", "v");
                cluster.terminateMember(0);
                assertEventually(WAIT, () -> assertThat(states.seen).endsWith(DISCONNECTED));

                CompletableFuture<String> put = map.putAsync("k", "while-away");
                CompletableFuture<Integer> size = map.sizeAsync();
                assertThat(put).as("waits for the cluster within its 30 s timeout").isNotDone();
                back = startMemberOn(cluster.clusterName(), port(address), List.of(address));
                assertThat(put.get(20, TimeUnit.SECONDS)).as("a new member: no old value").isNull();
                assertThat(size.get(20, TimeUnit.SECONDS)).isBetween(0, 1);
                assertThat(back.getMap(map.getName()).get("k")).isEqualTo("while-away");
            } finally {
                if (back != null) {
                    back.getLifecycleService().terminate();
                }
            }
        }
    }
}
