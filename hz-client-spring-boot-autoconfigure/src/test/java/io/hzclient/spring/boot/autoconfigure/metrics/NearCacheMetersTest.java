package io.hzclient.spring.boot.autoconfigure.metrics;

import io.hzclient.HzClient;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.map.NearCacheStats;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientTestSupport;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.endpoint.HzClientEndpoint;
import io.hzclient.spring.boot.autoconfigure.endpoint.HzClientEndpointAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The near cache meters and the endpoint's near cache section, fed by near caches announced the way the core's near
 * cache manager announces them (ClientCounters.nearCacheCreated), with statistics set by the test.
 */
class NearCacheMetersTest {

    @Test
    void aNearCacheAliveAtBindTimeGetsEveryMeterWithItsValues() {
        ClientCounters counters = new ClientCounters();
        FixedStats books = new FixedStats(7, 3, 2, 1, 4, 9, 11, 2048);
        counters.nearCacheCreated("books", books);
        MeterRegistry registry = new SimpleMeterRegistry();
        new NearCacheMeters(Tags.of("client", "c1")).bindTo(registry, counters);

        assertThat(counter(registry, "hits", "books")).isEqualTo(7);
        assertThat(counter(registry, "misses", "books")).isEqualTo(3);
        assertThat(counter(registry, "evictions", "books")).isEqualTo(2);
        assertThat(counter(registry, "expirations", "books")).isEqualTo(1);
        assertThat(counter(registry, "invalidations", "books")).isEqualTo(4);
        assertThat(counter(registry, "invalidation.requests", "books")).isEqualTo(9);
        assertThat(gauge(registry, "owned.entries", "books")).isEqualTo(11);
        assertThat(gauge(registry, "owned.memory", "books")).isEqualTo(2048);
        assertThat(registry.get("hz.client.near-cache.hits").tag("client", "c1").tag("map", "books")
                .functionCounter()).isNotNull();
        assertThat(registry.get("hz.client.near-cache.owned.memory").gauge().getId().getBaseUnit())
                .isEqualTo("bytes");

        books.hits = 8;
        books.entries = 12;
        assertThat(counter(registry, "hits", "books")).as("read live, not copied").isEqualTo(8);
        assertThat(gauge(registry, "owned.entries", "books")).isEqualTo(12);
    }

    @Test
    void aNearCacheCreatedLaterGetsItsMetersAndARecreatedOneIsReadInstead() {
        ClientCounters counters = new ClientCounters();
        MeterRegistry registry = new SimpleMeterRegistry();
        new NearCacheMeters(Tags.empty()).bindTo(registry, counters);
        assertThat(registry.find("hz.client.near-cache.hits").meters()).isEmpty();

        counters.nearCacheCreated("prices", new FixedStats(5, 0, 0, 0, 0, 0, 1, 10));
        counters.nearCacheCreated("books", new FixedStats(1, 0, 0, 0, 0, 0, 1, 10));
        assertThat(counter(registry, "hits", "prices")).isEqualTo(5);
        assertThat(counter(registry, "hits", "books")).isEqualTo(1);

        counters.nearCacheDestroyed("prices");
        counters.nearCacheCreated("prices", new FixedStats(2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(counter(registry, "hits", "prices")).isEqualTo(2);
        assertThat(registry.find("hz.client.near-cache.hits").tag("map", "prices").meters()).hasSize(1);
    }

    @Test
    void theMetricsBeanAndTheEndpointShowTheClientsNearCaches() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class,
                        HzClientMetricsAutoConfiguration.class, HzClientEndpointAutoConfiguration.class))
                .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy",
                        "management.endpoints.web.exposure.include=hzclient")
                .run(context -> {
                    HzClient client = context.getBean(HzClient.class);
                    ClientCounters counters = (ClientCounters) client.getStatistics();
                    MeterRegistry registry = new SimpleMeterRegistry();
                    context.getBean(HzClientMetrics.class).bindTo(registry);
                    counters.nearCacheCreated("books", new FixedStats(3, 1, 0, 0, 2, 2, 5, 640));

                    assertThat(registry.get("hz.client.near-cache.hits").tag("map", "books")
                            .tag("client", client.getName()).functionCounter().count()).isEqualTo(3);

                    HzClientEndpoint.ClientDescriptor described = context.getBean(HzClientEndpoint.class).describe();
                    assertThat(described.nearCaches()).containsOnlyKeys("books");
                    HzClientEndpoint.NearCacheDescriptor books = described.nearCaches().get("books");
                    assertThat(books.hits()).isEqualTo(3);
                    assertThat(books.misses()).isEqualTo(1);
                    assertThat(books.hitRatio()).isEqualTo(0.75);
                    assertThat(books.invalidations()).isEqualTo(2);
                    assertThat(books.invalidationRequests()).isEqualTo(2);
                    assertThat(books.ownedEntryCount()).isEqualTo(5);
                    assertThat(books.ownedEntryMemoryCost()).isEqualTo(640);
                    assertThat(books.creationTime()).isEqualTo(FixedStats.CREATED.toString());
                });
    }

    private static double counter(MeterRegistry registry, String name, String map) {
        return registry.get("hz.client.near-cache." + name).tag("map", map).functionCounter().count();
    }

    private static double gauge(MeterRegistry registry, String name, String map) {
        return registry.get("hz.client.near-cache." + name).tag("map", map).gauge().value();
    }

    /** Statistics the test sets. */
    static final class FixedStats implements NearCacheStats {
        static final Instant CREATED = Instant.parse("2026-11-28T03:00:00Z");
        volatile long hits;
        final long misses;
        final long evictions;
        final long expirations;
        final long invalidations;
        final long invalidationRequests;
        volatile long entries;
        final long memory;

        FixedStats(long hits, long misses, long evictions, long expirations, long invalidations,
                   long invalidationRequests, long entries, long memory) {
            this.hits = hits;
            this.misses = misses;
            this.evictions = evictions;
            this.expirations = expirations;
            this.invalidations = invalidations;
            this.invalidationRequests = invalidationRequests;
            this.entries = entries;
            this.memory = memory;
        }

        @Override
        public Instant creationTime() {
            return CREATED;
        }

        @Override
        public long hits() {
            return hits;
        }

        @Override
        public long misses() {
            return misses;
        }

        @Override
        public long evictions() {
            return evictions;
        }

        @Override
        public long expirations() {
            return expirations;
        }

        @Override
        public long invalidations() {
            return invalidations;
        }

        @Override
        public long invalidationRequests() {
            return invalidationRequests;
        }

        @Override
        public long ownedEntryCount() {
            return entries;
        }

        @Override
        public long ownedEntryMemoryCost() {
            return memory;
        }
    }
}
