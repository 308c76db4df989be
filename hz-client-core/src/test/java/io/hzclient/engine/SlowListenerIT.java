package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.topic.Message;
import io.hzclient.topic.MessageListener;
import io.hzclient.topic.Topic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener that blocks holds back only its own events: every other listener of the client, on the same object or
 * another, gets all of its events meanwhile, in order; the blocked one gets all of its own, in order, once free.
 * Six listeners besides the blocked one: with events on a few shared threads, some would share its thread.
 */
class SlowListenerIT {
    private static final int EVENTS = 100;
    private static final List<Integer> ALL = IntStream.range(0, EVENTS).boxed().toList();

    @Test
    void aBlockedEntryListenerHoldsBackNoOtherEntryListener() {
        TestCluster cluster = TestCluster.shared();
        CountDownLatch release = new CountDownLatch(1);
        try (HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            HzMap<String, Integer> map = client.getMap(TestCluster.uniqueName("slow-entry"));
            HzMap<String, Integer> otherMap = client.getMap(TestCluster.uniqueName("slow-entry-other"));
            Recorder blocked = new Recorder(release);
            map.addEntryListener(entryListener(blocked), true);
            List<Recorder> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Recorder r = new Recorder(null);
                others.add(r);
                (i < 4 ? map : otherMap).addEntryListener(entryListener(r), true);
            }

            for (int i = 0; i < EVENTS; i++) {
                map.put("k", i); // one key: its events come in the order of the puts
                otherMap.put("k", i);
            }

            assertAllInOrderWhileBlocked(blocked, others, release);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBlockedTopicListenerHoldsBackNoOtherTopicListener() {
        TestCluster cluster = TestCluster.shared();
        CountDownLatch release = new CountDownLatch(1);
        try (HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            Topic<Integer> topic = client.getTopic(TestCluster.uniqueName("slow-topic"));
            Topic<Integer> otherTopic = client.getTopic(TestCluster.uniqueName("slow-topic-other"));
            Recorder blocked = new Recorder(release);
            topic.addMessageListener(messageListener(blocked));
            List<Recorder> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Recorder r = new Recorder(null);
                others.add(r);
                (i < 4 ? topic : otherTopic).addMessageListener(messageListener(r));
            }

            for (int i = 0; i < EVENTS; i++) {
                topic.publish(i);
                otherTopic.publish(i);
            }

            assertAllInOrderWhileBlocked(blocked, others, release);
        } finally {
            release.countDown();
        }
    }

    private static void assertAllInOrderWhileBlocked(Recorder blocked, List<Recorder> others, CountDownLatch release) {
        for (Recorder r : others) {
            assertEventually(WAIT, () -> assertThat(r.seen).as("a listener beside the blocked one")
                    .containsExactlyElementsOf(ALL));
        }
        assertThat(blocked.seen).as("the blocked listener is still in its first event").containsExactly(0);
        assertThat(release.getCount()).isEqualTo(1);

        release.countDown();
        assertEventually(WAIT, () -> assertThat(blocked.seen).as("the blocked listener, once free")
                .containsExactlyElementsOf(ALL));
    }

    private static EntryListener<String, Integer> entryListener(Recorder recorder) {
        return new EntryListener<>() {
            @Override
            public void entryAdded(EntryEvent<String, Integer> event) {
                recorder.accept(event.value());
            }

            @Override
            public void entryUpdated(EntryEvent<String, Integer> event) {
                recorder.accept(event.value());
            }
        };
    }

    private static MessageListener<Integer> messageListener(Recorder recorder) {
        return (Message<Integer> m) -> recorder.accept(m.payload());
    }

    /** Records values in arrival order; with a latch, blocks in its first call until the latch opens. */
    private static final class Recorder implements Consumer<Integer> {
        final List<Integer> seen = new CopyOnWriteArrayList<>();
        private final CountDownLatch release;

        Recorder(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void accept(Integer value) {
            seen.add(value);
            if (release != null && seen.size() == 1) {
                try {
                    release.await(2 * WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
