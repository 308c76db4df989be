package io.hzclient.map;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.MemberState;
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
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Events of a map changed by one client, seen by another client's listeners, against two real members. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapListenerIT {
    private TestCluster cluster;
    private HzClient writer;
    private HzClient watcher;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(2);
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build();
        writer = HzClient.newClient(config);
        watcher = HzClient.newClient(config);
    }

    @AfterAll
    void stop() {
        for (AutoCloseable c : new AutoCloseable[]{writer, watcher, cluster}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
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
        public void entryUpdated(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void entryEvicted(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void entryExpired(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void entryMerged(EntryEvent<String, String> event) {
            events.add(event);
        }

        @Override
        public void mapEvicted(MapEvent event) {
            events.add(event);
        }

        @Override
        public void mapCleared(MapEvent event) {
            events.add(event);
        }

        @SuppressWarnings("unchecked")
        EntryEvent<String, String> nextEntry() {
            return (EntryEvent<String, String>) next();
        }

        Object next() {
            try {
                Object e = events.poll(30, TimeUnit.SECONDS);
                assertThat(e).as("an event within 30 s").isNotNull();
                return e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String newName() {
        return "events-" + UUID.randomUUID();
    }

    @ParameterizedTest(name = "async registration: {0}")
    @ValueSource(booleans = {false, true})
    void anotherClientSeesAddUpdateRemoveEvictAndExpiry(boolean async) throws Exception {
        String name = newName();
        HzMap<String, String> watched = watcher.getMap(name);
        HzMap<String, String> map = writer.getMap(name);
        Recorder recorder = new Recorder();
        UUID id = async ? watched.addEntryListenerAsync(recorder, true).get(30, TimeUnit.SECONDS)
                : watched.addEntryListener(recorder, true);
        assertThat(id).isNotNull();

        map.put("k", "v1");
        map.put("k", "v2");
        map.remove("k");
        map.put("k", "v3");
        map.evict("k");

        assertEntry(recorder.nextEntry(), name, EntryEventType.ADDED, "k", "v1", null);
        assertEntry(recorder.nextEntry(), name, EntryEventType.UPDATED, "k", "v2", "v1");
        assertEntry(recorder.nextEntry(), name, EntryEventType.REMOVED, "k", null, "v2");
        assertEntry(recorder.nextEntry(), name, EntryEventType.ADDED, "k", "v3", null);
        EntryEvent<String, String> evicted = recorder.nextEntry();
        assertThat(evicted.type()).isEqualTo(EntryEventType.EVICTED);
        assertThat(evicted.key()).isEqualTo("k");

        map.put("t", "short-lived", Duration.ofSeconds(1));
        assertEntry(recorder.nextEntry(), name, EntryEventType.ADDED, "t", "short-lived", null);
        EntryEvent<String, String> expired = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (expired == null && System.nanoTime() < deadline) {
            map.get("t"); // reading an expired entry makes the member notice it at once
            expired = (EntryEvent<String, String>) recorder.events.poll(200, TimeUnit.MILLISECONDS);
        }
        assertThat(expired).as("an expiry event").isNotNull();
        assertThat(expired.type()).isEqualTo(EntryEventType.EXPIRED);
        assertThat(expired.key()).isEqualTo("t");
        assertThat(watched.removeEntryListener(id)).isTrue();
    }

    private static void assertEntry(EntryEvent<String, String> e, String map, EntryEventType type, String key,
                                    String value, String oldValue) {
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.mapName()).isEqualTo(map);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.value()).as("value").isEqualTo(value);
        assertThat(e.oldValue()).as("old value").isEqualTo(oldValue);
        assertThat(e.member()).isNotNull();
    }

    @Test
    void withoutValuesEventsCarryKeysOnly() {
        String name = newName();
        Recorder recorder = new Recorder();
        watcher.<String, String>getMap(name).addEntryListener(recorder, false);
        HzMap<String, String> map = writer.getMap(name);

        map.put("k", "v1");
        map.put("k", "v2");
        map.remove("k");

        for (EntryEventType type : List.of(EntryEventType.ADDED, EntryEventType.UPDATED, EntryEventType.REMOVED)) {
            assertEntry(recorder.nextEntry(), name, type, "k", null, null);
        }
    }

    @Test
    void clearAndEvictAllAreMapEventsFromEachMember() {
        String name = newName();
        Recorder recorder = new Recorder();
        watcher.<String, String>getMap(name).addEntryListener(recorder, true);
        HzMap<String, String> map = writer.getMap(name);
        for (int i = 0; i < 20; i++) {
            map.set("k" + i, "v");
        }
        drain(recorder, 20);

        map.clear();
        assertThat(affectedEntries(recorder, EntryEventType.CLEAR_ALL, 20)).isEqualTo(20);

        for (int i = 0; i < 10; i++) {
            map.set("k" + i, "v");
        }
        drain(recorder, 10);
        map.evictAll();
        assertThat(affectedEntries(recorder, EntryEventType.EVICT_ALL, 10)).isEqualTo(10);
    }

    /** Sums the affected entries of map events of one type until {@code expected} entries are counted. */
    private static int affectedEntries(Recorder recorder, EntryEventType type, int expected) {
        int total = 0;
        while (total < expected) {
            MapEvent e = (MapEvent) recorder.next();
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.member()).isNotNull();
            total += e.numberOfAffectedEntries();
        }
        return total;
    }

    private static void drain(Recorder recorder, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(recorder.nextEntry().type()).isEqualTo(EntryEventType.ADDED);
        }
    }

    @Test
    void aKeyListenerSeesOnlyItsKey() {
        String name = newName();
        Recorder recorder = new Recorder();
        watcher.<String, String>getMap(name).addEntryListener(recorder, "mine", true);
        HzMap<String, String> map = writer.getMap(name);

        for (int i = 0; i < 20; i++) {
            map.put("other-" + i, "x");
        }
        map.put("mine", "1");
        map.put("mine", "2");

        assertEntry(recorder.nextEntry(), name, EntryEventType.ADDED, "mine", "1", null);
        assertEntry(recorder.nextEntry(), name, EntryEventType.UPDATED, "mine", "2", "1");
        assertThat(recorder.events).isEmpty();
    }

    @Test
    void aListenerIsSentOnlyTheKindsItHandles() {
        String name = newName();
        List<EntryEvent<String, String>> added = new ArrayList<>();
        Recorder marker = new Recorder();
        HzMap<String, String> watched = watcher.getMap(name);
        watched.addEntryListener(new EntryListener<>() {
            @Override
            public void entryAdded(EntryEvent<String, String> event) {
                synchronized (added) {
                    added.add(event);
                }
            }
        }, true);
        HzMap<String, String> map = writer.getMap(name);

        map.put("k", "1");
        map.put("k", "2");
        map.remove("k");
        watched.addEntryListener(marker, "k", true);
        map.put("k", "3");
        assertThat(marker.nextEntry().value()).isEqualTo("3");

        MapTesting.eventually(Duration.ofSeconds(30), () -> {
            synchronized (added) {
                assertThat(added).extracting(EntryEvent::value).containsExactly("1", "3");
            }
        });
    }

    @Test
    void aUnisocketClientWorksTheMapAndHearsEveryMembersEvents() {
        ClientConfig unisocket = ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).smartRouting(false).build();
        try (HzClient single = HzClient.newClient(unisocket)) {
            String name = newName();
            HzMap<String, String> map = single.getMap(name);
            Recorder recorder = new Recorder();
            map.addEntryListener(recorder, true);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                keys.add("k" + i);
            }

            keys.forEach(k -> writer.<String, String>getMap(name).put(k, "v-" + k));

            List<String> heard = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                heard.add(recorder.nextEntry().key());
            }
            assertThat(heard).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(keys.stream().map(k -> cluster.member(0).getPartitionService().getPartition(k).getOwner())
                    .distinct().count()).as("the keys live on both members").isEqualTo(2);
            assertThat(map.getAll(java.util.Set.copyOf(keys))).hasSize(keys.size());
            map.put("k0", "changed");
            assertThat(cluster.member(1).<String, String>getMap(name).get("k0")).isEqualTo("changed");
        }
    }

    @Test
    void removingAListenerStopsItsEvents() throws Exception {
        String name = newName();
        HzMap<String, String> watched = watcher.getMap(name);
        HzMap<String, String> map = writer.getMap(name);
        Recorder removed = new Recorder();
        Recorder kept = new Recorder();
        UUID id = watched.addEntryListener(removed, "k", true);
        watched.addEntryListener(kept, "k", true);

        map.put("k", "1");
        assertThat(removed.nextEntry().value()).isEqualTo("1");
        assertThat(kept.nextEntry().value()).isEqualTo("1");
        assertEventually(Duration.ofSeconds(30), () -> assertThat(registrations(name))
                .as("both listeners on both members").isEqualTo(4));

        assertThat(watched.removeEntryListener(id)).isTrue();
        assertThat(watched.removeEntryListenerAsync(id).get(30, TimeUnit.SECONDS)).as("already removed").isFalse();
        // an explicit state instead of a pause: the members no longer hold the removed listener, so send it nothing
        assertEventually(Duration.ofSeconds(30), () -> assertThat(registrations(name)).isEqualTo(2));
        map.put("k", "2");

        assertThat(kept.nextEntry().value()).isEqualTo("2");
        assertThat(removed.events).isEmpty();
    }

    /** The members' listener registrations for map {@code name}, summed. */
    private int registrations(String name) {
        return MemberState.listenerRegistrations(cluster.member(0), MemberState.MAP_SERVICE, name)
                + MemberState.listenerRegistrations(cluster.member(1), MemberState.MAP_SERVICE, name);
    }
}
