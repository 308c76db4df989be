package io.hzclient.internal.nearcache;

import io.hzclient.ClientOfflineException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.config.ReconnectMode;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the cluster gone (its only member terminated) and reconnect mode ASYNC, entries held in the near cache are
 * still served, with no member to ask: get, getAsync, containsKey and getAll of held keys answer locally. What is
 * not held fails at once with ClientOfflineException: a key never read, an entry whose time-to-live ran out (dropped
 * as an expiration), and an entry of a partition the repair found to have missed more invalidations than tolerated.
 * This client's own write of another key of a held entry's partition, just before, does not make it stale; nor when
 * the near cache started without the partitions' metadata (as after connecting to a restarted cluster).
 */
class NearCacheOfflineIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private TestCluster cluster;
    private HzClient reader;
    private HzClient writer;

    @AfterEach
    void stop() {
        RepairingHandler.dropInvalidationsOf = name -> false;
        closeAll(reader, writer, cluster);
    }

    @ParameterizedTest(name = "metadata forgotten {0}")
    @ValueSource(booleans = {false, true})
    void heldEntriesAreServedWhileTheClusterIsGoneAndEverythingElseFailsFast(boolean metadataForgotten) {
        cluster = TestCluster.start(1, c -> c.setProperty("hazelcast.map.invalidation.batch.enabled", "false"));
        writer = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        reader = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).reconnectMode(ReconnectMode.ASYNC).clusterConnectTimeout(null)
                .invocationTimeout(Duration.ofSeconds(60))
                .nearCacheRepair(new NearCacheRepairConfig(0, Duration.ofSeconds(60)))
                .addNearCacheConfig(NearCacheConfig.builder("offline-*").timeToLive(Duration.ofMinutes(10)).build())
                .build());
        String name = TestCluster.uniqueName("offline");
        String stale = "stale";
        int stalePartition = reader.getPartitions().getPartitionId(stale);
        String sameAsStale = keyOf(stalePartition, true, "d");
        String held = keyOf(stalePartition, false, "a");
        String sameAsHeld = keyOf(reader.getPartitions().getPartitionId(held), true, "h");
        String expiring = keyOf(stalePartition, false, "x");
        HzMap<String, String> w = writer.getMap(name);
        for (String k : new String[]{stale, sameAsStale, held, expiring, "never-read"}) {
            w.set(k, k + "-0");
        }
        HzMap<String, String> map = reader.getMap(name);
        NearCache nearCache = nearCacheOf(map);
        RepairingHandler handler = nearCache.repair();
        if (metadataForgotten) {
            handler.reset(); // what connecting to another cluster does: no partition UUID known until fetched
        }
        NearCacheTesting.ManualClock clock = new NearCacheTesting.ManualClock();
        nearCache.useClock(clock);
        cache(map, expiring);
        clock.advance(Duration.ofMinutes(6));
        cache(map, held);
        cache(map, stale);
        clock.advance(Duration.ofMinutes(5)); // "expiring" is 11 minutes old now, the others 5
        assertThat(nearCache.snapshot()).containsOnlyKeys(expiring, held, stale);

        int heldPartition = reader.getPartitions().getPartitionId(held);
        long sequence = handler.sequence(heldPartition);
        map.put(sameAsHeld, "mine");
        assertEventually(WAIT, () -> assertThat(handler.sequence(heldPartition)).isGreaterThan(sequence));

        // An invalidation of "stale" is lost on its way; the next event of its partition shows the gap, and with
        // no miss tolerated the repair marks the partition's older records stale.
        AtomicInteger dropped = new AtomicInteger();
        RepairingHandler.dropInvalidationsOf = n -> n.equals(name) && dropped.incrementAndGet() > 0;
        w.set(stale, "changed");
        assertEventually(WAIT, () -> assertThat(dropped).hasValue(1));
        RepairingHandler.dropInvalidationsOf = n -> false;
        w.set(sameAsStale, "changed");
        assertEventually(WAIT, () -> assertThat(handler.metadata(stalePartition).staleSequence()).isPositive());

        cluster.terminateMember(0);
        assertEventually(WAIT, () -> assertThat(reader.getLifecycleState()).isEqualTo(LifecycleState.DISCONNECTED));

        NearCacheStats stats = nearCache.stats();
        long hits = stats.hits();
        assertThat(map.get(held)).isEqualTo(held + "-0");
        assertThat(map.getAsync(held).join()).isEqualTo(held + "-0");
        assertThat(map.containsKey(held)).isTrue();
        assertThat(map.getAll(Set.of(held))).isEqualTo(Map.of(held, held + "-0"));
        assertThat(stats.hits()).as("all four served by the near cache").isEqualTo(hits + 4);

        assertThatThrownBy(() -> map.get("never-read")).isInstanceOf(ClientOfflineException.class);
        assertThatThrownBy(() -> map.getAll(Set.of(held, "never-read"))).isInstanceOf(ClientOfflineException.class);

        assertThatThrownBy(() -> map.get(expiring)).isInstanceOf(ClientOfflineException.class);
        assertThat(stats.expirations()).isEqualTo(1);

        long invalidations = stats.invalidations();
        assertThatThrownBy(() -> map.get(stale)).isInstanceOf(ClientOfflineException.class);
        assertThat(stats.invalidations()).as("dropped as stale").isEqualTo(invalidations + 1);

        assertThat(nearCache.snapshot()).containsOnlyKeys(held);
        assertThat(map.get(held)).as("still served").isEqualTo(held + "-0");
        assertThat(reader.getLifecycleState()).isEqualTo(LifecycleState.DISCONNECTED);
    }

    /** Reads the key until it is cached (at once, unless its partition's metadata is being fetched). */
    private static void cache(HzMap<String, String> map, String key) {
        assertEventually(WAIT, () -> {
            map.get(key);
            assertThat(nearCacheOf(map).snapshot()).containsKey(key);
        });
    }

    /** A key with this prefix in {@code partition} (inside true) or in any other partition (inside false). */
    private String keyOf(int partition, boolean inside, String prefix) {
        for (int i = 0; ; i++) {
            String k = prefix + i;
            if ((reader.getPartitions().getPartitionId(k) == partition) == inside) {
                return k;
            }
        }
    }
}
