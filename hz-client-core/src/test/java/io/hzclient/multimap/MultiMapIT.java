package io.hzclient.multimap;

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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** HzMultiMap against two real members: every call sync and async, locks across clients, events, bytes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiMapIT {
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

    /** The blocking form, or the async form joined: one test body for both. */
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
    void keysHoldManyValues(boolean async) {
        HzMultiMap<String, Integer> mm = client.getMultiMap(TestCluster.uniqueName("mm"));

        assertThat(call(async, () -> mm.put("a", 1), () -> mm.putAsync("a", 1))).isTrue();
        assertThat(call(async, () -> mm.put("a", 2), () -> mm.putAsync("a", 2))).isTrue();
        assertThat(call(async, () -> mm.put("a", 2), () -> mm.putAsync("a", 2)))
                .as("the member's default collection is a set: a value put twice is there once").isFalse();
        mm.put("b", 3);

        assertThat(call(async, () -> mm.get("a"), () -> mm.getAsync("a"))).containsExactlyInAnyOrder(1, 2);
        assertThat(call(async, () -> mm.get("none"), () -> mm.getAsync("none"))).isEmpty();
        assertThat(call(async, () -> mm.valueCount("a"), () -> mm.valueCountAsync("a"))).isEqualTo(2);
        assertThat(call(async, () -> mm.containsKey("b"), () -> mm.containsKeyAsync("b"))).isTrue();
        assertThat(call(async, () -> mm.containsKey("c"), () -> mm.containsKeyAsync("c"))).isFalse();
        assertThat(call(async, () -> mm.containsEntry("a", 1), () -> mm.containsEntryAsync("a", 1))).isTrue();
        assertThat(call(async, () -> mm.containsEntry("b", 1), () -> mm.containsEntryAsync("b", 1))).isFalse();
        assertThat(mm.containsValue(3)).isTrue();
        assertThat(mm.containsValue(4)).isFalse();
        assertThat(mm.size()).isEqualTo(3);
        assertThat(mm.keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(mm.values()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(mm.entrySet()).containsExactlyInAnyOrder(entry("a", 1), entry("a", 2), entry("b", 3));

        assertThat(call(async, () -> mm.remove("a", 2), () -> mm.removeAsync("a", 2))).isTrue();
        assertThat(call(async, () -> mm.remove("a", 9), () -> mm.removeAsync("a", 9))).isFalse();
        assertThat(mm.get("a")).containsExactly(1);
        mm.put("a", 5);
        assertThat(call(async, () -> mm.remove("a"), () -> mm.removeAsync("a"))).containsExactlyInAnyOrder(1, 5);
        assertThat(mm.containsKey("a")).isFalse();
        call(async, () -> {
            mm.delete("b");
            return null;
        }, () -> mm.deleteAsync("b"));
        assertThat(mm.size()).isZero();
    }

    @ParameterizedTest(name = "async: {0}")
    @ValueSource(booleans = {false, true})
    void putAllSpreadsKeysOverPartitionsAndClearEmptiesAll(boolean async) {
        HzMultiMap<Integer, String> mm = client.getMultiMap(TestCluster.uniqueName("mm-all"));
        Map<Integer, List<String>> entries = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            entries.put(i, List.of("x" + i, "y" + i));
        }
        call(async, () -> {
            mm.putAll(entries);
            return null;
        }, () -> mm.putAllAsync(entries));

        assertThat(mm.size()).isEqualTo(100);
        assertThat(mm.get(7)).containsExactlyInAnyOrder("x7", "y7");
        mm.clear();
        assertThat(mm.size()).isZero();
        assertThat(mm.keySet()).isEmpty();
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        HzMultiMap<String, String> mm = client.getMultiMap(TestCluster.uniqueName("mm-bad"));

        assertThatThrownBy(() -> mm.put(null, "v")).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> mm.putAsync("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> mm.get(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> mm.containsValue(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> mm.putAll(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entries");
        Map<String, List<String>> withNullValues = new java.util.HashMap<>();
        withNullValues.put("k", null);
        assertThatThrownBy(() -> mm.putAll(withNullValues)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("values of key k");
        assertThatThrownBy(() -> mm.lock("k", Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
        assertThatThrownBy(() -> mm.tryLock("k", Duration.ofMillis(-5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> mm.addEntryListener(null, true)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("listener");
        assertThatThrownBy(() -> mm.addEntryListener(new EntryListener<>() {
        }, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asks for no event");
        assertThat(mm.size()).as("nothing was sent").isZero();
    }

    @ParameterizedTest(name = "async: {0}")
    @ValueSource(booleans = {false, true})
    void aKeyLockedByOneClientIsLockedForTheOther(boolean async) throws Exception {
        String name = TestCluster.uniqueName("mm-lock");
        HzMultiMap<String, String> mine = client.getMultiMap(name);
        HzMultiMap<String, String> theirs = other.getMultiMap(name);

        call(async, () -> {
            mine.lock("k");
            return null;
        }, () -> mine.lockAsync("k"));
        assertThat(call(async, () -> theirs.isLocked("k"), () -> theirs.isLockedAsync("k"))).isTrue();
        assertThat(call(async, () -> theirs.tryLock("k", Duration.ofMillis(100)),
                () -> theirs.tryLockAsync("k", Duration.ofMillis(100)))).isFalse();

        // the other client waits for the lock; it gets it once this one unlocks
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> theirs.tryLock("k", WAIT));
        if (async) {
            mine.unlockAsync("k").get(30, TimeUnit.SECONDS);
        } else {
            mine.unlock("k");
        }
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mine.tryLock("k")).as("held by the other client").isFalse();
        if (async) {
            mine.forceUnlockAsync("k").get(30, TimeUnit.SECONDS);
        } else {
            mine.forceUnlock("k");
        }
        assertThat(theirs.isLocked("k")).isFalse();

        // a lease frees the lock without an unlock
        assertThat(call(async, () -> theirs.tryLock("k", Duration.ZERO, Duration.ofSeconds(1)),
                () -> theirs.tryLockAsync("k", Duration.ZERO, Duration.ofSeconds(1)))).isTrue();
        assertThat(mine.tryLock("k", WAIT, Duration.ofSeconds(30))).as("once the lease ran out").isTrue();
        mine.unlock("k");
        mine.lock("k", Duration.ofSeconds(1));
        assertEventually(WAIT, () -> assertThat(theirs.isLocked("k")).isFalse());
    }

    @Test
    void unlockingALockHeldByAnotherThreadFails() {
        HzMultiMap<String, String> mm = client.getMultiMap(TestCluster.uniqueName("mm-owner"));
        mm.lock("k");
        CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(() -> mm.unlock("k"));
        assertThatThrownBy(() -> elsewhere.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(
                IllegalMonitorStateException.class);
        mm.unlock("k");
        assertThat(mm.isLocked("k")).isFalse();
    }

    /** Records every kind of event, in arrival order. */
    static final class Recorder implements EntryListener<String, String> {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void entryAdded(EntryEvent<String, String> event) {
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

        Object next() throws InterruptedException {
            Object e = events.poll(30, TimeUnit.SECONDS);
            assertThat(e).as("an event within 30 s").isNotNull();
            return e;
        }

        @SuppressWarnings("unchecked")
        EntryEvent<String, String> nextEntry() throws InterruptedException {
            return (EntryEvent<String, String>) next();
        }
    }

    @Test
    void anotherClientHearsPutsRemovalsAndClears() throws Exception {
        String name = TestCluster.uniqueName("mm-events");
        HzMultiMap<String, String> watched = other.getMultiMap(name);
        HzMultiMap<String, String> mm = client.getMultiMap(name);
        Recorder all = new Recorder();
        Recorder keysOnly = new Recorder();
        Recorder oneKey = new Recorder();
        UUID allId = watched.addEntryListener(all, true);
        watched.addEntryListener(keysOnly, false);
        watched.addEntryListener(oneKey, "b", true);

        mm.put("a", "1");
        mm.put("b", "2");
        mm.remove("a", "1");

        // one key's events come in order; "a" and "b" live in different partitions, whose events may cross
        List<EntryEvent<String, String>> heard = List.of(all.nextEntry(), all.nextEntry(), all.nextEntry());
        List<EntryEvent<String, String>> ofA = heard.stream().filter(e -> e.key().equals("a")).toList();
        assertThat(ofA).extracting(EntryEvent::type).containsExactly(EntryEventType.ADDED, EntryEventType.REMOVED);
        assertThat(ofA.get(0).value()).isEqualTo("1");
        assertThat(ofA.get(0).mapName()).isEqualTo(name);
        assertThat(ofA.get(1).oldValue()).isEqualTo("1");
        assertThat(heard).filteredOn(e -> e.key().equals("b")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntryEventType.ADDED));

        List<EntryEvent<String, String>> withoutValues = List.of(keysOnly.nextEntry(), keysOnly.nextEntry(),
                keysOnly.nextEntry());
        assertThat(withoutValues).extracting(EntryEvent::key).containsExactlyInAnyOrder("a", "b", "a");
        assertThat(withoutValues).allSatisfy(e -> assertThat(e.value()).isNull());

        EntryEvent<String, String> ofB = oneKey.nextEntry();
        assertThat(ofB.key()).isEqualTo("b");
        assertThat(ofB.value()).isEqualTo("2");

        mm.clear();
        assertEventually(WAIT, () -> assertThat(all.events).anyMatch(e -> e instanceof MapEvent m
                && m.type() == EntryEventType.CLEAR_ALL));

        mm.put("d", "1");
        mm.put("d", "2");
        mm.remove("d");
        assertEventually(WAIT, () -> assertThat(all.events).as("one removal per value of a removed key")
                .filteredOn(e -> e instanceof EntryEvent<?, ?> x && x.type() == EntryEventType.REMOVED
                        && "d".equals(x.key()))
                .extracting(e -> (Object) ((EntryEvent<?, ?>) e).oldValue()).containsExactlyInAnyOrder("1", "2"));

        assertThat(watched.removeEntryListener(allId)).isTrue();
        assertThat(watched.removeEntryListener(allId)).isFalse();
        all.events.clear();
        mm.put("c", "3");
        // the listener still registered hears "c"; events of one key come in order, so the removed one would have too
        assertEventually(WAIT, () -> assertThat(keysOnly.events).anyMatch(e -> e instanceof EntryEvent<?, ?> x
                && "c".equals(x.key())));
        assertThat(all.events).as("a removed listener hears nothing").isEmpty();
    }

    @Test
    void listenersComeBackAfterTheClusterRestarts() {
        try (TestCluster alone = TestCluster.start(1);
             HzClient reconnecting = HzClient.newClient(ClientConfig.builder().clusterName(alone.clusterName())
                     .addresses(alone.addresses()).clusterConnectTimeout(null).build())) {
            HzMultiMap<String, String> mm = reconnecting.getMultiMap(TestCluster.uniqueName("mm-back"));
            List<String> added = new java.util.concurrent.CopyOnWriteArrayList<>();
            mm.addEntryListener(new EntryListener<>() {
                @Override
                public void entryAdded(EntryEvent<String, String> event) {
                    added.add(event.key());
                }
            }, false);
            mm.put("before", "v");
            assertEventually(WAIT, () -> assertThat(added).contains("before"));

            alone.terminateMember(0);
            alone.restartMember(0);

            // puts made before the listener is registered again are not heard: each try puts a new key
            java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
            assertEventually(WAIT, () -> {
                String key = "after-" + tries.incrementAndGet();
                mm.put(key, "v");
                assertEventually(Duration.ofSeconds(2), () -> assertThat(added).contains(key));
            });
        }
    }

    @Test
    void whatTheOfficialClientWritesWeReadAndTheOtherWayRound() {
        String name = TestCluster.uniqueName("mm-bytes");
        com.hazelcast.multimap.MultiMap<Object, Object> theirs = official.getMultiMap(name);
        HzMultiMap<Object, Object> ours = client.getMultiMap(name);
        byte[] bytes = {1, 2, 3};
        Item item = new Item("pen", 4);

        theirs.put("s", "text");
        theirs.put(7, 8L);
        theirs.put(9L, item);
        theirs.put(item, bytes);
        assertThat(ours.get("s")).containsExactly("text");
        assertThat(ours.get(7)).containsExactly(8L);
        assertThat(ours.get(9L)).containsExactly(item);
        assertThat(ours.get(item)).singleElement().isEqualTo(bytes);

        ours.put("t", 10);
        ours.put(11, item);
        ours.put(12L, bytes);
        ours.put(new Item("cup", 1), "s");
        assertThat(theirs.get("t")).containsExactly(10);
        assertThat(theirs.get(11)).containsExactly(item);
        assertThat(theirs.get(12L)).singleElement().isEqualTo(bytes);
        assertThat(theirs.get(new Item("cup", 1))).containsExactly("s");
        assertThat(theirs.size()).isEqualTo(ours.size()).isEqualTo(8);
    }
}
