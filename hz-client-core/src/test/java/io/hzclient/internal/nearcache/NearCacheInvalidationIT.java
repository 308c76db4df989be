package io.hzclient.internal.nearcache;

import com.hazelcast.map.IMap;
import io.hzclient.HzClient;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.memberGets;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes made by another client and by a member's own API reach the near cache as invalidations: once the
 * invalidation has arrived, the old value is never served again. Run with smart routing (the listener is registered
 * local-only on every member) and unisocket (cluster-wide on the one member).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheInvalidationIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private HzClient smart;
    private HzClient unisocket;
    private HzClient writer;

    enum Routing { SMART, UNISOCKET }

    /** Who changes the map: another client, or the member (its IMap). */
    enum Changer { CLIENT, MEMBER }

    @BeforeAll
    void start() {
        NearCacheConfig config = NearCacheConfig.builder("inv-*").build();
        smart = NearCacheTesting.client(config);
        unisocket = NearCacheTesting.client(b -> b.smartRouting(false), config);
        writer = NearCacheTesting.client();
    }

    @AfterAll
    void stop() {
        closeAll(smart, unisocket, writer);
    }

    private HzClient reader(Routing routing) {
        return routing == Routing.SMART ? smart : unisocket;
    }

    /** Caches every key of the map (values as they are now); returns the invalidation requests seen so far. */
    private long cacheAll(HzMap<String, String> map, Set<String> keys) {
        NearCache nearCache = nearCacheOf(map);
        for (String k : keys) {
            map.get(k);
        }
        assertThat(nearCache.snapshot()).containsOnlyKeys(keys);
        return nearCache.stats().invalidationRequests();
    }

    private void afterInvalidation(HzMap<String, String> map, long requestsBefore) {
        assertEventually(WAIT, () -> assertThat(nearCacheOf(map).stats().invalidationRequests())
                .isGreaterThan(requestsBefore));
    }

    private void change(Changer changer, String mapName, Consumer<HzMap<String, String>> byClient,
                        Consumer<IMap<String, String>> byMember) {
        if (changer == Changer.CLIENT) {
            byClient.accept(writer.getMap(mapName));
        } else {
            byMember.accept(NearCacheTesting.cluster().member(1).getMap(mapName));
        }
    }

    private HzMap<String, String> seeded(Routing routing) {
        String name = TestCluster.uniqueName("inv");
        HzMap<String, String> w = writer.getMap(name);
        for (int i = 0; i < 20; i++) {
            w.set("k" + i, "old" + i);
        }
        return reader(routing).getMap(name);
    }

    private static Set<String> keys() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 20; i++) {
            keys.add("k" + i);
        }
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void anUpdateByAnotherClientOrTheMemberIsSeenOnceItsInvalidationArrived(Routing routing) {
        for (Changer changer : Changer.values()) {
            HzMap<String, String> map = seeded(routing);
            long before = cacheAll(map, keys());
            change(changer, map.getName(), m -> m.set("k3", "new"), m -> m.set("k3", "new"));
            // k3's own invalidation is what matters, whatever else the counters saw
            assertEventually(WAIT, () -> assertThat(map.get("k3")).as(changer.name()).isEqualTo("new"));
            assertThat(map.get("k4")).as("other keys stay cached").isEqualTo("old4");
            // the entry goes first, the counters move just after it (on the event thread): wait for them too
            assertEventually(WAIT, () -> {
                NearCacheStats stats = nearCacheOf(map).stats();
                assertThat(stats.invalidationRequests()).as(changer + ": requests").isGreaterThan(before);
                assertThat(stats.invalidations()).as(changer + ": invalidations").isGreaterThanOrEqualTo(1);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void aRemoveOrAnEvictIsSeenOnceItsInvalidationArrived(Routing routing) {
        for (Changer changer : Changer.values()) {
            HzMap<String, String> map = seeded(routing);
            long before = cacheAll(map, keys());
            change(changer, map.getName(), m -> m.remove("k1"), m -> m.remove("k1"));
            afterInvalidation(map, before);
            assertThat(map.get("k1")).as(changer + " remove").isNull();

            before = nearCacheOf(map).stats().invalidationRequests();
            change(changer, map.getName(), m -> m.evict("k2"), m -> m.evict("k2"));
            afterInvalidation(map, before);
            long gets = memberGets(map.getName());
            assertThat(map.get("k2")).as(changer + " evict: no map store, so the entry is gone").isNull();
            assertThat(memberGets(map.getName())).as("evicted, so read remotely").isEqualTo(gets + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void aClearOrEvictAllDropsEverything(Routing routing) {
        for (Changer changer : Changer.values()) {
            HzMap<String, String> map = seeded(routing);
            cacheAll(map, keys());
            change(changer, map.getName(), HzMap::clear, IMap::clear);
            assertEventually(WAIT, () -> assertThat(nearCacheOf(map).snapshot()).isEmpty());
            assertThat(map.get("k5")).isNull();

            long before = nearCacheOf(map).stats().invalidationRequests();
            writer.<String, String>getMap(map.getName()).set("k5", "back");
            afterInvalidation(map, before); // else it could drop the entry cached next
            cacheAll(map, Set.of("k5"));
            change(changer, map.getName(), HzMap::evictAll, IMap::evictAll);
            assertEventually(WAIT, () -> assertThat(nearCacheOf(map).snapshot()).isEmpty());
            assertThat(map.get("k5")).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void withoutInvalidateOnChangeNoListenerIsRegisteredAndRemoteChangesAreNotSeen() {
        try (HzClient reader = NearCacheTesting.client(NearCacheConfig.builder("deaf-*").invalidateOnChange(false)
                .build())) {
            long listeners = reader.getStatistics().listeners();
            String name = TestCluster.uniqueName("deaf");
            HzMap<String, String> w = writer.getMap(name);
            w.set("k", "old");
            HzMap<String, String> map = reader.getMap(name);
            assertThat(reader.getStatistics().listeners()).isEqualTo(listeners);
            map.get("k");
            w.set("k", "new");
            assertThat(map.get("k")).as("served from the near cache until evicted or expired").isEqualTo("old");
            map.set("k", "mine");
            assertThat(map.get("k")).as("local writes still invalidate").isEqualTo("mine");
        }
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void readsConvergeUnderASteadyStreamOfRemoteUpdates(Routing routing) throws Exception {
        HzMap<String, String> map = seeded(routing);
        HzMap<String, String> w = writer.getMap(map.getName());
        int last = 1500;
        Thread updates = new Thread(() -> {
            for (int i = 0; i <= last; i++) {
                w.set("k" + (i % 3), "v" + i);
            }
        });
        updates.start();
        while (updates.isAlive()) {
            map.get("k0");
            map.get("k1");
            map.get("k2");
        }
        updates.join();
        NearCache nearCache = nearCacheOf(map);
        assertEventually(WAIT, () -> assertThat(nearCache.stats().invalidationRequests())
                .as("one invalidation per write").isEqualTo(last + 1));
        for (int k = last - 2; k <= last; k++) {
            assertThat(map.get("k" + (k % 3))).as("every invalidation arrived: the last values").isEqualTo("v" + k);
        }
        assertThat(nearCache.stats().hits()).as("the cache was used while updates streamed").isPositive();
        long gets = memberGets(map.getName());
        for (int i = 0; i < 10; i++) {
            assertThat(map.get("k" + (last % 3))).isEqualTo("v" + last);
        }
        assertThat(memberGets(map.getName())).as("converged values are served locally").isEqualTo(gets);
    }
}
