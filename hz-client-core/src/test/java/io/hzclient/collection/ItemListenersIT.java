package io.hzclient.collection;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.list.HzList;
import io.hzclient.queue.HzQueue;
import io.hzclient.set.HzSet;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Item listeners of queues, sets and lists: what they hear, with and without values, and after a reconnect. */
class ItemListenersIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ClientConfig.Builder config(TestCluster cluster) {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses());
    }

    @Test
    void queueListenersHearAddsAndRemovesWithOrWithoutTheItem() {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(config(cluster).build())) {
            HzQueue<String> q = client.getQueue(TestCluster.uniqueName("q-events"));
            ItemRecorder<String> withValues = new ItemRecorder<>();
            ItemRecorder<String> without = new ItemRecorder<>();
            q.addItemListener(withValues, true);
            UUID withoutId = q.addItemListener(without, false);
            q.offer("a");
            q.offer("b");
            q.poll();
            assertEventually(WAIT, () -> assertThat(withValues.events).containsExactly("added:a", "added:b",
                    "removed:a"));
            assertEventually(WAIT, () -> assertThat(without.events).containsExactly("added:null", "added:null",
                    "removed:null"));
            ItemEvent<String> first = withValues.raw.get(0);
            assertThat(first.name()).isEqualTo(q.getName());
            assertThat(first.eventType()).isEqualTo(ItemEventType.ADDED);
            assertThat(first.member()).as("a member of the cluster view").isNotNull();

            assertThat(q.removeItemListener(withoutId)).isTrue();
            assertThat(q.removeItemListener(withoutId)).isFalse();
            q.offer("c");
            assertEventually(WAIT, () -> assertThat(withValues.events).contains("added:c"));
            assertThat(without.events).as("removed: heard nothing more").hasSize(3);
        }
    }

    @Test
    void setAndListListenersHearAddsAndRemoves() {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(config(cluster).build())) {
            HzSet<Integer> set = client.getSet(TestCluster.uniqueName("s-events"));
            HzList<Integer> list = client.getList(TestCluster.uniqueName("l-events"));
            ItemRecorder<Integer> setEvents = new ItemRecorder<>();
            ItemRecorder<Integer> listEvents = new ItemRecorder<>();
            set.addItemListener(setEvents, true);
            UUID listId = list.addItemListener(listEvents, true);
            set.add(1);
            set.add(1); // already there: no event
            set.remove(1);
            list.add(7);
            list.add(0, 6);
            list.remove(Integer.valueOf(7));
            list.remove(0); // by index: the member's event carries no item
            assertEventually(WAIT, () -> assertThat(setEvents.events).containsExactly("added:1", "removed:1"));
            assertEventually(WAIT, () -> assertThat(listEvents.events).containsExactly("added:7", "added:6",
                    "removed:7", "removed:null"));
            assertThat(list.removeItemListener(listId)).isTrue();
            assertThatThrownBy(() -> set.addItemListener(null, true)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> set.removeItemListener(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void listenersHearEventsAgainAfterTheClientReconnects() {
        try (TestCluster cluster = TestCluster.start(1);
             HzClient client = HzClient.newClient(config(cluster).invocationTimeout(Duration.ofSeconds(10))
                     .heartbeatInterval(Duration.ofSeconds(1)).heartbeatTimeout(Duration.ofSeconds(3))
                     .clusterConnectTimeout(null).build())) {
            String suffix = TestCluster.uniqueName("reconnect");
            HzQueue<String> q = client.getQueue("q-" + suffix);
            HzSet<String> s = client.getSet("s-" + suffix);
            HzList<String> l = client.getList("l-" + suffix);
            ItemRecorder<String> qEvents = new ItemRecorder<>();
            ItemRecorder<String> sEvents = new ItemRecorder<>();
            ItemRecorder<String> lEvents = new ItemRecorder<>();
            q.addItemListener(qEvents, true);
            s.addItemListener(sEvents, true);
            l.addItemListener(lEvents, true);

            cluster.terminateMember(0);
            assertEventually(WAIT, () -> assertThat(client.isConnected()).isFalse());
            cluster.restartMember(0);

            // items added before the listeners are registered again are not heard: so each try adds new ones
            heardAfterReconnect(q::offer, qEvents);
            heardAfterReconnect(s::add, sEvents);
            heardAfterReconnect(l::add, lEvents);
        }
    }

    private static void heardAfterReconnect(Function<String, Boolean> add, ItemRecorder<String> events) {
        int[] tries = {0};
        assertEventually(WAIT, () -> {
            String item = "after-" + tries[0]++;
            add.apply(item);
            assertEventually(Duration.ofSeconds(2), () -> assertThat(events.events).contains("added:" + item));
        });
        assertThat(events.events).isNotEmpty().allMatch(e -> List.of("added").contains(e.split(":")[0]));
    }
}
