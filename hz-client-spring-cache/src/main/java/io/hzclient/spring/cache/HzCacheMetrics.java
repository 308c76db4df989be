package io.hzclient.spring.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;

import java.util.function.Consumer;

/**
 * Micrometer's standard cache meters for an {@link HzCache}, read from the counts the adapter keeps
 * ({@link HzCacheStatistics}): {@code cache.gets{result=hit|miss}}, {@code cache.puts}, {@code cache.evictions},
 * {@code cache.removals} and {@code cache.size}, tagged {@code cache} and {@code cache.manager}. Bind every cache of a
 * manager, those created later too:
 * <pre>{@code
 * manager.forEachCache(HzCacheMetrics.binder(registry, "cacheManager"));
 * }</pre>
 * Needs micrometer-core on the classpath (an optional dependency of this module).
 */
public final class HzCacheMetrics extends CacheMeterBinder<HzCache> {

    /**
     * Makes the meters of one cache; {@link #bindTo} registers them.
     *
     * @param cache the cache
     * @param tags  tags added to every meter, besides {@code cache}
     */
    public HzCacheMetrics(HzCache cache, Iterable<Tag> tags) {
        super(cache, cache.getName(), tags);
    }

    /**
     * Binds the meters of each cache it is given, tagged {@code cache.manager=cacheManagerName}.
     *
     * @param registry         where the meters go
     * @param cacheManagerName the value of the {@code cache.manager} tag
     * @return a consumer for {@link HzCacheManager#forEachCache}
     */
    public static Consumer<HzCache> binder(MeterRegistry registry, String cacheManagerName) {
        Tags tags = Tags.of("cache.manager", cacheManagerName);
        return cache -> new HzCacheMetrics(cache, tags).bindTo(registry);
    }

    @Override
    protected Long size() {
        HzCache cache = getCache();
        Long size = cache == null ? null : cache.estimatedSize();
        return size == null ? 0L : size; // never null: Micrometer registers no size gauge if the first answer is null
    }

    @Override
    protected long hitCount() {
        HzCache cache = getCache();
        return cache == null ? 0 : cache.getStatistics().hits();
    }

    @Override
    protected Long missCount() {
        HzCache cache = getCache();
        return cache == null ? 0L : cache.getStatistics().misses();
    }

    @Override
    protected Long evictionCount() {
        HzCache cache = getCache();
        return cache == null ? 0L : cache.getStatistics().evictions();
    }

    @Override
    protected long putCount() {
        HzCache cache = getCache();
        return cache == null ? 0 : cache.getStatistics().puts();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
        HzCache cache = getCache();
        if (cache == null) {
            return;
        }
        FunctionCounter.builder("cache.removals", cache.getStatistics(), HzCacheStatistics::removals)
                .tags(getTagsWithCacheName())
                .description("Whole-cache removals (clear, invalidate) asked by this application")
                .register(registry);
    }
}
