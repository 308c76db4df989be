package io.hzclient.internal.nearcache;

import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads read, write and invalidate many keys of one near cache while its table grows and eviction runs; the
 * remote side answers at once with a value naming the key. No read may return another key's value, and when all is
 * done the statistics must agree with what the cache holds.
 */
class NearCacheConcurrentUseTest {
    private static final int THREADS = 4;
    private static final int KEYS = 6_000;
    private static final int OPS_PER_THREAD = 40_000;

    private final DefaultSerializationService serialization = new DefaultSerializationService(
            SerializationConfig.defaults());

    private NearCache cache(NearCacheConfig.Builder config) {
        return new NearCache("m", config.build(), serialization, new TestPartitions(271));
    }

    private Data data(Object o) {
        return serialization.toData(o);
    }

    @ParameterizedTest(name = "serializeKeys={0}")
    @ValueSource(booleans = {false, true})
    void readsNeverSeeAnotherKeysValueAndTheStatsMatchTheEntries(boolean serializeKeys) throws Exception {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(4_000).serializeKeys(serializeKeys)
                .localUpdatePolicy(LocalUpdatePolicy.CACHE_ON_UPDATE));
        run(nearCache);
        assertConsistent(nearCache);
        assertThat(nearCache.size()).isLessThanOrEqualTo(4_000 + THREADS);
    }

    @Test
    void recordsWithATimeToLiveToo() throws Exception {
        NearCache nearCache = cache(NearCacheConfig.builder("m").maxSize(100_000).timeToLive(Duration.ofHours(1)));
        run(nearCache);
        assertConsistent(nearCache);
    }

    private void run(NearCache nearCache) throws InterruptedException {
        ConcurrentWorkers.run(THREADS, random -> {
            for (int i = 0; i < OPS_PER_THREAD; i++) {
                step(nearCache, random.nextInt(KEYS), random.nextInt(20));
            }
        });
    }

    private void step(NearCache nearCache, int key, int dice) {
        String expected = "v" + key;
        if (dice == 0) {
            nearCache.invalidate(data(key));
        } else if (dice == 1) {
            nearCache.beforeWrite(key, data(key), data(expected)).accept(null, null);
        } else if (dice == 2) {
            nearCache.invalidateKey(key);
        } else {
            Object hit = nearCache.get(key);
            Object value = hit != null ? hit : serialization.toObject(
                    nearCache.fetch(key, data(key), () -> CompletableFuture.completedFuture(data(expected))).join());
            if (!expected.equals(value)) {
                throw new AssertionError("key " + key + " read as " + value + (hit != null ? " (a hit)" : ""));
            }
        }
    }

    private void assertConsistent(NearCache nearCache) {
        Map<Object, Object> entries = nearCache.snapshot();
        assertThat(nearCache.size()).as("no reservation left behind").isEqualTo(entries.size());
        assertThat(nearCache.stats().ownedEntryCount()).isEqualTo(entries.size());
        entries.forEach((k, v) -> {
            Object key = k instanceof Data d ? serialization.toObject(d) : k;
            Object value = v instanceof Data d ? serialization.toObject(d) : v;
            assertThat(value).as("value of %s", key).isEqualTo("v" + key);
        });
        nearCache.clear();
        assertThat(nearCache.size()).isZero();
        assertThat(nearCache.stats().ownedEntryCount()).isZero();
        assertThat(nearCache.stats().ownedEntryMemoryCost()).isZero();
    }
}
