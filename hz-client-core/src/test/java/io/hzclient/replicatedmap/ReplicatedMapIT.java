package io.hzclient.replicatedmap;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** HzReplicatedMap against two real members: every call sync and async, TTL, events, bytes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicatedMapIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private TestCluster cluster;
    private HzClient client;
    private HzClient other;
    private HazelcastInstance official;

    /** A Compact record (zero-config on both clients). */
    record Item(String name, int quantity) {
    }

    @BeforeAll
    void start() {
        cluster = TestCluster.start(2);
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build();
        client = HzClient.newClient(config);
        other = HzClient.newClient(config);
        com.hazelcast.client.config.ClientConfig theirs = new com.hazelcast.client.config.ClientConfig();
        theirs.setClusterName(cluster.clusterName());
        theirs.getNetworkConfig().setAddresses(new ArrayList<>(cluster.addresses()));
        official = HazelcastClient.newHazelcastClient(theirs);
    }

    @AfterAll
    void stop() {
        if (official != null) {
            official.shutdown();
        }
        for (AutoCloseable c : new AutoCloseable[]{client, other, cluster}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    private static <T> T call(boolean async, Supplier<T> sync, Supplier<CompletableFuture<T>> asyncForm) {
        if (!async) {
            return sync.get();
        }
        try {
            return asyncForm.get().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "async: {0}")
    @ValueSource(booleans = {false, true})
    void aReplicatedMapIsAJavaMap(boolean async) {
        String name = TestCluster.uniqueName("rm");
        HzReplicatedMap<String, Integer> rm = client.getReplicatedMap(name);

        assertThat(rm.isEmpty()).isTrue();
        assertThat(call(async, () -> rm.put("a", 1), () -> rm.putAsync("a", 1))).isNull();
        assertThat(call(async, () -> rm.put("a", 2), () -> rm.putAsync("a", 2))).isEqualTo(1);
        rm.putAll(Map.of("b", 3, "c", 4));

        assertThat(call(async, () -> rm.get("a"), () -> rm.getAsync("a"))).isEqualTo(2);
        assertThat(call(async, () -> rm.get("none"), () -> rm.getAsync("none"))).isNull();
        assertThat(rm.containsKey("b")).isTrue();
        assertThat(rm.containsKey("z")).isFalse();
        // these read the whole map on one member, which gets the entries other members own a moment later (a
        // replicated map is eventually consistent): seen once all arrived
        assertEventually(WAIT, () -> {
            assertThat(rm.containsValue(4)).isTrue();
            assertThat(rm.size()).isEqualTo(3);
        });
        assertThat(rm.containsValue(9)).isFalse();
        assertThat(rm.isEmpty()).isFalse();
        assertThat(rm.keySet()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(rm.values()).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(rm.entrySet()).containsExactlyInAnyOrder(entry("a", 2), entry("b", 3), entry("c", 4));

        assertThat(call(async, () -> rm.remove("a"), () -> rm.removeAsync("a"))).isEqualTo(2);
        assertThat(call(async, () -> rm.remove("a"), () -> rm.removeAsync("a"))).isNull();

        HzReplicatedMap<String, Integer> seenByOther = other.getReplicatedMap(name);
        assertEventually(WAIT, () -> assertThat(seenByOther.entrySet()).containsExactlyInAnyOrder(entry("b", 3),
                entry("c", 4)));
        rm.clear();
        assertEventually(WAIT, () -> assertThat(seenByOther.isEmpty()).isTrue());
        assertThat(rm.size()).isZero();
    }

    @ParameterizedTest(name = "async: {0}")
    @ValueSource(booleans = {false, true})
    void anEntryWithATimeToLiveGoesOnEveryMember(boolean async) {
        HzReplicatedMap<String, String> rm = client.getReplicatedMap(TestCluster.uniqueName("rm-ttl"));
        call(async, () -> rm.put("short", "v", Duration.ofSeconds(1)),
                () -> rm.putAsync("short", "v", Duration.ofSeconds(1)));
        call(async, () -> rm.put("forever", "v", Duration.ZERO), () -> rm.putAsync("forever", "v", Duration.ZERO));

        assertEventually(WAIT, () -> assertThat(rm.containsKey("short")).isFalse());
        for (int i = 0; i < cluster.size(); i++) {
            assertThat(cluster.member(i).getReplicatedMap(rm.getName()).containsKey("short")).isFalse();
        }
        assertThat(rm.get("forever")).isEqualTo("v");
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        HzReplicatedMap<String, String> rm = client.getReplicatedMap(TestCluster.uniqueName("rm-bad"));

        assertThatThrownBy(() -> rm.put(null, "v")).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> rm.put("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> rm.put("k", "v", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ttl");
        assertThatThrownBy(() -> rm.putAsync("k", "v", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl must not be negative");
        assertThatThrownBy(() -> rm.get(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> rm.containsValue(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> rm.putAll(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> rm.addEntryListener(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("listener");
        assertThat(rm.isEmpty()).as("nothing was sent").isTrue();
    }

    /** Records every kind of event, in arrival order. */
    static final class Recorder implements EntryListener<String, String> {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void entryRemoved(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void mapCleared(MapEvent event) {
            events.add(event);
        }

        @SuppressWarnings("unchecked")
        EntryEvent<String, String> nextEntry() throws InterruptedException {
            Object e = events.poll(30, TimeUnit.SECONDS);
            assertThat(e).as("an event within 30 s").isInstanceOf(EntryEvent.class);
            return (EntryEvent<String, String>) e;
        }
    }

    @Test
    void anotherClientHearsEveryChange() throws Exception {
        String name = TestCluster.uniqueName("rm-events");
        HzReplicatedMap<String, String> watched = other.getReplicatedMap(name);
        HzReplicatedMap<String, String> rm = client.getReplicatedMap(name);
        Recorder all = new Recorder();
        Recorder oneKey = new Recorder();
        UUID allId = watched.addEntryListener(all);
        watched.addEntryListener(oneKey, "b");

        rm.put("a", "1");
        rm.put("a", "2");
        rm.remove("a");
        rm.put("b", "3");

        // one key's events come in order; "a" and "b" live in different partitions, whose events may cross
        List<EntryEvent<String, String>> heard = List.of(all.nextEntry(), all.nextEntry(), all.nextEntry(),
                all.nextEntry());
        List<EntryEvent<String, String>> ofA = heard.stream().filter(e -> e.key().equals("a")).toList();
        assertThat(ofA).extracting(EntryEvent::type).containsExactly(EntryEventType.ADDED, EntryEventType.UPDATED,
                EntryEventType.REMOVED);
        assertThat(ofA.get(0).value()).isEqualTo("1");
        assertThat(ofA.get(1).value()).isEqualTo("2");
        assertThat(ofA.get(1).oldValue()).isEqualTo("1");
        assertThat(ofA.get(2).oldValue()).isEqualTo("2");
        assertThat(heard).filteredOn(e -> e.key().equals("b")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntryEventType.ADDED));
        EntryEvent<String, String> ofB = oneKey.nextEntry();
        assertThat(ofB.key()).isEqualTo("b");
        assertThat(oneKey.events).isEmpty();

        rm.clear();
        assertEventually(WAIT, () -> assertThat(all.events).anyMatch(e -> e instanceof MapEvent m
                && m.type() == EntryEventType.CLEAR_ALL));
        assertThat(watched.removeEntryListener(allId)).isTrue();
        assertThat(watched.removeEntryListener(allId)).isFalse();
    }

    @Test
    void listenersComeBackAfterTheClusterRestarts() {
        try (TestCluster alone = TestCluster.start(1);
             HzClient reconnecting = HzClient.newClient(ClientConfig.builder().clusterName(alone.clusterName())
                     .addresses(alone.addresses()).clusterConnectTimeout(null).build())) {
            HzReplicatedMap<String, String> rm = reconnecting.getReplicatedMap(TestCluster.uniqueName("rm-back"));
            List<String> added = new CopyOnWriteArrayList<>();
            rm.addEntryListener(new EntryListener<>() {
                @Override
                public void entryAdded(EntryEvent<String, String> event) {
                    added.add(event.key());
                }
            });
            rm.put("before", "v");
            assertEventually(WAIT, () -> assertThat(added).contains("before"));

            alone.terminateMember(0);
            alone.restartMember(0);

            AtomicInteger tries = new AtomicInteger();
            assertEventually(WAIT, () -> {
                String key = "after-" + tries.incrementAndGet();
                rm.put(key, "v");
                assertEventually(Duration.ofSeconds(2), () -> assertThat(added).contains(key));
            });
        }
    }

    @Test
    void whatTheOfficialClientWritesWeReadAndTheOtherWayRound() {
        String name = TestCluster.uniqueName("rm-bytes");
        com.hazelcast.replicatedmap.ReplicatedMap<Object, Object> theirs = official.getReplicatedMap(name);
        HzReplicatedMap<Object, Object> ours = client.getReplicatedMap(name);
        byte[] bytes = {1, 2, 3};
        Item item = new Item("pen", 4);

        theirs.put("s", "text");
        theirs.put(7, 8L);
        theirs.put(9L, item);
        theirs.put(item, bytes);
        assertEventually(WAIT, () -> assertThat(ours.size()).isEqualTo(4));
        assertThat(ours.get("s")).isEqualTo("text");
        assertThat(ours.get(7)).isEqualTo(8L);
        assertThat(ours.get(9L)).isEqualTo(item);
        assertThat(ours.get(item)).isEqualTo(bytes);

        ours.put("t", 10);
        ours.put(11, item);
        ours.put(12L, bytes);
        ours.put(new Item("cup", 1), "s");
        assertEventually(WAIT, () -> assertThat(theirs.size()).isEqualTo(8));
        assertThat(theirs.get("t")).isEqualTo(10);
        assertThat(theirs.get(11)).isEqualTo(item);
        assertThat(theirs.get(12L)).isEqualTo(bytes);
        assertThat(theirs.get(new Item("cup", 1))).isEqualTo("s");
    }
}
