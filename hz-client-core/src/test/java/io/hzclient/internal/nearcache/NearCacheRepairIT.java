package io.hzclient.internal.nearcache;

import com.hazelcast.map.IMap;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ConnectionRetryConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near caches repaired against real members: invalidations dropped on purpose (the test hook) are found by the
 * repair task, a crashed and restarted member's partitions (new partition UUIDs) drop their entries, and a client
 * that reconnects to a restarted cluster serves nothing it cached from the old one.
 */
class NearCacheRepairIT {
    private static final int KEYS = 100;
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    /** No miss is tolerated: every dropped invalidation makes its partition's entries stale at the next round. */
    private static final NearCacheRepairConfig STRICT = new NearCacheRepairConfig(0, INTERVAL);
    /** Misses never count: only a new partition UUID (or a new cluster) can drop entries. */
    private static final NearCacheRepairConfig UUIDS_ONLY = new NearCacheRepairConfig(Integer.MAX_VALUE, INTERVAL);
    /** Nothing periodic at all within a test's life. */
    private static final NearCacheRepairConfig NEVER = new NearCacheRepairConfig(Integer.MAX_VALUE, Duration.ofHours(1));

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() {
        RepairingHandler.dropInvalidationsOf = name -> false;
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    private TestCluster cluster(int members) {
        TestCluster cluster = TestCluster.start(members, InvalidationMetadataIT.FAST_INVALIDATIONS);
        closeables.add(cluster);
        return cluster;
    }

    private HzClient client(TestCluster cluster, NearCacheRepairConfig repair, String mapPattern) {
        return client(cluster, repair, mapPattern, true);
    }

    private HzClient client(TestCluster cluster, NearCacheRepairConfig repair, String mapPattern, boolean smart) {
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName())
                .smartRouting(smart)
                .addresses(cluster.addresses())
                .addNearCacheConfig(NearCacheConfig.builder(mapPattern).build())
                .nearCacheRepair(repair)
                .connectionRetry(new ConnectionRetryConfig(Duration.ofMillis(100), Duration.ofMillis(500), 1.5, 0,
                        null))
                .build();
        HzClient client = HzClient.newClient(config);
        closeables.add(client);
        return client;
    }

    private static void putAll(IMap<String, String> map, String prefix) {
        for (int i = 0; i < KEYS; i++) {
            map.put("k" + i, prefix + i);
        }
    }

    /** Reads every key twice: the second read is served by the near cache. */
    private static void cacheAll(HzMap<String, String> map, String expectedPrefix) {
        for (int i = 0; i < KEYS; i++) {
            assertThat(map.get("k" + i)).isEqualTo(expectedPrefix + i);
        }
        long hits = stats(map).hits();
        for (int i = 0; i < KEYS; i++) {
            assertThat(map.get("k" + i)).isEqualTo(expectedPrefix + i);
        }
        assertThat(stats(map).hits()).as("second reads served by the near cache").isEqualTo(hits + KEYS);
    }

    private static NearCacheStats stats(HzMap<?, ?> map) {
        return map.nearCacheStats().orElseThrow(() -> new AssertionError(map.getName() + " has no near cache"));
    }

    private static List<String> staleKeys(HzMap<String, String> map, List<String> keys, String freshPrefix) {
        List<String> stale = new ArrayList<>();
        for (String k : keys) {
            if (!(freshPrefix + k.substring(1)).equals(map.get(k))) {
                stale.add(k);
            }
        }
        return stale;
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add("k" + i);
        }
        return keys;
    }

    /** Smart: the metadata request goes to each member; unisocket: the one member forwards it to each. */
    @ParameterizedTest(name = "smart routing {0}")
    @ValueSource(booleans = {true, false})
    void theRepairTaskDropsEntriesWhoseInvalidationsWereLost(boolean smart) {
        TestCluster cluster = cluster(2);
        String name = TestCluster.uniqueName("repair-dropped");
        HzClient repaired = client(cluster, STRICT, "repair-*", smart);
        HzClient unrepaired = client(cluster, NEVER, "repair-*");
        IMap<String, String> member = cluster.member(0).getMap(name);
        putAll(member, "old");
        HzMap<String, String> map = repaired.getMap(name);
        HzMap<String, String> control = unrepaired.getMap(name);
        cacheAll(map, "old");
        cacheAll(control, "old");
        RepairingHandler.dropInvalidationsOf = name::equals;

        putAll(member, "new");

        long before = stats(map).invalidations();
        assertEventually(Duration.ofSeconds(15), () -> assertThat(staleKeys(map, allKeys(), "new")).isEmpty());
        assertThat(stats(map).invalidations()).as("stale entries dropped count as invalidations")
                .isGreaterThanOrEqualTo(before + KEYS);
        assertThat(staleKeys(control, allKeys(), "new")).as("without repair the lost invalidations leave them all stale")
                .hasSize(KEYS);
    }

    @Test
    void aCrashedAndRestartedMembersPartitionsDropTheirEntries() {
        TestCluster cluster = cluster(2);
        String name = TestCluster.uniqueName("repair-crash");
        HzClient client = client(cluster, UUIDS_ONLY, "repair-*");
        IMap<String, String> member = cluster.member(0).getMap(name);
        putAll(member, "old");
        HzMap<String, String> map = client.getMap(name);
        cacheAll(map, "old");
        UUID crashing = cluster.member(1).getCluster().getLocalMember().getUuid();
        List<String> keysOfCrashing = new ArrayList<>();
        for (String k : allKeys()) {
            // as the members see it: the client's partition table may still be on its way
            if (crashing.equals(cluster.member(0).getPartitionService().getPartition(k).getOwner().getUuid())) {
                keysOfCrashing.add(k);
            }
        }
        assertThat(keysOfCrashing).isNotEmpty();
        RepairingHandler.dropInvalidationsOf = name::equals;
        putAll(member, "new"); // kept by the backups on member 0

        cluster.terminateMember(1);
        cluster.awaitSize(1);
        cluster.restartMember(1);

        // The survivor took over the crashed member's partitions with new UUIDs: those entries go, whatever the
        // tolerance, and the values the backups kept are read again.
        assertEventually(Duration.ofSeconds(30), () -> assertThat(staleKeys(map, keysOfCrashing, "new")).isEmpty());
    }

    @Test
    void nothingCachedFromTheOldClusterIsServedAfterReconnectingToARestartedOne() throws Exception {
        TestCluster cluster = cluster(1);
        String name = TestCluster.uniqueName("repair-restart");
        HzClient client = client(cluster, NEVER, "repair-*");
        BlockingQueue<LifecycleState> states = new LinkedBlockingQueue<>();
        client.addLifecycleListener(states::add);
        putAll(cluster.member(0).getMap(name), "old");
        HzMap<String, String> map = client.getMap(name);
        cacheAll(map, "old");
        RepairingHandler.dropInvalidationsOf = name::equals; // not even the new cluster's events may help

        cluster.terminateMember(0);
        assertThat(states.poll(30, TimeUnit.SECONDS)).isEqualTo(LifecycleState.DISCONNECTED);
        IMap<String, String> restarted = cluster.restartMember(0).getMap(name); // a new cluster: empty
        for (int i = 0; i < KEYS; i += 2) {
            restarted.put("k" + i, "new" + i);
        }
        assertThat(states.poll(60, TimeUnit.SECONDS)).isEqualTo(LifecycleState.CONNECTED);

        for (int i = 0; i < KEYS; i++) {
            assertThat(map.get("k" + i)).as("k%d", i).isEqualTo(i % 2 == 0 ? "new" + i : null);
        }
    }
}
