package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.memberGets;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invalidation touches its own key only: after key A of a partition is changed, by another client or by this one,
 * key B of the same partition is still served from the near cache (a hit, no remote get). Each record carries its
 * partition's repair stamp from the moment it is made, also when the near cache starts without the partitions'
 * metadata (as after connecting to a restarted cluster): then the first reads go to the cluster uncached until the
 * metadata is fetched, instead of caching records that the partition's next event would make stale.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheInvalidationScopeIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private HzClient smart;
    private HzClient unisocket;
    private HzClient writer;

    @BeforeAll
    void start() {
        NearCacheConfig config = NearCacheConfig.builder("scope-*").build();
        smart = NearCacheTesting.client(config);
        unisocket = NearCacheTesting.client(b -> b.smartRouting(false), config);
        writer = NearCacheTesting.client();
    }

    @AfterAll
    void stop() {
        closeAll(smart, unisocket, writer);
    }

    @ParameterizedTest(name = "smart {0}, metadata forgotten {1}")
    @CsvSource({"true, false", "false, false", "true, true", "false, true"})
    void changingKeyALeavesKeyBOfTheSamePartitionCached(boolean smartRouting, boolean metadataForgotten) {
        HzClient reader = smartRouting ? smart : unisocket;
        String name = TestCluster.uniqueName("scope");
        String a = "a";
        int partition = reader.getPartitions().getPartitionId(a);
        String b = keyInPartition(reader, partition);
        HzMap<String, String> w = writer.getMap(name);
        w.set(a, "a0");
        w.set(b, "b0");
        HzMap<String, String> map = reader.getMap(name);
        NearCache nearCache = nearCacheOf(map);
        RepairingHandler handler = nearCache.repair();
        if (metadataForgotten) {
            handler.reset(); // what connecting to another cluster does: no partition UUID known
            assertThat(handler.partitionUuid(partition)).isNull();
        }

        assertEventually(WAIT, () -> {
            map.get(a);
            map.get(b);
            assertThat(nearCache.snapshot()).containsOnlyKeys(a, b);
        });
        RepairStamp stampOfB = nearCache.recordOf(b).stamp;
        assertThat(stampOfB.partitionId()).isEqualTo(partition);
        assertThat(stampOfB.partitionUuid()).isNotNull().isEqualTo(handler.partitionUuid(partition));

        long sequence = handler.sequence(partition);
        map.put(a, "mine"); // this client's own write: its event only moves the partition's sequence on
        assertEventually(WAIT, () -> assertThat(handler.sequence(partition)).isGreaterThan(sequence));
        assertServedLocally(map, b, "b0");

        long requests = nearCache.stats().invalidationRequests();
        w.set(a, "theirs");
        assertEventually(WAIT, () -> assertThat(nearCache.stats().invalidationRequests()).isGreaterThan(requests));
        assertServedLocally(map, b, "b0");
        assertThat(map.get(a)).isEqualTo("theirs");
        assertThat(nearCache.recordOf(b).stamp).isSameAs(stampOfB);
    }

    /** B's next get is a near-cache hit: counted as one, and no member served a get for it. */
    private static void assertServedLocally(HzMap<String, String> map, String key, String expected) {
        NearCacheStats stats = nearCacheOf(map).stats();
        long hits = stats.hits();
        long misses = stats.misses();
        long gets = memberGets(map.getName());
        assertThat(map.get(key)).isEqualTo(expected);
        assertThat(stats.hits()).as("hits; %s", stats).isEqualTo(hits + 1);
        assertThat(stats.misses()).isEqualTo(misses);
        assertThat(memberGets(map.getName())).isEqualTo(gets);
    }

    private static String keyInPartition(HzClient client, int partition) {
        for (int i = 0; ; i++) {
            if (client.getPartitions().getPartitionId("b" + i) == partition) {
                return "b" + i;
            }
        }
    }
}
