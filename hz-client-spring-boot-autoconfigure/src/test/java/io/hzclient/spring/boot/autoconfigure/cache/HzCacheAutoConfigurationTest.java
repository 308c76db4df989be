package io.hzclient.spring.boot.autoconfigure.cache;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientTestSupport;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.cache.HzCacheManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache manager bean, without a cluster: caches send nothing until used. */
@ExtendWith(OutputCaptureExtension.class)
class HzCacheAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class, HzCacheAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class Caching {
    }

    @Configuration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class OwnCacheManager {
        @Bean
        CacheManager cacheManager() {
            return new ConcurrentMapCacheManager();
        }
    }

    @Test
    void withoutEnableCachingThereIsNoCacheManager() {
        runner.run(context -> assertThat(context).doesNotHaveBean(CacheManager.class));
    }

    @Test
    void withEnableCachingTheCacheManagerHasThePerCacheSettingsAndTheDeclaredCaches() {
        runner.withUserConfiguration(Caching.class).withPropertyValues(
                "hz.client.cache.defaults.time-to-live=10m",
                "hz.client.cache.caches.books.time-to-live=30s",
                "hz.client.cache.caches.books.cache-null-values=false",
                "hz.client.cache.cache-names=authors",
                "spring.cache.cache-names=orders,prices"
        ).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(HzCacheManager.class);
            HzCacheManager manager = context.getBean("cacheManager", HzCacheManager.class);
            assertThat(manager.getCacheNames()).containsExactly("authors", "orders", "prices", "books");
            assertThat(manager.settingsFor("books").timeToLive()).isEqualTo(Duration.ofSeconds(30));
            assertThat(manager.settingsFor("books").cacheNullValues()).isFalse();
            assertThat(manager.settingsFor("authors").timeToLive()).isEqualTo(Duration.ofMinutes(10));
            assertThat(manager.isDynamic()).isTrue();
        });
    }

    @Test
    void anApplicationsOwnCacheManagerWins() {
        runner.withUserConfiguration(OwnCacheManager.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HzCacheManager.class));
    }

    @Test
    void itCanBeSwitchedOff() {
        // without Boot's own cache auto-configuration on this classpath, @EnableCaching then finds no CacheManager
        runner.withUserConfiguration(Caching.class).withPropertyValues("hz.client.cache.enabled=false")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("No qualifying bean of type 'org.springframework.cache.CacheManager'"));
    }

    @Test
    void aWrongCacheSettingStopsTheStartupNamingIt() {
        runner.withUserConfiguration(Caching.class).withPropertyValues("hz.client.cache.caches.books.read-timeout=0s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("hz.client.cache.caches.books")
                        .hasStackTraceContaining("read-timeout"));
    }

    @Test
    void cacheMetersAreBoundForCachesCreatedAfterStartup() {
        runner.withUserConfiguration(Caching.class, Meters.class).withPropertyValues("hz.client.cache.cache-names=books")
                .run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find("cache.gets").tags("cache", "books", "cache.manager", "cacheManager")
                            .functionCounters()).hasSize(2);
                    context.getBean(HzCacheManager.class).getCache("late");
                    assertThat(registry.find("cache.puts").tags("cache", "late").functionCounter()).isNotNull();
                });
    }

    @Test
    void aDeclaredCacheWithNearCacheGivesItsMapANearCacheAndOthersNone() {
        runner.withUserConfiguration(Caching.class).withPropertyValues(
                "hz.client.cache.caches.books.near-cache=true",
                "hz.client.cache.caches.books.time-to-live=30s",
                "hz.client.cache.caches.prices.near-cache=true",
                "hz.client.cache.caches.prices.map-name=price-map",
                "hz.client.cache.caches.authors.time-to-live=1m",
                "hz.client.cache.defaults.max-idle=5m",
                "hz.client.cache.cache-names=orders"
        ).run(context -> {
            assertThat(context).hasNotFailed();
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfigs()).containsOnlyKeys("books", "price-map");
            assertThat(c.nearCacheConfig("books")).isEqualTo(NearCacheConfig.builder("books")
                    .timeToLive(Duration.ofSeconds(30)).maxIdle(Duration.ofMinutes(5)).build());
            assertThat(c.nearCacheConfig("price-map")).isEqualTo(NearCacheConfig.builder("price-map")
                    .maxIdle(Duration.ofMinutes(5)).build());
        });
    }

    @Test
    void defaultsNearCacheReachesTheCachesOfCacheNamesAndSpringCacheNames() {
        runner.withUserConfiguration(Caching.class).withPropertyValues(
                "hz.client.cache.defaults.near-cache=true",
                "hz.client.cache.cache-names=authors",
                "spring.cache.cache-names=orders",
                "hz.client.cache.caches.books.near-cache=false"
        ).run(context -> assertThat(context.getBean(HzClient.class).getConfig().nearCacheConfigs())
                .containsOnlyKeys("authors", "orders"));
    }

    @Test
    void hzClientNearCachesWinOverTheCachesNearCacheByNamePatternOrDefault() {
        runner.withUserConfiguration(Caching.class).withPropertyValues(
                "hz.client.cache.defaults.near-cache=true",
                "hz.client.cache.cache-names=books,products-1,orders",
                "hz.client.near-caches.books.eviction-policy=lfu",
                "hz.client.near-caches[products-*].eviction-max-size=77"
        ).run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfigs()).containsOnlyKeys("books", "products-*", "orders");
            assertThat(c.nearCacheConfig("books").evictionPolicy()).isEqualTo(EvictionPolicy.LFU);
            assertThat(c.nearCacheConfig("products-1").maxSize()).isEqualTo(77);
            assertThat(c.nearCacheConfig("orders")).isEqualTo(NearCacheConfig.builder("orders").build());
        });
        runner.withUserConfiguration(Caching.class).withPropertyValues(
                "hz.client.cache.caches.books.near-cache=true",
                "hz.client.near-caches.default.eviction-max-size=5"
        ).run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfigs()).containsOnlyKeys("default");
            assertThat(c.nearCacheConfig("books").maxSize()).isEqualTo(5);
        });
    }

    @Test
    void withoutCachingNoNearCacheIsAdded() {
        runner.withPropertyValues("hz.client.cache.caches.books.near-cache=true")
                .run(context -> assertThat(context.getBean(HzClient.class).getConfig().nearCacheConfigs()).isEmpty());
    }

    @Test
    void aNearCacheCacheCreatedOnFirstUseIsWarnedAboutSinceTheClientHasNoNearCacheForIt(CapturedOutput output) {
        runner.withUserConfiguration(Caching.class).withPropertyValues(
                "hz.client.cache.defaults.near-cache=true", "hz.client.cache.cache-names=books"
        ).run(context -> {
            HzCacheManager manager = context.getBean(HzCacheManager.class);
            assertThat(output).doesNotContain("has near-cache set");
            manager.getCache("late");
            assertThat(output).contains("Cache 'late' has near-cache set, but the client has no near cache for its"
                    + " map 'late'").contains("hz.client.near-caches.late");
        });
    }
}
