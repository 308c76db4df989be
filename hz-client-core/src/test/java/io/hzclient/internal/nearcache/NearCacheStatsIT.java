package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Statistics counted exactly for a scripted sequence, seen through the map and the client statistics. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheStatsIT {
    private HzClient client;
    private HzClient writer;

    @BeforeAll
    void start() {
        client = NearCacheTesting.client(NearCacheConfig.builder("stats-*").maxSize(3).samplingCount(3)
                .timeToLive(Duration.ofMinutes(1)).build());
        writer = NearCacheTesting.client();
    }

    @AfterAll
    void stop() {
        closeAll(client, writer);
    }

    private static void expect(NearCacheStats s, long hits, long misses, long evictions, long expirations,
                               long invalidations, long requests, long owned) {
        assertThat(new long[]{s.hits(), s.misses(), s.evictions(), s.expirations(), s.invalidations(),
                s.invalidationRequests(), s.ownedEntryCount()})
                .as("hits, misses, evictions, expirations, invalidations, invalidation requests, owned: %s", s)
                .containsExactly(hits, misses, evictions, expirations, invalidations, requests, owned);
    }

    @Test
    void aScriptedSequenceIsCountedExactly() {
        String name = TestCluster.uniqueName("stats");
        HzMap<String, String> w = writer.getMap(name);
        for (int i = 0; i < 6; i++) {
            w.set("k" + i, "value-" + i);
        }
        Instant before = Instant.now();
        HzMap<String, String> map = client.getMap(name); // after the writes: no invalidation of theirs is on its way
        NearCacheTesting.ManualClock clock = new NearCacheTesting.ManualClock();
        nearCacheOf(map).useClock(clock);
        NearCacheStats stats = map.nearCacheStats().orElseThrow();
        assertThat(client.getStatistics().nearCaches()).containsEntry(name, stats);
        assertThat(stats.creationTime()).isBetween(before.minusSeconds(1), Instant.now());
        expect(stats, 0, 0, 0, 0, 0, 0, 0);

        map.get("k0");
        map.get("k0");
        map.get("k0");
        map.get("k1");
        map.get("absent");
        expect(stats, 2, 3, 0, 0, 0, 0, 2);
        assertThat(stats.hitRatio()).isEqualTo(0.4);
        long cost = stats.ownedEntryMemoryCost();
        assertThat(cost).as("two small entries, in bytes").isBetween(2 * 100L, 2 * 400L);

        map.get("k2");
        map.get("k3"); // full at 3: k0 goes, the least recently read (though the most often)
        expect(stats, 2, 5, 1, 0, 0, 0, 3);
        assertThat(nearCacheOf(map).snapshot()).containsOnlyKeys("k1", "k2", "k3");

        w.set("k2", "changed");
        assertEventually(Duration.ofSeconds(20), () -> assertThat(stats.invalidationRequests()).isEqualTo(1));
        w.set("k5", "not cached here");
        assertEventually(Duration.ofSeconds(20), () -> assertThat(stats.invalidationRequests()).isEqualTo(2));
        expect(stats, 2, 5, 1, 0, 1, 2, 2);

        clock.advance(Duration.ofMinutes(2));
        map.get("k1"); // expired (k3 too, but not read): a miss, and cached again
        expect(stats, 2, 6, 1, 1, 1, 2, 2);

        map.delete("k1"); // a local write: one request, one entry dropped
        expect(stats, 2, 6, 1, 1, 2, 3, 1);
        map.clear(); // map-wide: one request, the remaining entry (k3) dropped
        expect(stats, 2, 6, 1, 1, 3, 4, 0);
        assertThat(stats.ownedEntryMemoryCost()).isZero();
    }

    @Test
    void theNearCacheGoesWithTheMapAndWithTheClient() {
        String name = TestCluster.uniqueName("stats");
        HzMap<String, String> map = client.getMap(name);
        assertThat(client.getStatistics().nearCaches()).containsKey(name);
        map.destroy();
        assertThat(client.getStatistics().nearCaches()).doesNotContainKey(name);

        try (HzClient other = NearCacheTesting.client(NearCacheConfig.builder("stats-*").build())) {
            HzMap<String, String> again = other.getMap(name);
            again.set("k", "v");
            again.get("k");
            assertThat(other.getStatistics().nearCaches()).containsKey(name);
            other.shutdown();
            assertThat(other.getStatistics().nearCaches()).isEmpty();
            assertThat(nearCacheOf(again).size()).isZero();
        }
    }

    @Test
    void theInvalidationListenerIsNotCountedAsAUserListener() {
        long listeners = client.getStatistics().listeners();
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("stats"));
        assertThat(map.nearCacheStats()).isPresent();
        assertThat(client.getStatistics().listeners()).isEqualTo(listeners);
        java.util.UUID id = map.addEntryListener(new io.hzclient.map.EntryListener<>() {
            @Override
            public void entryAdded(io.hzclient.map.EntryEvent<String, String> event) {
            }
        }, false);
        assertThat(client.getStatistics().listeners()).isEqualTo(listeners + 1);
        map.removeEntryListener(id);
    }

    @Test
    void mapsWithoutANearCacheReportNone() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("plain"));
        assertThat(map.nearCacheStats()).isEmpty();
        assertThat(client.getStatistics().nearCaches()).doesNotContainKey(map.getName());
    }
}
