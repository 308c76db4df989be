package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.ClientNotActiveException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.map.HzMap;
import io.hzclient.queue.HzQueue;
import io.hzclient.spring.boot.HzQueueListener;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The client's graceful shutdown as the context closes: the queue consumers stop first, a call started once it
 * began is refused, and 100 calls in flight end within {@code spring.lifecycle.timeout-per-shutdown-phase}.
 */
class GracefulShutdownIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static final Duration WAIT = Duration.ofSeconds(60);
    static HazelcastInstance member;

    @BeforeAll
    static void startMember() {
        member = MemberMain.startInThisJvm(CLUSTER, PORT, Map.of());
    }

    @AfterAll
    static void stopMember() {
        member.getLifecycleService().terminate();
    }

    @Test
    void closingTheContextLetsHundredCallsInFlightFinishAndRefusesNewOnes() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LifecycleAutoConfiguration.class,
                        HzClientAutoConfiguration.class, HzClientBeansAutoConfiguration.class))
                .withUserConfiguration(Consumer.class)
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT,
                        "spring.lifecycle.timeout-per-shutdown-phase=25s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HzClient client = context.getBean(HzClient.class);
                    Queue<String> seen = new ConcurrentLinkedQueue<>();
                    assertThat(consumersAlive()).isTrue();
                    client.addLifecycleListener(state -> seen.add("client " + state
                            + (consumersAlive() ? " with consumers" : " without consumers")));
                    HzQueue<String> slow = client.getQueue(TestCluster.uniqueName("slow"));
                    HzMap<String, String> map = client.getMap(TestCluster.uniqueName("map"));
                    map.put("before", "ok");
                    // 100 polls of an empty queue, each held by the member for 5 s
                    List<CompletableFuture<String>> polls = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        polls.add(slow.pollAsync(5, TimeUnit.SECONDS));
                    }
                    assertThat(polls).noneMatch(CompletableFuture::isDone);
                    long begin = System.nanoTime();
                    Thread closer = new Thread(context::close, "closer");
                    closer.start();

                    await().atMost(WAIT).until(() -> client.getLifecycleState() == LifecycleState.SHUTTING_DOWN);
                    assertThatThrownBy(() -> map.put("late", "call")).isInstanceOf(ClientNotActiveException.class)
                            .hasMessageContaining("shutting down");

                    closer.join(WAIT.toMillis());
                    assertThat(closer.isAlive()).isFalse();
                    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
                    for (CompletableFuture<String> poll : polls) {
                        assertThat(poll).isCompletedWithValue(null); // answered by the member, not failed
                    }
                    assertThat(tookMillis).isLessThan(25_000);
                    assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTDOWN);
                    // the consumer stopped (its thread gone) before the client began to shut down
                    assertThat(seen).contains("client SHUTTING_DOWN without consumers");
                });
    }

    private static boolean consumersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("hz-queue-graceful-jobs-"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Consumer {
        @HzQueueListener("graceful-jobs")
        void onJob(String job) {
            // never called: the queue stays empty, the consumer only polls
        }
    }
}
