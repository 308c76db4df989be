package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.memberGets;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write method of HzMap, made by the near-cached client itself: as soon as the write returns, a read sees its
 * effect. Under INVALIDATE the entry is dropped; under CACHE_ON_UPDATE a put, set or putTransient caches the written
 * value (the next read stays local), every other write drops the entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheLocalWriteIT {
    private static final Duration HOUR = Duration.ofHours(1);
    private HzClient client;

    @BeforeAll
    void start() {
        client = NearCacheTesting.client(NearCacheConfig.builder("invalidate-*").build(),
                NearCacheConfig.builder("update-*").localUpdatePolicy(LocalUpdatePolicy.CACHE_ON_UPDATE).build());
    }

    @AfterAll
    void stop() {
        closeAll(client);
    }

    /** A write, what "k" holds after it, and whether CACHE_ON_UPDATE caches it. */
    private static Arguments write(String name, Consumer<HzMap<String, String>> write, String after, boolean cached) {
        return Arguments.of(name, write, after, cached);
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                write("put", m -> m.put("k", "new"), "new", true),
                write("put ttl", m -> m.put("k", "new", HOUR), "new", true),
                write("put ttl max-idle", m -> m.put("k", "new", HOUR, HOUR), "new", true),
                write("putAsync", m -> m.putAsync("k", "new").join(), "new", true),
                write("set", m -> m.set("k", "new"), "new", true),
                write("set ttl", m -> m.set("k", "new", HOUR), "new", true),
                write("setAsync", m -> m.setAsync("k", "new").join(), "new", true),
                write("putTransient", m -> m.putTransient("k", "new", HOUR), "new", true),
                write("putIfAbsent (present)", m -> m.putIfAbsent("k", "new"), "old", false),
                write("putIfAbsentAsync (present)", m -> m.putIfAbsentAsync("k", "new").join(), "old", false),
                write("tryPut", m -> m.tryPut("k", "new", Duration.ofSeconds(5)), "new", false),
                write("putAll", m -> m.putAll(Map.of("k", "new", "other", "x")), "new", false),
                write("putAllAsync", m -> m.putAllAsync(Map.of("k", "new")).join(), "new", false),
                write("replace", m -> m.replace("k", "new"), "new", false),
                write("replaceAsync", m -> m.replaceAsync("k", "new").join(), "new", false),
                write("replace if same", m -> m.replace("k", "old", "new"), "new", false),
                write("remove", m -> m.remove("k"), null, false),
                write("removeAsync", m -> m.removeAsync("k").join(), null, false),
                write("remove if same", m -> m.remove("k", "old"), null, false),
                write("delete", m -> m.delete("k"), null, false),
                write("deleteAsync", m -> m.deleteAsync("k").join(), null, false),
                write("tryRemove", m -> m.tryRemove("k", Duration.ofSeconds(5)), null, false),
                write("evict", m -> m.evict("k"), null, false),
                write("evictAsync", m -> m.evictAsync("k").join(), null, false),
                write("evictAll", HzMap::evictAll, null, false),
                write("clear", HzMap::clear, null, false),
                write("clearAsync", m -> m.clearAsync().join(), null, false),
                write("setTtl", m -> m.setTtl("k", HOUR), "old", false));
    }

    private HzMap<String, String> cachedOld(String prefix) {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName(prefix));
        map.set("k", "old");
        assertThat(map.get("k")).isEqualTo("old");
        if (prefix.equals("invalidate")) {
            assertThat(map.get("k")).isEqualTo("old");
            assertThat(nearCacheOf(map).stats().hits()).as("cached").isEqualTo(1);
        }
        return map;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void invalidatePolicy(String name, Consumer<HzMap<String, String>> write, String after, boolean cached) {
        HzMap<String, String> map = cachedOld("invalidate");
        write.accept(map);
        assertThat(nearCacheOf(map).snapshot()).as("dropped when the write returned").doesNotContainKey("k");
        assertThat(map.get("k")).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void cacheOnUpdatePolicy(String name, Consumer<HzMap<String, String>> write, String after, boolean cached) {
        HzMap<String, String> map = cachedOld("update");
        write.accept(map);
        long gets = memberGets(map.getName());
        assertThat(map.get("k")).isEqualTo(after);
        assertThat(memberGets(map.getName()) - gets).as("read locally only if the write cached its value")
                .isEqualTo(cached ? 0 : 1);
    }

    @Test
    void aPutUnderCacheOnUpdateIsReadLocallyAtOnce() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("update"));
        map.put("a", "1");
        long sent = client.getStatistics().invocationsStarted();
        assertThat(map.get("a")).isEqualTo("1");
        assertThat(client.getStatistics().invocationsStarted()).isEqualTo(sent);
        assertThat(nearCacheOf(map).stats().hits()).isEqualTo(1);
        assertThat(nearCacheOf(map).stats().ownedEntryCount()).isEqualTo(1);
    }
}
