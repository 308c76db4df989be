package io.hzclient.spring.cache;

import io.hzclient.config.NearCacheConfig;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The near caches that caches with {@code near-cache: true} ask for: one per map (caches may share a map), with the
 * near cache's defaults (binary values, so each hit returns its own copy; local writes invalidate), and a time-to-live
 * and max-idle no longer than the shortest of those caches, so a near cache entry never outlives the cache's own.
 */
final class CacheNearCaches {
    private CacheNearCaches() {
    }

    /** The near cache config of each map behind a cache of {@code caches} (by cache name) that has near-cache on. */
    static List<NearCacheConfig> configs(Map<String, HzCacheSettings> caches) {
        Map<String, Limits> byMap = new LinkedHashMap<>();
        caches.forEach((cache, settings) -> {
            if (settings.nearCache()) {
                String map = settings.mapName() != null ? settings.mapName() : cache;
                byMap.computeIfAbsent(map, m -> new Limits()).add(settings);
            }
        });
        List<NearCacheConfig> configs = new ArrayList<>();
        byMap.forEach((map, limits) -> configs.add(NearCacheConfig.builder(map)
                .timeToLive(limits.timeToLive).maxIdle(limits.maxIdle).build()));
        return configs;
    }

    /** The shortest positive time-to-live and max-idle of the caches of one map; null: none limits it. */
    private static final class Limits {
        @Nullable Duration timeToLive;
        @Nullable Duration maxIdle;

        void add(HzCacheSettings s) {
            timeToLive = shorter(timeToLive, s.timeToLive());
            maxIdle = shorter(maxIdle, s.maxIdle());
        }

        private static @Nullable Duration shorter(@Nullable Duration current, @Nullable Duration candidate) {
            if (candidate == null || candidate.isZero()) {
                return current;
            }
            return current == null || candidate.compareTo(current) < 0 ? candidate : current;
        }
    }
}
