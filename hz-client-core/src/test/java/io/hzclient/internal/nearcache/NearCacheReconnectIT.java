package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invalidation listener is registered again when a member comes back (smart routing: on the restarted member,
 * which owns partitions again; unisocket: on the connection that replaced the lost one), so changes made after the
 * restart still reach the near cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheReconnectIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int KEYS = 30;
    private TestCluster cluster;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(2, c -> c.setProperty("hazelcast.map.invalidation.batch.enabled", "false"));
    }

    @AfterAll
    void stop() {
        closeAll(cluster);
    }

    private HzClient client(boolean smart, NearCacheConfig... nearCaches) {
        ClientConfig.Builder b = ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).smartRouting(smart);
        for (NearCacheConfig c : nearCaches) {
            b.addNearCacheConfig(c);
        }
        return HzClient.newClient(b.build());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void changesAfterAMemberRestartAreStillSeen(boolean smart) {
        try (HzClient reader = client(smart, NearCacheConfig.builder("*").build()); HzClient writer = client(true)) {
            String name = TestCluster.uniqueName("reconnect");
            HzMap<Integer, String> w = writer.getMap(name);
            for (int k = 0; k < KEYS; k++) {
                w.set(k, "old");
            }
            HzMap<Integer, String> map = reader.getMap(name);
            int victim = smart ? 1 : cluster.addresses().indexOf(reader.getStatistics().connectedMembers().get(0));

            cluster.terminateMember(victim);
            cluster.restartMember(victim);
            assertEventually(WAIT, () -> {
                assertThat(reader.getStatistics().connectedMembers()).hasSize(smart ? 2 : 1);
                assertThat(cluster.member(0).getPartitionService().isClusterSafe()).isTrue();
            });
            for (int k = 0; k < KEYS; k++) {
                assertThat(map.get(k)).isEqualTo("old");
            }
            NearCache nearCache = nearCacheOf(map);
            assertThat(nearCache.snapshot()).hasSize(KEYS);
            long requests = nearCache.stats().invalidationRequests();

            for (int k = 0; k < KEYS; k++) {
                w.set(k, "new");
            }
            assertEventually(WAIT, () -> assertThat(nearCache.stats().invalidationRequests() - requests)
                    .as("an invalidation for every key, whichever member owns it").isGreaterThanOrEqualTo(KEYS));
            for (int k = 0; k < KEYS; k++) {
                assertThat(map.get(k)).isEqualTo("new");
            }
        }
    }
}
