package io.hzclient;

import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.queue.HzQueue;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link HzClient#shutdown(Duration)}: calls in flight as it begins get the grace period to end, a call started
 * after it began is refused, and those still in flight when the grace is up fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GracefulShutdownIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private TestCluster cluster;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1);
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private HzClient newClient() {
        return HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
    }

    @Test
    void hundredCallsInFlightFinishWithinTheGraceAndANewCallIsRefused() throws Exception {
        HzClient client = newClient();
        HzQueue<String> queue = client.getQueue(TestCluster.uniqueName("slow"));
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("map"));
        map.put("warm", "up");
        // 100 polls of an empty queue, each held by the member for 5 s: in flight as the shutdown begins
        List<CompletableFuture<String>> polls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            polls.add(queue.pollAsync(5, TimeUnit.SECONDS));
        }
        assertThat(polls).noneMatch(CompletableFuture::isDone);
        long begin = System.nanoTime();
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> client.shutdown(Duration.ofSeconds(30)));
        assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTTING_DOWN));
        assertThat(client.isRunning()).isFalse();

        assertThatThrownBy(() -> map.put("late", "call")).isInstanceOf(ClientNotActiveException.class)
                .hasMessageContaining("shutting down");
        assertThatThrownBy(() -> client.getMap(TestCluster.uniqueName("new")))
                .isInstanceOf(ClientNotActiveException.class);

        shutdown.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        for (CompletableFuture<String> poll : polls) {
            assertThat(poll).isCompletedWithValue(null); // ended as the member said (nothing came), not failed
        }
        assertThat(tookMillis).isLessThan(30_000);
        assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTDOWN);
    }

    @Test
    void anAsyncCallStartedAfterTheShutdownBeganFailsWithClientNotActive() throws Exception {
        HzClient client = newClient();
        HzQueue<String> queue = client.getQueue(TestCluster.uniqueName("slow"));
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("map"));
        CompletableFuture<String> poll = queue.pollAsync(5, TimeUnit.SECONDS);
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> client.shutdown(Duration.ofSeconds(30)));
        assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTTING_DOWN));

        CompletableFuture<String> late = map.getAsync("k");
        assertThat(late).failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(ClientNotActiveException.class).withMessageContaining("shutting down");
        assertThat(poll.isDone()).isFalse();
        shutdown.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(poll).isCompletedWithValue(null);
    }

    @Test
    void callsStillInFlightWhenTheGraceIsUpFailWithClientNotActive() throws Exception {
        HzClient client = newClient();
        HzQueue<String> queue = client.getQueue(TestCluster.uniqueName("slow"));
        CompletableFuture<String> take = queue.takeAsync(); // no item ever comes
        long begin = System.nanoTime();
        client.shutdown(Duration.ofMillis(500));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        assertThat(take).failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(ClientNotActiveException.class);
        assertThat(tookMillis).isGreaterThanOrEqualTo(500).isLessThan(WAIT.toMillis());
    }

    @Test
    void reliableTopicListenersStopFirstSoTheirWaitingReadDoesNotHoldTheShutdown() {
        HzClient client = newClient();
        io.hzclient.topic.ReliableTopic<String> topic = client.getReliableTopic(TestCluster.uniqueName("rt"));
        CompletableFuture<Void> cancelled = new CompletableFuture<>();
        topic.addMessageListener(new io.hzclient.topic.ReliableMessageListener<String>() {
            @Override
            public void onMessage(io.hzclient.topic.Message<String> message) {
            }

            @Override
            public void onCancel() {
                cancelled.complete(null);
            }
        });
        topic.publish("one"); // the listener then waits on the member for the next message, with no deadline
        long begin = System.nanoTime();
        client.shutdown(Duration.ofSeconds(40));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin)).isLessThan(20_000);
        assertThat(cancelled).isDone();
    }

    @Test
    void aNegativeOrNullGraceIsRefusedAndTheClientKeepsRunning() {
        HzClient client = newClient();
        try {
            assertThatThrownBy(() -> client.shutdown(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grace");
            assertThatThrownBy(() -> client.shutdown(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("grace");
            assertThat(client.isRunning()).isTrue();
        } finally {
            client.shutdown();
        }
    }
}
