package io.hzclient.map;

import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import com.hazelcast.map.MapStore;
import com.hazelcast.map.MapStoreFactory;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The HzMap methods whose Javadoc speaks of a MapStore on the members: putTransient, evict, evictAll, flush and
 * loadAll, with the LOADED events it fires.
 * The store is a map in this JVM, which the in-JVM member writes to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapStoreIT {
    /** What the members' MapStore holds, by map name. */
    private static final Map<String, Map<String, String>> STORED = new ConcurrentHashMap<>();
    /** A store per map. */
    private static final MapStoreFactory<String, String> STORES = (mapName, properties) -> new Store(mapName);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private TestCluster cluster;
    private HzClient client;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1, c -> {
            c.addMapConfig(new MapConfig("through-*").setMapStoreConfig(new MapStoreConfig().setEnabled(true)
                    .setFactoryImplementation(STORES).setWriteDelaySeconds(0)));
            // writes wait a minute in the member's write-behind queue: only flush stores them sooner
            c.addMapConfig(new MapConfig("behind-*").setMapStoreConfig(new MapStoreConfig().setEnabled(true)
                    .setFactoryImplementation(STORES).setWriteDelaySeconds(60)));
        });
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
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

    private static Map<String, String> stored(HzMap<?, ?> map) {
        return STORED.computeIfAbsent(map.getName(), n -> new ConcurrentHashMap<>());
    }

    @Test
    void putTransientIsNotWrittenToTheStoreButPutIs() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("through"));

        map.put("put", "1");
        map.putTransient("transient", "2", null);

        assertThat(map.get("transient")).isEqualTo("2");
        assertThat(stored(map)).containsExactly(Map.entry("put", "1"));
    }

    @Test
    void evictAndEvictAllLeaveTheStoreAloneAndTheValueLoadsBack() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("through"));
        map.put("a", "1");
        map.put("b", "2");

        assertThat(map.evict("a")).isTrue();
        assertThat(stored(map)).containsOnlyKeys("a", "b");
        map.evictAll();
        assertThat(stored(map)).containsOnlyKeys("a", "b");

        assertThat(map.get("a")).as("loaded from the store").isEqualTo("1");
    }

    @Test
    void flushWritesWhatWriteBehindHasNotStoredYet() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("behind"));
        map.put("k", "v");
        assertThat(stored(map)).as("still queued for a minute").isEmpty();

        map.flush();

        assertThat(stored(map)).containsExactly(Map.entry("k", "v"));
    }

    @Test
    void loadAllFillsTheMapFromTheStoreAndFiresLoadedEvents() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("through"));
        assertThat(map.size()).as("the initial load found an empty store").isZero();
        List<EntryEvent<String, String>> loaded = new CopyOnWriteArrayList<>();
        map.addEntryListener(new EntryListener<String, String>() {
            @Override
            public void entryLoaded(EntryEvent<String, String> event) {
                loaded.add(event);
            }
        }, true);
        stored(map).putAll(Map.of("a", "1", "b", "2", "c", "3"));

        map.loadAll(false);

        assertThat(map.getAll(Set.of("a", "b", "c"))).isEqualTo(Map.of("a", "1", "b", "2", "c", "3"));
        assertEventually(WAIT, () -> assertThat(loaded).extracting(EntryEvent::key, EntryEvent::value)
                .containsExactlyInAnyOrder(tuple("a", "1"), tuple("b", "2"), tuple("c", "3")));
        assertThat(loaded).extracting(EntryEvent::type).containsOnly(EntryEventType.LOADED);
    }

    @Test
    void loadAllReplacesTheValuesTheMapHoldsOnlyWhenAskedAndGivenKeysLoadOnlyThose() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("through"));
        map.putTransient("a", "mine", null); // in the map, not in the store
        map.putTransient("b", "mine", null);
        stored(map).putAll(Map.of("a", "stored", "b", "stored", "c", "stored"));

        map.loadAll(List.of("a", "c"), false);
        assertThat(map.getAll(Set.of("a", "b", "c"))).isEqualTo(Map.of("a", "mine", "b", "mine", "c", "stored"));
        assertThat(map.size()).isEqualTo(3);

        map.loadAll(List.of("a"), true);
        assertThat(map.get("a")).isEqualTo("stored");
        assertThat(map.get("b")).as("not among the given keys").isEqualTo("mine");

        map.loadAllAsync(true).join();
        assertThat(map.get("b")).isEqualTo("stored");
    }

    /** A MapStore over the entry of {@link #STORED} for one distributed map. */
    static final class Store implements MapStore<String, String> {
        private final Map<String, String> data;

        Store(String mapName) {
            data = STORED.computeIfAbsent(mapName, n -> new ConcurrentHashMap<>());
        }

        @Override
        public void store(String key, String value) {
            data.put(key, value);
        }

        @Override
        public void storeAll(Map<String, String> map) {
            data.putAll(map);
        }

        @Override
        public void delete(String key) {
            data.remove(key);
        }

        @Override
        public void deleteAll(Collection<String> keys) {
            keys.forEach(data::remove);
        }

        @Override
        public String load(String key) {
            return data.get(key);
        }

        @Override
        public Map<String, String> loadAll(Collection<String> keys) {
            Map<String, String> found = new HashMap<>();
            keys.forEach(k -> {
                String v = data.get(k);
                if (v != null) {
                    found.put(k, v);
                }
            });
            return found;
        }

        @Override
        public Iterable<String> loadAllKeys() {
            return new ArrayList<>(data.keySet());
        }
    }
}
