package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.memberGets;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time-to-live and max-idle against real members, on a hand-moved clock: expired entries are not served (checked on
 * access) and do not stay in memory (the manager's background sweep, every few seconds, drops them unread).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheExpiryIT {
    private HzClient client;

    @BeforeAll
    void start() {
        client = NearCacheTesting.client(NearCacheConfig.builder("ttl-*").timeToLive(Duration.ofMinutes(10)).build(),
                NearCacheConfig.builder("idle-*").maxIdle(Duration.ofMinutes(10)).build());
    }

    @AfterAll
    void stop() {
        closeAll(client);
    }

    private HzMap<String, String> seeded(String prefix, NearCacheTesting.ManualClock clock) {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName(prefix));
        nearCacheOf(map).useClock(clock);
        for (int i = 0; i < 3; i++) {
            map.set("k" + i, "v" + i);
            map.get("k" + i);
        }
        return map;
    }

    @Test
    void anEntryPastItsTimeToLiveIsReadRemotely() {
        NearCacheTesting.ManualClock clock = new NearCacheTesting.ManualClock();
        HzMap<String, String> map = seeded("ttl", clock);
        clock.advance(Duration.ofMinutes(9));
        long gets = memberGets(map.getName());
        assertThat(map.get("k0")).isEqualTo("v0");
        assertThat(memberGets(map.getName())).as("still fresh").isEqualTo(gets);

        clock.advance(Duration.ofMinutes(1));
        assertThat(map.get("k0")).isEqualTo("v0");
        assertThat(memberGets(map.getName())).as("expired: read remotely").isEqualTo(gets + 1);
        assertThat(nearCacheOf(map).stats().expirations()).isEqualTo(1);
    }

    @Test
    void anEntryReadWithinMaxIdleStaysAndOneLeftUnreadGoes() {
        NearCacheTesting.ManualClock clock = new NearCacheTesting.ManualClock();
        HzMap<String, String> map = seeded("idle", clock);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(6));
            map.get("k0");
        }
        long gets = memberGets(map.getName());
        assertThat(map.get("k0")).isEqualTo("v0");
        assertThat(map.get("k1")).as("unread for 18 minutes").isEqualTo("v1");
        assertThat(memberGets(map.getName())).isEqualTo(gets + 1);
        assertThat(nearCacheOf(map).stats().expirations()).isEqualTo(1);
    }

    @Test
    void theBackgroundSweepFreesExpiredEntriesNobodyReads() {
        NearCacheTesting.ManualClock clock = new NearCacheTesting.ManualClock();
        HzMap<String, String> map = seeded("ttl", clock);
        NearCache nearCache = nearCacheOf(map);
        assertThat(nearCache.stats().ownedEntryCount()).isEqualTo(3);
        assertThat(nearCache.stats().ownedEntryMemoryCost()).isPositive();

        clock.advance(Duration.ofMinutes(11));
        assertEventually(Duration.ofSeconds(3 * NearCacheManager.SWEEP_INTERVAL_SECONDS), () -> {
            assertThat(nearCache.size()).isZero();
            assertThat(nearCache.stats().ownedEntryCount()).isZero();
            assertThat(nearCache.stats().ownedEntryMemoryCost()).isZero();
        });
        assertThat(nearCache.stats().expirations()).isEqualTo(3);
    }
}
