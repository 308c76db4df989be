package io.hzclient.spring.boot.autoconfigure.metrics;

import io.hzclient.ClientStatistics;
import io.hzclient.map.NearCacheStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.ToLongFunction;

/**
 * The meters of every near cache, {@code hz.client.near-cache.*} tagged {@code map=<name>}: for those alive when bound
 * and for those created later. The meters of a map read its latest near cache, so a near cache created again (its map
 * destroyed and used again) is counted under the same meters, which Micrometer would not register twice.
 */
final class NearCacheMeters {
    static final String PREFIX = "hz.client.near-cache.";

    private final Iterable<Tag> tags;
    /** The current statistics of each map's near cache; held here because meters hold their state weakly. */
    private final ConcurrentMap<String, Current> current = new ConcurrentHashMap<>();

    NearCacheMeters(Iterable<Tag> tags) {
        this.tags = tags;
    }

    void bindTo(MeterRegistry registry, ClientStatistics statistics) {
        statistics.addNearCacheListener((map, stats) -> register(registry, map, stats));
        statistics.nearCaches().forEach((map, stats) -> register(registry, map, stats));
    }

    private void register(MeterRegistry registry, String map, NearCacheStats stats) {
        Current c = current.computeIfAbsent(map, m -> new Current());
        c.stats = stats;
        Tags mapTags = Tags.of(tags).and("map", map);
        counter(registry, mapTags, c, "hits", "reads answered by the near cache", NearCacheStats::hits);
        counter(registry, mapTags, c, "misses", "reads the near cache sent to the cluster", NearCacheStats::misses);
        counter(registry, mapTags, c, "evictions", "entries dropped to make room", NearCacheStats::evictions);
        counter(registry, mapTags, c, "expirations", "entries dropped after their time-to-live or max-idle",
                NearCacheStats::expirations);
        counter(registry, mapTags, c, "invalidations", "entries dropped because the map changed or they were stale",
                NearCacheStats::invalidations);
        counter(registry, mapTags, c, "invalidation.requests",
                "invalidations received, those of keys not cached included", NearCacheStats::invalidationRequests);
        Gauge.builder(PREFIX + "owned.entries", c, x -> x.stats.ownedEntryCount()).tags(mapTags)
                .description("entries the near cache holds").register(registry);
        Gauge.builder(PREFIX + "owned.memory", c, x -> x.stats.ownedEntryMemoryCost()).tags(mapTags)
                .baseUnit("bytes").description("estimated heap the near cache's entries take").register(registry);
    }

    private static void counter(MeterRegistry registry, Tags tags, Current c, String name, String description,
                                ToLongFunction<NearCacheStats> value) {
        FunctionCounter.builder(PREFIX + name, c, x -> value.applyAsLong(x.stats)).tags(tags)
                .description(description).register(registry);
    }

    /** The near cache a map's meters read. */
    private static final class Current {
        volatile NearCacheStats stats;
    }
}
