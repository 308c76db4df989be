package io.hzclient.topic;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.MemberState;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Plain topics between our clients and the members' own topic API, both ways. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicIT {
    private TestCluster cluster;
    private HzClient publisher;
    private HzClient subscriber;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .build();
        publisher = HzClient.newClient(config);
        subscriber = HzClient.newClient(config);
    }

    @AfterAll
    void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (subscriber != null) {
            subscriber.close();
        }
    }

    @Test
    void whatWePublishReachesAListenerOnTheMember() throws Exception {
        String name = TestCluster.uniqueName("topic");
        BlockingQueue<com.hazelcast.topic.Message<Object>> received = new LinkedBlockingQueue<>();
        cluster.member(1).getTopic(name).addMessageListener(received::add);
        publisher.<String>getTopic(name).publish("hello");
        publisher.<String>getTopic(name).publishAsync("again").get(10, TimeUnit.SECONDS);
        assertThat(take(received).getMessageObject()).isEqualTo("hello");
        assertThat(take(received).getMessageObject()).isEqualTo("again");
    }

    @Test
    void publishAllArrivesInOrder() throws Exception {
        String name = TestCluster.uniqueName("topic");
        BlockingQueue<com.hazelcast.topic.Message<Object>> received = new LinkedBlockingQueue<>();
        cluster.member(0).getTopic(name).addMessageListener(received::add);
        publisher.<Integer>getTopic(name).publishAll(List.of(1, 2, 3));
        List<Object> got = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            got.add(take(received).getMessageObject());
        }
        assertThat(got).containsExactly(1, 2, 3);
    }

    @Test
    void aMemberPublishesAndOurListenerGetsTheMessageTimeAndMember() throws Exception {
        String name = TestCluster.uniqueName("topic");
        BlockingQueue<Message<String>> received = new LinkedBlockingQueue<>();
        subscriber.<String>getTopic(name).addMessageListener(received::add);
        HazelcastInstance member = cluster.member(0);
        long before = System.currentTimeMillis();
        member.getTopic(name).publish("from the member");
        Message<String> m = take(received);
        assertThat(m.payload()).isEqualTo("from the member");
        assertThat(m.topicName()).isEqualTo(name);
        assertThat(m.publishTime()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
        Member local = member.getCluster().getLocalMember();
        assertThat(m.publishingMember()).isNotNull();
        assertThat(m.publishingMember().uuid()).isEqualTo(local.getUuid());
    }

    @Test
    void everyListenerGetsEveryMessageOnceInPublishOrder() throws Exception {
        String name = TestCluster.uniqueName("topic");
        BlockingQueue<Message<Integer>> first = new LinkedBlockingQueue<>();
        BlockingQueue<Message<Integer>> second = new LinkedBlockingQueue<>();
        subscriber.<Integer>getTopic(name).addMessageListener(first::add);
        publisher.<Integer>getTopic(name).addMessageListener(second::add);
        Topic<Integer> topic = publisher.getTopic(name);
        for (int i = 0; i < 200; i++) {
            topic.publishAsync(i);
        }
        topic.publish(-1); // published last: a duplicate of an earlier message would come before it
        for (BlockingQueue<Message<Integer>> q : List.of(first, second)) {
            for (int i = 0; i < 200; i++) {
                assertThat(take(q).payload()).isEqualTo(i);
            }
            assertThat(take(q).payload()).as("no duplicate before the last message").isEqualTo(-1);
        }
    }

    @Test
    void aRemovedListenerHearsNothingMore() throws Exception {
        String name = TestCluster.uniqueName("topic");
        BlockingQueue<Message<String>> received = new LinkedBlockingQueue<>();
        Topic<String> topic = subscriber.getTopic(name);
        UUID id = topic.addMessageListener(received::add);
        publisher.<String>getTopic(name).publish("one");
        assertThat(take(received).payload()).isEqualTo("one");
        assertThat(registrations(name)).as("registered on the members").isPositive();
        assertThat(topic.removeMessageListener(id)).isTrue();
        assertThat(topic.removeMessageListener(id)).isFalse();
        // an explicit state instead of a pause: no member holds the listener, so none sends it anything
        assertEventually(Duration.ofSeconds(30), () -> assertThat(registrations(name)).isZero());
        BlockingQueue<Message<String>> kept = new LinkedBlockingQueue<>();
        topic.addMessageListener(kept::add);
        publisher.<String>getTopic(name).publish("two");
        assertThat(take(kept).payload()).isEqualTo("two");
        assertThat(received).isEmpty();
    }

    /** The members' listener registrations for topic {@code name}, summed. */
    private int registrations(String name) {
        int sum = 0;
        for (int i = 0; i < cluster.size(); i++) {
            sum += MemberState.listenerRegistrations(cluster.member(i), MemberState.TOPIC_SERVICE, name);
        }
        return sum;
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
        T item = queue.poll(10, TimeUnit.SECONDS);
        assertThat(item).as("a message within 10 s").isNotNull();
        return item;
    }
}
