package io.hzclient.internal.nearcache;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.internal.map.MapProxy;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * What the near-cache ITs share: a 2-member cluster whose members send each invalidation as it happens (members batch
 * them by default, for up to 10 s, which would make every test wait that long), clients with near caches on it, and a
 * hand-moved clock.
 */
final class NearCacheTesting {
    private static TestCluster cluster;

    private NearCacheTesting() {
    }

    /** Started on first use, stopped when the test JVM exits. */
    static synchronized TestCluster cluster() {
        if (cluster == null) {
            cluster = TestCluster.start(2, c -> c.setProperty("hazelcast.map.invalidation.batch.enabled", "false"));
            TestCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "near-cache-test-cluster-stop"));
        }
        return cluster;
    }

    /** A client with these near caches (by map name or pattern). */
    static HzClient client(NearCacheConfig... nearCaches) {
        return client(b -> b, nearCaches);
    }

    /**
     * Heartbeat pings are invocations too, sent on a connection idle for the heartbeat interval; a long interval
     * (still under the members' 60 s limit) keeps them out of the tests that check a hit sends nothing.
     */
    static HzClient client(UnaryOperator<ClientConfig.Builder> more, NearCacheConfig... nearCaches) {
        ClientConfig.Builder b = ClientConfig.builder().clusterName(cluster().clusterName())
                .addresses(cluster().addresses()).heartbeatInterval(Duration.ofSeconds(45))
                .heartbeatTimeout(Duration.ofSeconds(120));
        for (NearCacheConfig c : nearCaches) {
            b.addNearCacheConfig(c);
        }
        return HzClient.newClient(more.apply(b).build());
    }

    static NearCache nearCacheOf(HzMap<?, ?> map) {
        NearCache nearCache = ((MapProxy<?, ?>) map).nearCache();
        if (nearCache == null) {
            throw new AssertionError("map " + map.getName() + " has no near cache");
        }
        return nearCache;
    }

    /** Gets the members served for this map (each member counts the gets of the partitions it owns). */
    static long memberGets(String mapName) {
        long sum = 0;
        TestCluster c = cluster();
        for (int i = 0; i < c.size(); i++) {
            HazelcastInstance member = c.member(i);
            sum += member.getMap(mapName).getLocalMapStats().getGetOperationCount();
        }
        return sum;
    }

    static void closeAll(AutoCloseable... closeables) {
        for (AutoCloseable c : closeables) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    /** A nanosecond clock that moves only when told, and by one nanosecond per reading (so reads are ordered). */
    static final class ManualClock implements LongSupplier {
        private final AtomicLong now = new AtomicLong(1_000_000_000L);

        @Override
        public long getAsLong() {
            return now.incrementAndGet();
        }

        void advance(Duration d) {
            now.addAndGet(d.toNanos());
        }
    }
}
