package io.hzclient.internal.statistics;

import com.hazelcast.client.impl.statistics.ClientStatistics;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import com.hazelcast.internal.metrics.MetricConsumer;
import com.hazelcast.internal.metrics.MetricDescriptor;
import com.hazelcast.internal.metrics.impl.MetricsCompressor;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Client statistics as the member itself holds them: attributes, metrics blob, refreshed each period, or none. */
class StatisticsSentToClusterIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    private static ClientConfig.Builder config(String name) {
        TestCluster cluster = CLUSTER.cluster();
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .clientName(name).statisticsPeriod(Duration.ofSeconds(1));
    }

    /** The statistics the member keeps for this client, or null. */
    private static ClientStatistics onMember(HzClient client) {
        return onMember(CLUSTER.cluster().member(0), client);
    }

    private static ClientStatistics onMember(HazelcastInstance member, HzClient client) {
        return ((HazelcastInstanceProxy) member).getOriginal().node.getClientEngine().getClientStatistics()
                .get(client.getUuid());
    }

    private static Map<String, String> attributes(ClientStatistics stats) {
        Map<String, String> out = new HashMap<>();
        // only the near cache keys have escaped characters here (none in this test's names): split plainly
        for (String pair : stats.clientAttributes().split(",")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    private static Map<String, Number> metrics(ClientStatistics stats) {
        Map<String, Number> out = new HashMap<>();
        MetricsCompressor.extractMetrics(stats.metricsBlob(), new MetricConsumer() {
            @Override
            public void consumeLong(MetricDescriptor d, long value) {
                out.put(key(d), value);
            }

            @Override
            public void consumeDouble(MetricDescriptor d, double value) {
                out.put(key(d), value);
            }
        });
        return out;
    }

    private static String key(MetricDescriptor d) {
        return d.prefix() + (d.discriminator() == null ? "" : "[" + d.discriminatorValue() + "]") + "." + d.metric();
    }

    @Test
    void theMemberHoldsTheClientsAttributesAndNearCacheFiguresRefreshedEachPeriod() {
        String name = TestCluster.uniqueName("statsClient");
        String mapName = TestCluster.uniqueName("statsMap");
        try (HzClient client = HzClient.newClient(config(name).statisticsEnabled(true)
                .addNearCacheConfig(NearCacheConfig.builder(mapName).build()).build())) {
            HzMap<String, String> map = client.getMap(mapName);
            map.put("k", "v");
            map.get("k"); // a miss, cached
            for (int i = 0; i < 5; i++) {
                map.get("k"); // hits
            }
            assertThat(map.nearCacheStats()).hasValueSatisfying(s -> assertThat(s.hits()).isEqualTo(5));

            AtomicReference<ClientStatistics> seen = new AtomicReference<>();
            assertEventually(WAIT, () -> {
                ClientStatistics stats = onMember(client);
                assertThat(stats).isNotNull();
                Map<String, String> a = attributes(stats);
                assertThat(a).containsEntry("nc." + mapName + ".hits", "5");
                seen.set(stats);
            });
            ClientStatistics first = seen.get();
            Map<String, String> a = attributes(first);
            assertThat(a).containsEntry("clientName", name).containsEntry("clientType", "JVM")
                    .containsEntry("clientVersion", "5.7.0").containsEntry("enterprise", "false")
                    .containsEntry("nc." + mapName + ".misses", "1")
                    .containsEntry("nc." + mapName + ".ownedEntryCount", "1")
                    .containsEntry("lastStatisticsCollectionTime", Long.toString(first.timestamp()))
                    .containsKeys("clientAddress", "clusterConnectionTimestamp", "nc." + mapName + ".creationTime",
                            "runtime.availableProcessors", "runtime.usedMemory", "runtime.uptime",
                            "os.totalPhysicalMemorySize", "os.processCpuTime");
            assertThat(a.get("runtime.availableProcessors"))
                    .isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));

            Map<String, Number> m = metrics(first);
            assertThat(m).containsEntry("nearcache[" + mapName + "].hits", 5L)
                    .containsEntry("nearcache[" + mapName + "].misses", 1L)
                    .containsEntry("runtime.availableProcessors", (long) Runtime.getRuntime().availableProcessors())
                    .containsKeys("runtime.usedMemory", "os.totalPhysicalMemorySize", "invocations.pendingCalls",
                            "tcp.bytesRead", "tcp.bytesWritten");
            assertThat(m.get("invocations.startedInvocations").longValue()).isGreaterThanOrEqualTo(2); // put, get
            assertThat(m.get("tcp.connection.activeCount"))
                    .isEqualTo((long) client.getStatistics().connectedMembers().size());
            assertThat(a).doesNotContainKey("credentials.principal");

            map.get("k");
            assertEventually(WAIT, () -> {
                ClientStatistics later = onMember(client);
                assertThat(later.timestamp()).isGreaterThan(first.timestamp());
                assertThat(attributes(later)).containsEntry("nc." + mapName + ".hits", "6");
                assertThat(metrics(later)).containsEntry("nearcache[" + mapName + "].hits", 6L);
            });
        }
    }

    @Test
    void turnedOffTheClientSendsNothing() {
        try (HzClient off = HzClient.newClient(config(TestCluster.uniqueName("statsOff")).build());
             HzClient on = HzClient.newClient(config(TestCluster.uniqueName("statsOn")).statisticsEnabled(true)
                     .build())) {
            // the client that sends started after the one that does not, with the same period: once it has sent
            // twice, the other would have sent at least once
            AtomicLong firstSent = new AtomicLong();
            assertEventually(WAIT, () -> {
                ClientStatistics stats = onMember(on);
                assertThat(stats).isNotNull();
                firstSent.compareAndSet(0, stats.timestamp());
                assertThat(stats.timestamp()).isGreaterThan(firstSent.get());
            });
            assertThat(onMember(off)).isNull();
            assertThat(Arrays.asList(off.isRunning(), on.isRunning())).containsOnly(true);
        }
    }

    @Test
    void sendsThatFailWhileTheClusterIsGoneAreRetriedAndTheNewMemberGetsTheStatistics() {
        try (TestCluster own = TestCluster.start(1);
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(own.clusterName())
                     .addresses(own.addresses()).statisticsEnabled(true).statisticsPeriod(Duration.ofSeconds(1))
                     .build())) {
            assertEventually(WAIT, () -> assertThat(onMember(own.member(0), client)).isNotNull());
            long firstConnection = Long.parseLong(attributes(onMember(own.member(0), client))
                    .get("clusterConnectionTimestamp"));
            own.terminateMember(0);
            long restarted = System.currentTimeMillis();
            HazelcastInstance fresh = own.restartMember(0);
            assertEventually(WAIT, () -> {
                ClientStatistics stats = onMember(fresh, client);
                assertThat(stats).isNotNull();
                assertThat(Long.parseLong(attributes(stats).get("clusterConnectionTimestamp")))
                        .isGreaterThan(firstConnection).isGreaterThanOrEqualTo(restarted);
            });
            assertThat(client.isRunning()).isTrue();
        }
    }

    @Test
    void everyRoundGoesToTheSameMemberWhileItsConnectionLives() {
        try (TestCluster own = TestCluster.start(2);
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(own.clusterName())
                     .addresses(own.addresses()).statisticsEnabled(true).statisticsPeriod(Duration.ofMillis(500))
                     .build())) {
            assertEventually(WAIT, () -> assertThat(client.getStatistics().connectedMembers()).hasSize(2));
            // with the round-robin load balancer, rounds sent to "any member" would reach both members
            Set<Long> timestamps = new HashSet<>();
            AtomicReference<HazelcastInstance> holder = new AtomicReference<>();
            assertEventually(WAIT, () -> {
                for (int i = 0; i < 2; i++) {
                    ClientStatistics stats = onMember(own.member(i), client);
                    if (stats != null) {
                        holder.compareAndSet(null, own.member(i));
                        assertThat(own.member(i)).isSameAs(holder.get());
                        timestamps.add(stats.timestamp());
                    }
                }
                assertThat(timestamps).hasSizeGreaterThanOrEqualTo(4);
            });
            HazelcastInstance other = own.member(0) == holder.get() ? own.member(1) : own.member(0);
            assertThat(onMember(other, client)).isNull();
        }
    }
}
