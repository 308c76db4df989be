package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.map.HzMap;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.memberGets;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads through a near cache against real members: hits stay local, misses reserve, formats keep their promise. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheReadIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final DefaultSerializationService serialization = new DefaultSerializationService(
            SerializationConfig.defaults());
    private HzClient client;
    private HzClient writer;

    @BeforeAll
    void start() {
        client = NearCacheTesting.client(NearCacheConfig.builder("read-*").build(),
                NearCacheConfig.builder("object-*").inMemoryFormat(InMemoryFormat.OBJECT).build(),
                NearCacheConfig.builder("binary-*").inMemoryFormat(InMemoryFormat.BINARY).build(),
                NearCacheConfig.builder("skeys-*").serializeKeys(true).build());
        writer = NearCacheTesting.client();
    }

    @AfterAll
    void stop() {
        closeAll(client, writer);
    }

    private HzMap<String, String> seeded(String prefix, int keys) {
        String name = TestCluster.uniqueName(prefix);
        HzMap<String, String> w = writer.getMap(name);
        for (int i = 0; i < keys; i++) {
            w.set("k" + i, "v" + i);
        }
        return client.getMap(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read", "skeys"})
    void aHitIsServedWithoutTheNetwork(String prefix) {
        HzMap<String, String> map = seeded(prefix, 1);
        assertThat(map.get("k0")).isEqualTo("v0");
        long sent = client.getStatistics().invocationsStarted();
        long gets = memberGets(map.getName());

        assertThat(map.get("k0")).isEqualTo("v0");
        assertThat(map.getAsync("k0").join()).isEqualTo("v0");
        assertThat(map.containsKey("k0")).isTrue();
        assertThat(map.containsKeyAsync("k0").join()).isTrue();

        assertThat(client.getStatistics().invocationsStarted()).isEqualTo(sent);
        assertThat(memberGets(map.getName())).isEqualTo(gets);
        assertThat(nearCacheOf(map).stats().hits()).isEqualTo(4);
        assertThat(nearCacheOf(map).stats().misses()).isEqualTo(1);
    }

    /** Measured with the JVM's per-thread allocation counter: an OBJECT hit returns the cached instance. */
    @Test
    void objectFormatHitsAllocateNothing() {
        String name = TestCluster.uniqueName("object");
        writer.<String, String>getMap(name).set("k", "v");
        HzMap<String, String> map = client.getMap(name);
        String key = "k";
        map.get(key);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            map.get(key); // warm up
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            map.get(key);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 100 000 hits").isLessThan(10_000);
        assertThat(nearCacheOf(map).stats().hits()).isEqualTo(120_000);
    }

    @Test
    void absentKeysAreNotCachedAndContainsKeyOfAnUncachedKeyAsksTheCluster() {
        HzMap<String, String> map = seeded("read", 1);
        assertThat(map.get("nope")).isNull();
        assertThat(nearCacheOf(map).snapshot()).isEmpty();
        assertThat(map.containsKey("k0")).as("not cached yet: asked remotely").isTrue();
        assertThat(map.containsKey("nope")).isFalse();
        assertThat(nearCacheOf(map).stats().misses()).isEqualTo(3);
    }

    @Test
    void getAllServesCachedKeysLocallyAndAsksOnlyForTheOthers() {
        HzMap<String, String> map = seeded("read", 4);
        map.get("k0");
        map.get("k1");
        long gets = memberGets(map.getName());

        Map<String, String> all = map.getAll(Set.of("k0", "k1", "k2", "k3", "absent"));

        assertThat(all).containsOnly(Map.entry("k0", "v0"), Map.entry("k1", "v1"), Map.entry("k2", "v2"),
                Map.entry("k3", "v3"));
        NearCache nearCache = nearCacheOf(map);
        assertThat(nearCache.stats().hits()).isEqualTo(2);
        assertThat(nearCache.stats().misses()).isEqualTo(2 + 3);
        assertThat(nearCache.snapshot()).as("what getAll fetched is cached").containsOnlyKeys("k0", "k1", "k2", "k3");
        assertThat(memberGets(map.getName()) - gets).as("member gets for the 3 keys asked, none for the cached")
                .isLessThanOrEqualTo(3);

        long sent = client.getStatistics().invocationsStarted();
        assertThat(map.getAllAsync(Set.of("k0", "k1", "k2", "k3")).join()).hasSize(4);
        assertThat(client.getStatistics().invocationsStarted()).as("all cached: nothing sent").isEqualTo(sent);
    }

    @Test
    void objectFormatHandsOutTheCachedInstanceAndBinaryACopyEach() {
        String name = TestCluster.uniqueName("object");
        writer.<String, ArrayList<String>>getMap(name).set("k", new ArrayList<>(List.of("a", "b")));
        writer.<String, ArrayList<String>>getMap("binary-" + name).set("k", new ArrayList<>(List.of("a", "b")));
        HzMap<String, ArrayList<String>> object = client.getMap(name); // near caches made after the writes
        HzMap<String, ArrayList<String>> binary = client.getMap("binary-" + name);

        ArrayList<String> fromObject = object.get("k");
        ArrayList<String> fromBinary = binary.get("k");
        assertThat(fromObject).isEqualTo(fromBinary).containsExactly("a", "b");

        ArrayList<String> hit1 = object.get("k");
        assertThat(object.get("k")).as("OBJECT: every hit returns the cached instance").isSameAs(hit1);
        hit1.add("changed by a caller");
        assertThat(object.get("k")).as("so a caller's change is seen by the next hit: callers must not change it")
                .containsExactly("a", "b", "changed by a caller");

        ArrayList<String> copy1 = binary.get("k");
        assertThat(binary.get("k")).as("BINARY: each hit deserializes its own copy").isNotSameAs(copy1)
                .isEqualTo(copy1);
        copy1.add("changed by a caller");
        assertThat(binary.get("k")).as("a caller's change stays its own").containsExactly("a", "b");
        assertThat(nearCacheOf(binary).stats().hits()).isEqualTo(3);
    }

    /** An answer held back on its way while the key's invalidation arrives: the answer is returned, not cached. */
    @Test
    void aReadAnsweredBeforeAnInvalidationThatArrivedFirstIsNotCached() {
        HzMap<String, String> map = seeded("read", 1);
        NearCache nearCache = nearCacheOf(map);
        Data key = serialization.toData("k0");
        CompletableFuture<Void> gate = new CompletableFuture<>();
        HzMap<String, String> remote = writer.getMap(map.getName());
        CompletableFuture<Data> read = nearCache.fetch("k0", key, () -> remote.getAsync("k0")
                .thenCombine(gate, (v, open) -> serialization.toData(v)));

        long before = nearCache.stats().invalidationRequests();
        remote.set("k0", "newer");
        assertEventually(WAIT, () -> assertThat(nearCache.stats().invalidationRequests()).isGreaterThan(before));
        gate.complete(null);

        assertThat(serialization.<String>toObject(read.join())).as("the answer read before the update").isEqualTo("v0");
        assertThat(nearCache.snapshot()).as("not cached: the invalidation came first").isEmpty();
        assertThat(map.get("k0")).isEqualTo("newer");
        assertThat(nearCache.snapshot()).containsEntry("k0", serialization.toData("newer"));
    }

    @Test
    void concurrentMissesOfOneKeySendOneRead() {
        HzMap<String, String> map = seeded("read", 1);
        NearCache nearCache = nearCacheOf(map);
        CompletableFuture<Void> gate = new CompletableFuture<>();
        HzMap<String, String> remote = writer.getMap(map.getName());
        long before = memberGets(map.getName());
        CompletableFuture<String> remoteGet = remote.getAsync("k0");
        CompletableFuture<Data> first = nearCache.fetch("k0", serialization.toData("k0"),
                () -> remoteGet.thenCombine(gate, (v, open) -> serialization.toData(v)));
        remoteGet.join();
        // the member may count its get a moment after it answered: wait for it, so it is not taken for one of the 8
        assertEventually(Duration.ofSeconds(10),
                () -> assertThat(memberGets(map.getName())).isEqualTo(before + 1));
        long gets = before + 1;
        long sent = client.getStatistics().invocationsStarted();

        List<CompletableFuture<String>> others = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            others.add(map.getAsync("k0"));
        }
        assertThat(others).noneMatch(CompletableFuture::isDone);
        gate.complete(null);

        assertThat(first.join()).isEqualTo(serialization.toData("v0"));
        for (CompletableFuture<String> other : others) {
            assertThat(other.join()).isEqualTo("v0");
        }
        assertThat(memberGets(map.getName())).as("the 8 waited for the read in flight").isEqualTo(gets);
        assertThat(client.getStatistics().invocationsStarted()).isEqualTo(sent);
        assertThat(nearCache.stats().misses()).isEqualTo(9);
        assertThat(map.get("k0")).isEqualTo("v0");
        assertThat(nearCache.stats().hits()).isEqualTo(1);
    }

    /** The shared test cluster keeps the members' default: invalidations sent in batches (IMapBatchInvalidation). */
    @Test
    void batchedInvalidationsOfAClusterWithDefaultsArriveToo() {
        TestCluster defaults = TestCluster.shared();
        NearCacheConfig config = NearCacheConfig.builder("batched-*").build();
        try (HzClient reader = HzClient.newClient(io.hzclient.config.ClientConfig.builder()
                .clusterName(defaults.clusterName()).addresses(defaults.addresses()).addNearCacheConfig(config).build());
             HzClient other = HzClient.newClient(io.hzclient.config.ClientConfig.builder()
                .clusterName(defaults.clusterName()).addresses(defaults.addresses()).build())) {
            String name = TestCluster.uniqueName("batched");
            HzMap<String, String> w = other.getMap(name);
            HzMap<String, String> map = reader.getMap(name);
            for (int i = 0; i < 10; i++) {
                w.set("k" + i, "old");
                assertThat(map.get("k" + i)).isEqualTo("old");
            }
            for (int i = 0; i < 10; i++) {
                w.set("k" + i, "new");
            }
            assertEventually(Duration.ofSeconds(30), () -> assertThat(nearCacheOf(map).snapshot()).isEmpty());
            assertThat(nearCacheOf(map).stats().invalidations()).isEqualTo(10);
            for (int i = 0; i < 10; i++) {
                assertThat(map.get("k" + i)).isEqualTo("new");
            }
        }
    }
}
