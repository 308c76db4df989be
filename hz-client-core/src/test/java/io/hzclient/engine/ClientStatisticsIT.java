package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.ClientStatistics;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.engine.Engine.port;
import static io.hzclient.engine.Engine.startMemberOn;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counters and gauges of {@link ClientStatistics}, as their Javadoc describes them, against a real member. */
class ClientStatisticsIT {

    @Test
    void callsAreCountedAndTimedAsTheyEndAndBytesAndConnectionsShow() throws Exception {
        try (TestCluster cluster = TestCluster.start(1);
             HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            ClientStatistics stats = client.getStatistics();
            List<Boolean> timed = new CopyOnWriteArrayList<>();
            List<Long> durations = new CopyOnWriteArrayList<>();
            stats.addInvocationTimer((operation, nanos, success) -> {
                durations.add(nanos);
                timed.add(success);
            });
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("stats"));
            long started = stats.invocationsStarted();
            long completed = stats.invocationsCompleted();
            long failed = stats.invocationsFailed();
            long read = stats.bytesRead();
            long written = stats.bytesWritten();

            map.put("k", "v");
            assertThatThrownBy(() -> map.unlock("never-locked")).isInstanceOf(IllegalMonitorStateException.class);

            // a heartbeat may count too: at least these two calls, each counted as it ended
            assertThat(stats.invocationsStarted() - started).isGreaterThanOrEqualTo(2);
            assertThat(stats.invocationsCompleted() - completed).isGreaterThanOrEqualTo(1);
            assertThat(stats.invocationsFailed() - failed).isGreaterThanOrEqualTo(1);
            assertThat(timed).contains(true, false);
            assertThat(durations).allMatch(nanos -> nanos > 0);
            assertThat(stats.bytesWritten()).isGreaterThan(written);
            assertThat(stats.bytesRead()).isGreaterThan(read);
            assertThat(stats.connectedMembers()).singleElement()
                    .satisfies(a -> assertThat(a).endsWith(":" + port(cluster.address(0))));
        }
    }

    @Test
    void pendingCallsAndUserListenersAreGauges() throws Exception {
        try (TestCluster cluster = TestCluster.start(1);
             HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            ClientStatistics stats = client.getStatistics();
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("gauges"));
            long listeners = stats.listeners();

            UUID id = map.addEntryListener(new EntryListener<>() {
                @Override
                public void entryAdded(EntryEvent<String, String> event) {
                }
            }, false);
            assertThat(stats.listeners()).isEqualTo(listeners + 1);
            map.removeEntryListener(id);
            assertThat(stats.listeners()).isEqualTo(listeners);

            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> {
                map.lock("k");
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                map.unlock("k");
            });
            holder.start();
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> waiting = map.lockAsync("k"); // waits on the member: unanswered until unlocked
            try {
                assertEventually(WAIT, () -> assertThat(stats.pendingInvocations()).isGreaterThanOrEqualTo(1));
            } finally {
                release.countDown();
            }
            waiting.get(30, TimeUnit.SECONDS);
            holder.join();
            map.forceUnlock("k");
            assertEventually(WAIT, () -> assertThat(stats.pendingInvocations()).isZero());
        }
    }

    @Test
    void aReconnectIsCountedAndTimeoutsAreCountedApart() {
        Engine.States states = new Engine.States();
        try (TestCluster cluster = TestCluster.start(1)) {
            String address = cluster.addresses().get(0);
            HazelcastInstance back = null;
            try (HzClient client = HzClient.newClient(fastConfig(cluster).clusterConnectTimeout(null)
                    .invocationTimeout(Duration.ofSeconds(2)).addLifecycleListener(states).build())) {
                ClientStatistics stats = client.getStatistics();
                HzMap<String, String> map = client.getMap(TestCluster.uniqueName("reconnects"));
                map.put("k", "v");
                assertThat(stats.reconnects()).isZero();
                long timedOut = stats.invocationsTimedOut();

                cluster.terminateMember(0);
                assertEventually(WAIT, () -> assertThat(states.seen).endsWith(LifecycleState.DISCONNECTED));
                // with reconnect mode ON a call waits for the cluster, here longer than its invocation timeout
                assertThatThrownBy(() -> map.get("k")).isInstanceOf(io.hzclient.OperationTimeoutException.class);
                assertThat(stats.invocationsTimedOut()).isGreaterThan(timedOut);

                back = startMemberOn(cluster.clusterName(), port(address), List.of(address));
                assertEventually(Duration.ofSeconds(60),
                        () -> assertThat(states.seen).endsWith(LifecycleState.DISCONNECTED, LifecycleState.CONNECTED));
                assertThat(stats.reconnects()).isEqualTo(1);
            } finally {
                if (back != null) {
                    back.getLifecycleService().terminate();
                }
            }
        }
    }
}
