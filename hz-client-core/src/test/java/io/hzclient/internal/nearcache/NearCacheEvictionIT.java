package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.stream.IntStream;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.memberGets;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each eviction policy at max size, against real members. The sampling count is the max size, so every eviction
 * sees every entry and the victim is exactly the one the policy names.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheEvictionIT {
    private static final int MAX = 5;
    private HzClient client;

    @BeforeAll
    void start() {
        client = NearCacheTesting.client(policy("lru-*", EvictionPolicy.LRU), policy("lfu-*", EvictionPolicy.LFU),
                policy("random-*", EvictionPolicy.RANDOM), policy("none-*", EvictionPolicy.NONE));
    }

    private static NearCacheConfig policy(String pattern, EvictionPolicy policy) {
        return NearCacheConfig.builder(pattern).evictionPolicy(policy).maxSize(MAX).samplingCount(MAX).build();
    }

    @AfterAll
    void stop() {
        closeAll(client);
    }

    private HzMap<String, String> filledMap(String prefix, int keys) {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName(prefix));
        IntStream.range(0, keys).forEach(i -> map.set("k" + i, "v" + i));
        nearCacheOf(map).useClock(new NearCacheTesting.ManualClock());
        return map;
    }

    @Test
    void lruDropsTheLeastRecentlyRead() {
        HzMap<String, String> map = filledMap("lru", MAX + 1);
        IntStream.range(0, MAX).forEach(i -> map.get("k" + i)); // cached k0..k4, k0 read longest ago
        IntStream.range(1, MAX).forEach(i -> map.get("k" + i));
        map.get("k0");
        map.get("k2"); // now k1 is the least recently read

        map.get("k5");

        NearCache nearCache = nearCacheOf(map);
        assertThat(nearCache.snapshot()).containsOnlyKeys("k0", "k2", "k3", "k4", "k5");
        assertThat(nearCache.stats().evictions()).isEqualTo(1);
        assertThat(nearCache.stats().ownedEntryCount()).isEqualTo(MAX);
    }

    @Test
    void lfuDropsTheLeastOftenRead() {
        HzMap<String, String> map = filledMap("lfu", MAX + 1);
        IntStream.range(0, MAX).forEach(i -> map.get("k" + i));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < MAX; i++) {
                if (i != 3) {
                    map.get("k" + i);
                }
            }
        }
        map.get("k3"); // the most recently read, but the least often

        map.get("k5");

        assertThat(nearCacheOf(map).snapshot()).containsOnlyKeys("k0", "k1", "k2", "k4", "k5");
        assertThat(nearCacheOf(map).stats().evictions()).isEqualTo(1);
    }

    @Test
    void randomKeepsTheSizeAtMax() {
        HzMap<String, String> map = filledMap("random", 4 * MAX);
        for (int i = 0; i < 4 * MAX; i++) {
            assertThat(map.get("k" + i)).isEqualTo("v" + i);
            assertThat(nearCacheOf(map).stats().ownedEntryCount()).isEqualTo(Math.min(i + 1, MAX));
        }
        assertThat(nearCacheOf(map).stats().evictions()).isEqualTo(3 * MAX);
        assertThat(nearCacheOf(map).snapshot()).hasSize(MAX);
    }

    @Test
    void noneCachesNothingNewWhenFull() {
        HzMap<String, String> map = filledMap("none", 2 * MAX);
        IntStream.range(0, 2 * MAX).forEach(i -> map.get("k" + i));
        NearCache nearCache = nearCacheOf(map);
        assertThat(nearCache.snapshot()).containsOnlyKeys("k0", "k1", "k2", "k3", "k4");
        assertThat(nearCache.stats().evictions()).isZero();

        long gets = memberGets(map.getName());
        assertThat(map.get("k0")).isEqualTo("v0");
        assertThat(memberGets(map.getName())).as("a cached key is served locally").isEqualTo(gets);
        assertThat(map.get("k7")).isEqualTo("v7");
        assertThat(memberGets(map.getName())).as("a key that found the cache full goes remote").isEqualTo(gets + 1);
        assertThat(nearCache.snapshot()).doesNotContainKey("k7");
    }
}
