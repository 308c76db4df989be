package io.hzclient.spring.cache;

import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which near caches the declared caches ask for, and with which limits. */
class CacheNearCachesTest {

    @Test
    void onlyCachesWithNearCacheAskAndEachGetsTheDefaultsOnItsMap() {
        HzCacheProperties properties = new HzCacheProperties();
        properties.getCaches().put("books", policy(true, null, null, null));
        properties.getCaches().put("authors", policy(false, null, null, null));
        properties.getCaches().put("prices", policy(true, null, null, "price-map"));

        List<NearCacheConfig> configs = properties.nearCacheConfigs(List.of());

        assertThat(configs).containsExactly(NearCacheConfig.builder("books").build(),
                NearCacheConfig.builder("price-map").build());
        // binary values: each hit returns its own copy, as a remote read would; local writes invalidate
        assertThat(configs.get(0).inMemoryFormat()).isEqualTo(InMemoryFormat.BINARY);
        assertThat(configs.get(0).localUpdatePolicy()).isEqualTo(LocalUpdatePolicy.INVALIDATE);
        assertThat(configs.get(0).timeToLive()).isZero();
    }

    @Test
    void theDefaultsReachCacheNamesAndExtraNamesButNotUndeclaredCaches() {
        HzCacheProperties properties = new HzCacheProperties();
        properties.getDefaults().setNearCache(true);
        properties.setCacheNames(List.of("authors"));
        properties.getCaches().put("books", policy(false, null, null, null));

        assertThat(properties.nearCacheConfigs(List.of("orders"))).extracting(NearCacheConfig::name)
                .containsExactly("authors", "orders");
    }

    @Test
    void theNearCacheKeepsEntriesNoLongerThanTheCacheDoes() {
        HzCacheProperties properties = new HzCacheProperties();
        properties.getDefaults().setMaxIdle(Duration.ofMinutes(5));
        properties.getCaches().put("books", policy(true, Duration.ofSeconds(30), null, null));
        properties.getCaches().put("forever", policy(true, Duration.ZERO, Duration.ZERO, null));

        assertThat(properties.nearCacheConfigs(List.of())).containsExactly(
                NearCacheConfig.builder("books").timeToLive(Duration.ofSeconds(30)).maxIdle(Duration.ofMinutes(5))
                        .build(),
                NearCacheConfig.builder("forever").build());
    }

    @Test
    void cachesSharingAMapShareOneNearCacheWithTheShortestLimits() {
        HzCacheProperties properties = new HzCacheProperties();
        properties.getCaches().put("short", policy(true, Duration.ofSeconds(10), Duration.ofMinutes(2), "shared"));
        properties.getCaches().put("long", policy(true, Duration.ofMinutes(1), Duration.ofSeconds(40), "shared"));
        properties.getCaches().put("unlimited", policy(true, null, null, "shared"));
        properties.getCaches().put("off", policy(false, Duration.ofSeconds(1), null, "shared"));

        assertThat(properties.nearCacheConfigs(List.of())).containsExactly(NearCacheConfig.builder("shared")
                .timeToLive(Duration.ofSeconds(10)).maxIdle(Duration.ofSeconds(40)).build());
    }

    private static HzCacheProperties.Policy policy(boolean nearCache, Duration ttl, Duration maxIdle, String map) {
        HzCacheProperties.Policy p = new HzCacheProperties.Policy();
        p.setNearCache(nearCache);
        p.setTimeToLive(ttl);
        p.setMaxIdle(maxIdle);
        p.setMapName(map);
        return p;
    }
}
