package io.hzclient.topic;

import com.hazelcast.config.PNCounterConfig;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.pncounter.ConsistencyLostException;
import io.hzclient.pncounter.PNCounter;
import io.hzclient.test.Eventually;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Topics and counters when members die: listeners registered again on a restarted member, a reliable listener that
 * loses nothing still in the ringbuffer, and a PN counter whose only replica is gone. One 2-member cluster, whose
 * members these tests stop and start, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagingFailoverIT {
    private TestCluster cluster;
    private HzClient client;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(2, c -> c.addPNCounterConfig(new PNCounterConfig("single-*").setReplicaCount(1)));
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).invocationRetryPause(Duration.ofMillis(200)).build());
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aTopicListenerIsRegisteredAgainOnARestartedMember() {
        String name = TestCluster.uniqueName("topic");
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        client.<String>getTopic(name).addMessageListener(m -> received.add(m.payload()));
        cluster.terminateMember(1);
        cluster.awaitSize(1);
        HazelcastInstance restarted = cluster.restartMember(1);
        // a member publishes to the registrations it holds: only a listener registered on the new member hears this
        Eventually.assertEventually(Duration.ofSeconds(30), () -> {
            restarted.getTopic(name).publish("after restart");
            assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isEqualTo("after restart");
        });
    }

    @Test
    @Order(2)
    void aReliableListenerLosesNothingWhenTheRingbuffersOwnerIsKilled() throws Exception {
        String name = TestCluster.uniqueName("rt");
        ReliableTopic<Integer> topic = client.getReliableTopic(name);
        BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
        topic.addMessageListener(m -> {
            received.add(m.payload());
            sleep(5); // still reading when the member dies
        });
        for (int i = 0; i < 100; i++) {
            topic.publish(i);
        }
        awaitClusterSafe(); // the member restarted by the test before holds its backups by now
        int owner = ownerIndex("_hz_rb_" + name);
        cluster.terminateMember(owner);
        cluster.awaitSize(1);
        for (int i = 100; i < 150; i++) {
            publishUntilDone(topic, i);
        }
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Integer m = received.poll(30, TimeUnit.SECONDS);
            assertThat(m).as("message %s of 150 within 30 s; got %s", i, got.size()).isNotNull();
            got.add(m);
        }
        assertThat(got).doesNotHaveDuplicates().hasSize(150);
        assertThat(got).isSorted();
        cluster.restartMember(owner);
    }

    @Test
    @Order(3)
    void aPNCounterWhoseOnlyReplicaIsGoneSaysConsistencyLostUntilReset() {
        String name = TestCluster.uniqueName("single");
        PNCounter counter = client.getPNCounter(name);
        assertThat(counter.addAndGet(5)).isEqualTo(5);
        // replica count 1: the state lives on the first data member of the member list only
        int first = indexOf(cluster.member(0).getCluster().getMembers().iterator().next().getUuid());
        cluster.terminateMember(first);
        cluster.awaitSize(1);
        Eventually.assertEventually(Duration.ofSeconds(20),
                () -> assertThat(client.getCluster().getMembers()).hasSize(1));
        assertThatThrownBy(counter::get).isInstanceOf(ConsistencyLostException.class)
                .hasMessageContaining("reset()");
        counter.reset();
        assertThat(counter.get()).isZero();
        assertThat(counter.incrementAndGet()).isEqualTo(1);
    }

    private void awaitClusterSafe() {
        Eventually.assertEventually(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < cluster.size(); i++) {
                assertThat(cluster.isRunning(i) && cluster.member(i).getPartitionService().isClusterSafe()).isTrue();
            }
        });
    }

    private static void publishUntilDone(ReliableTopic<Integer> topic, int message) {
        // a publish is not retried by the client (an add could be applied twice); while the cluster settles it may
        // fail with a disconnection and is sent again here, accepting a rare duplicate
        for (int attempt = 0; ; attempt++) {
            try {
                topic.publish(message);
                return;
            } catch (RuntimeException e) {
                if (attempt > 50) {
                    throw e;
                }
                sleep(200);
            }
        }
    }

    private int ownerIndex(String partitionKey) {
        UUID owner = cluster.member(0).getPartitionService().getPartition(partitionKey).getOwner().getUuid();
        return indexOf(owner);
    }

    private int indexOf(UUID uuid) {
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.isRunning(i) && cluster.member(i).getCluster().getLocalMember().getUuid().equals(uuid)) {
                return i;
            }
        }
        throw new AssertionError("no running member " + uuid);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
