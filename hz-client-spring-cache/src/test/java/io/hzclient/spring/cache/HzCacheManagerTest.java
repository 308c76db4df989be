package io.hzclient.spring.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HzCacheManagerTest {
    private final AtomicInteger mapsObtained = new AtomicInteger();

    private HzCacheManager build(HzCacheManager.Builder builder) {
        return builder.build(name -> {
            mapsObtained.incrementAndGet();
            return new FakeMap().proxy();
        }, () -> true);
    }

    @Test
    void declaredCachesExistFromTheStartWithTheirSettingsAndCreatingThemSendsNothing() {
        HzCacheSettings oneMinute = HzCacheSettings.builder().timeToLive(Duration.ofMinutes(1)).build();
        HzCacheManager manager = build(HzCacheManager.builderWithoutClient()
                .cache("books", oneMinute).cacheNames("authors"));
        assertThat(manager.getCacheNames()).containsExactly("books", "authors");
        assertThat(manager.getCache("books").getSettings()).isSameAs(oneMinute);
        assertThat(manager.getCache("authors").getSettings()).isSameAs(HzCacheSettings.defaults());
        assertThat(mapsObtained).hasValue(0);
    }

    @Test
    void dynamicCachesAreCreatedOnFirstUseWithTheDefaultsAndListedAfterwards() {
        HzCacheSettings defaults = HzCacheSettings.builder().cacheNullValues(false).build();
        HzCacheManager manager = build(HzCacheManager.builderWithoutClient().defaults(defaults).cacheNames("books"));
        HzCache late = manager.getCache("late");
        assertThat(late.getSettings()).isSameAs(defaults);
        assertThat(manager.getCache("late")).isSameAs(late);
        assertThat(manager.getCacheNames()).containsExactly("books", "late");
    }

    @Test
    void withoutDynamicCreationAnUndeclaredCacheIsNull() {
        HzCacheManager manager = build(HzCacheManager.builderWithoutClient().dynamic(false).cacheNames("books"));
        assertThat(manager.getCache("other")).isNull();
        assertThat(manager.getCacheNames()).containsExactly("books");
    }

    @Test
    void creationListenersSeeEveryCacheOnceThoseCreatedLaterToo() {
        List<String> seenByBuilderListener = new ArrayList<>();
        List<String> seenLater = new ArrayList<>();
        HzCacheManager manager = build(HzCacheManager.builderWithoutClient().cacheNames("books")
                .onCacheCreated(c -> seenByBuilderListener.add(c.getName())));
        manager.forEachCache(c -> seenLater.add(c.getName()));
        manager.getCache("late");
        manager.getCache("late");
        assertThat(seenByBuilderListener).containsExactly("books", "late");
        assertThat(seenLater).containsExactly("books", "late");
    }

    @Test
    void theMapNameSettingChoosesTheMap() {
        List<String> names = new ArrayList<>();
        HzCacheManager manager = HzCacheManager.builderWithoutClient()
                .cache("books", HzCacheSettings.builder().mapName("cache-books").build())
                .build(name -> {
                    names.add(name);
                    return new FakeMap().proxy();
                }, () -> true);
        manager.getCache("books").put("k", "v");
        assertThat(names).containsExactly("cache-books");
        assertThat(manager.getCache("books").getMapName()).isEqualTo("cache-books");
    }
}
