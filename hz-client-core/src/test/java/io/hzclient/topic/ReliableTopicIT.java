package io.hzclient.topic;

import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.ReliableTopicConfig;
import io.hzclient.internal.topic.ReliableTopicProxy;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.Eventually;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reliable topics between our clients and the members' own reliable topic API, on ringbuffers the members hold. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliableTopicIT {
    private TestCluster cluster;
    private HzClient client;
    private HzClient other;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        HazelcastInstance m = cluster.member(0);
        // small ringbuffers with a time to live, so that a full one is "overloaded"; and one without, that overwrites.
        // The member looks the config of "_hz_rb_<topic>" up by the topic's name.
        m.getConfig().addRingBufferConfig(new RingbufferConfig("ovl-*").setCapacity(3).setTimeToLiveSeconds(300));
        m.getConfig().addRingBufferConfig(new RingbufferConfig("block-*").setCapacity(2).setTimeToLiveSeconds(2));
        m.getConfig().addRingBufferConfig(new RingbufferConfig("loss-*").setCapacity(3));
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .addReliableTopicConfig(ReliableTopicConfig.builder("ovl-err-*")
                        .overloadPolicy(TopicOverloadPolicy.ERROR).build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("ovl-newest-*")
                        .overloadPolicy(TopicOverloadPolicy.DISCARD_NEWEST).build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("ovl-oldest-*")
                        .overloadPolicy(TopicOverloadPolicy.DISCARD_OLDEST).build())
                .addReliableTopicConfig(ReliableTopicConfig.builder("batch3-*").readBatchSize(3).build())
                .build();
        client = HzClient.newClient(config);
        other = HzClient.newClient(config);
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (other != null) {
            other.close();
        }
    }

    @Test
    void whatWePublishAMembersReliableListenerReceives() throws Exception {
        String name = TestCluster.uniqueName("rt");
        BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        cluster.member(1).getReliableTopic(name).addMessageListener(m -> received.add(m.getMessageObject()));
        ReliableTopic<String> topic = client.getReliableTopic(name);
        topic.publish("one");
        topic.publishAll(List.of("two", "three"));
        topic.publishAsync("four").get(10, TimeUnit.SECONDS);
        assertThat(List.of(take(received), take(received), take(received), take(received)))
                .containsExactly("one", "two", "three", "four");
    }

    @Test
    void closingTheClientLeavesNoneOfItsThreadsWithReliableListenersRunning() throws Exception {
        String name = TestCluster.uniqueName("rt-shutdown");
        Set<Thread> before = clientThreads();
        HzClient own = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .addNearCacheConfig(NearCacheConfig.builder(name).build()).build());
        ReliableTopic<String> topic = own.getReliableTopic(name);
        // one listener in the middle of a message when the client closes, one waiting on the member for the next
        CountDownLatch inOnMessage = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(2);
        topic.addMessageListener(new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<String> message) {
                inOnMessage.countDown();
                try {
                    new CountDownLatch(1).await(); // until interrupted
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void onCancel() {
                cancelled.countDown();
            }
        });
        BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        topic.addMessageListener(new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<String> message) {
                received.add(message.payload());
            }

            @Override
            public void onCancel() {
                cancelled.countDown();
            }
        });
        // the other pools at work too: events of an entry listener, an async call's user thread, Flake IDs, a near cache
        HzMap<String, String> map = own.getMap(name);
        BlockingQueue<Object> entries = new LinkedBlockingQueue<>();
        map.addEntryListener(new EntryListener<>() {
            @Override
            public void entryAdded(EntryEvent<String, String> event) {
                entries.add(event.key());
            }
        }, false);
        map.putAsync("k", "v").get(10, TimeUnit.SECONDS);
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(entries.poll(10, TimeUnit.SECONDS)).isEqualTo("k");
        assertThat(own.getFlakeIdGenerator(name).newId()).isNotNegative();
        topic.publishAsync("one").get(10, TimeUnit.SECONDS);
        assertThat(take(received)).isEqualTo("one");
        assertThat(inOnMessage.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(clientThreads()).as("the client runs threads of its own").hasSizeGreaterThan(before.size());

        own.close();

        assertThat(cancelled.await(10, TimeUnit.SECONDS)).as("both listeners told they are cancelled").isTrue();
        Eventually.assertEventually(Duration.ofSeconds(30), () -> assertThat(clientThreads())
                .as("threads of the client left after close").isSubsetOf(before));
    }

    /** Every thread the client names: hz.client.event-N, hz.client.user, hz.client.scheduler, hz.client.io-N, ... */
    private static Set<Thread> clientThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> !t.isAlive() || !t.getName().startsWith("hz.client"));
        return threads;
    }

    @Test
    void whatAMemberPublishesOurListenerReceivesWithTimeAndMember() throws Exception {
        String name = TestCluster.uniqueName("rt");
        BlockingQueue<Message<String>> received = new LinkedBlockingQueue<>();
        client.<String>getReliableTopic(name).addMessageListener(received::add);
        long before = System.currentTimeMillis();
        cluster.member(0).getReliableTopic(name).publish("from the member");
        Message<String> m = take(received);
        assertThat(m.payload()).isEqualTo("from the member");
        assertThat(m.topicName()).isEqualTo(name);
        assertThat(m.publishTime()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
        assertThat(m.publishingMember()).isNotNull();
        assertThat(m.publishingMember().uuid()).isEqualTo(cluster.member(0).getCluster().getLocalMember().getUuid());
    }

    @Test
    void listenersGetEveryMessageInOrderReadInBatchesOfTheConfiguredSize() throws Exception {
        String name = TestCluster.uniqueName("batch3");
        ReliableTopic<Integer> topic = client.getReliableTopic(name);
        assertThat(((ReliableTopicProxy<Integer>) topic).config().readBatchSize()).isEqualTo(3);
        for (int i = 0; i < 30; i++) {
            topic.publish(i);
        }
        BlockingQueue<Long> sequences = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
        long before = client.getStatistics().invocationsStarted();
        topic.addMessageListener(new ReliableMessageListener<>() {
            @Override
            public long initialSequence() {
                return 0;
            }

            @Override
            public void storeSequence(long sequence) {
                sequences.add(sequence);
            }

            @Override
            public void onMessage(Message<Integer> message) {
                received.add(message.payload());
            }
        });
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            got.add(take(received));
        }
        assertThat(got).isEqualTo(range(0, 30));
        assertThat(new ArrayList<>(sequences)).isEqualTo(range(0, 30).stream().map(Integer::longValue).toList());
        // 10 reads of 3, plus the one waiting for more (a ping or two may slip in)
        Eventually.assertEventually(Duration.ofSeconds(5), () ->
                assertThat(client.getStatistics().invocationsStarted() - before).isBetween(11L, 13L));
    }

    @Test
    void aListenerStartsFromTheSequenceItAsksFor() throws Exception {
        String name = TestCluster.uniqueName("rt");
        ReliableTopic<String> topic = client.getReliableTopic(name);
        topic.publishAll(List.of("a", "b", "c", "d"));
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        other.<String>getReliableTopic(name).addMessageListener(new ReliableMessageListener<>() {
            @Override
            public long initialSequence() {
                return 2;
            }

            @Override
            public void onMessage(Message<String> message) {
                received.add(message.payload());
            }
        });
        assertThat(List.of(take(received), take(received))).containsExactly("c", "d");
        // a plain listener starts with the next message
        BlockingQueue<String> fromTail = new LinkedBlockingQueue<>();
        other.<String>getReliableTopic(name).addMessageListener(m -> fromTail.add(m.payload()));
        topic.publish("e");
        assertThat(take(fromTail)).isEqualTo("e");
        assertThat(take(received)).isEqualTo("e");
    }

    @Test
    void errorPolicyFailsThePublishWhenTheRingbufferIsFull() {
        ReliableTopic<Integer> topic = client.getReliableTopic(TestCluster.uniqueName("ovl-err"));
        topic.publishAll(List.of(1, 2, 3));
        assertThatThrownBy(() -> topic.publish(4)).isInstanceOf(TopicOverloadException.class)
                .hasMessageContaining("ERROR");
    }

    @Test
    void discardNewestDropsTheNewMessageAndDiscardOldestOverwrites() {
        String newest = TestCluster.uniqueName("ovl-newest");
        ReliableTopic<Integer> dropNew = client.getReliableTopic(newest);
        for (int i = 0; i < 5; i++) {
            dropNew.publish(i);
        }
        com.hazelcast.ringbuffer.Ringbuffer<Object> rb = cluster.member(0).getRingbuffer("_hz_rb_" + newest);
        assertThat(rb.tailSequence()).isEqualTo(2);
        assertThat(rb.headSequence()).isZero();

        String oldest = TestCluster.uniqueName("ovl-oldest");
        ReliableTopic<Integer> dropOld = client.getReliableTopic(oldest);
        for (int i = 0; i < 5; i++) {
            dropOld.publish(i);
        }
        com.hazelcast.ringbuffer.Ringbuffer<Object> rb2 = cluster.member(0).getRingbuffer("_hz_rb_" + oldest);
        assertThat(rb2.tailSequence()).isEqualTo(4);
        assertThat(rb2.headSequence()).isEqualTo(2);
    }

    @Test
    void blockWaitsUntilThereIsRoom() throws Exception {
        // "block-*" holds two items for 2 s: a third publish has room only once the first two expired
        String name = TestCluster.uniqueName("block");
        ReliableTopic<Integer> topic = client.getReliableTopic(name);
        long start = System.nanoTime();
        topic.publishAll(List.of(1, 2));
        topic.publishAsync(3).get(15, TimeUnit.SECONDS);
        // a bound that load can only make longer; the member counts the items' 2 s in whole seconds, so room may come
        // a little earlier than 2 s after they were written, but never at once
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the publish waited for room")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(cluster.member(0).getRingbuffer("_hz_rb_" + name).tailSequence()).isEqualTo(2);
    }

    @Test
    void aListenerThatFellBehindIsCancelledUnlessLossTolerant() throws Exception {
        String name = TestCluster.uniqueName("loss");
        ReliableTopic<Integer> topic = client.getReliableTopic(name);
        for (int i = 0; i < 10; i++) {
            topic.publish(i);
        }
        CountDownLatch strictCancelled = new CountDownLatch(1);
        BlockingQueue<Integer> strict = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> tolerant = new LinkedBlockingQueue<>();
        topic.addMessageListener(listener(0, false, strict, strictCancelled));
        topic.addMessageListener(listener(0, true, tolerant, new CountDownLatch(1)));
        assertThat(strictCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(take(tolerant), take(tolerant), take(tolerant))).containsExactly(7, 8, 9);
        assertThat(strict).isEmpty();
        topic.publish(10);
        assertThat(take(tolerant)).isEqualTo(10);
        Eventually.assertEventually(Duration.ofSeconds(5),
                () -> assertThat(((ReliableTopicProxy<Integer>) topic).runnerCount()).isEqualTo(1));
    }

    @Test
    void aTerminalErrorEndsTheListenerAndOtherErrorsDoNot() throws Exception {
        String name = TestCluster.uniqueName("rt");
        ReliableTopic<String> topic = client.getReliableTopic(name);
        BlockingQueue<String> terminalSeen = new LinkedBlockingQueue<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        topic.addMessageListener(new ReliableMessageListener<>() {
            @Override
            public void onMessage(Message<String> message) {
                terminalSeen.add(message.payload());
                throw new IllegalStateException("boom");
            }

            @Override
            public boolean isTerminal(Throwable failure) {
                return true;
            }

            @Override
            public void onCancel() {
                cancelled.countDown();
            }
        });
        BlockingQueue<String> plainSeen = new LinkedBlockingQueue<>();
        topic.addMessageListener(m -> {
            plainSeen.add(m.payload());
            throw new IllegalStateException("boom");
        });
        topic.publish("x");
        topic.publish("y");
        assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(take(plainSeen), take(plainSeen))).containsExactly("x", "y");
        assertThat(new ArrayList<>(terminalSeen)).containsExactly("x");
    }

    @Test
    void aSlowListenerHoldsNoOneBack() throws Exception {
        String name = TestCluster.uniqueName("rt");
        ReliableTopic<Integer> topic = client.getReliableTopic(name);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slowSeen = new AtomicInteger();
        topic.addMessageListener(m -> {
            slowSeen.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        BlockingQueue<Integer> fast = new LinkedBlockingQueue<>();
        topic.addMessageListener(m -> fast.add(m.payload()));
        for (int i = 0; i < 50; i++) {
            topic.publishAsync(i);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(take(fast)).isEqualTo(i);
        }
        assertThat(slowSeen).hasValue(1);
        release.countDown();
        Eventually.assertEventually(Duration.ofSeconds(10), () -> assertThat(slowSeen).hasValue(50));
    }

    @Test
    void aRemovedListenerIsCancelledAndHearsNothingMore() throws Exception {
        String name = TestCluster.uniqueName("rt");
        ReliableTopic<Integer> topic = client.getReliableTopic(name);
        BlockingQueue<Integer> received = new LinkedBlockingQueue<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        UUID id = topic.addMessageListener(listener(-1, false, received, cancelled));
        topic.publish(1);
        assertThat(take(received)).isEqualTo(1);
        assertThat(topic.removeMessageListener(id)).isTrue();
        assertThat(topic.removeMessageListener(id)).isFalse();
        assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
        Eventually.assertEventually(Duration.ofSeconds(10), () -> assertThat(((ReliableTopicProxy<Integer>) topic)
                .runnerCount()).as("its reader stopped").isZero());
        BlockingQueue<Integer> kept = new LinkedBlockingQueue<>();
        topic.addMessageListener(listener(-1, false, kept, new CountDownLatch(1)));
        topic.publish(2);
        assertThat(take(kept)).isEqualTo(2);
        assertThat(received).as("nothing after the removal").isEmpty();
    }

    private static ReliableMessageListener<Integer> listener(long initial, boolean lossTolerant,
                                                             BlockingQueue<Integer> sink, CountDownLatch cancelled) {
        return new ReliableMessageListener<>() {
            @Override
            public long initialSequence() {
                return initial;
            }

            @Override
            public boolean isLossTolerant() {
                return lossTolerant;
            }

            @Override
            public void onMessage(Message<Integer> message) {
                sink.add(message.payload());
            }

            @Override
            public void onCancel() {
                cancelled.countDown();
            }
        };
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
        T item = queue.poll(10, TimeUnit.SECONDS);
        assertThat(item).as("a message within 10 s").isNotNull();
        return item;
    }
}
