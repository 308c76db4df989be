package io.hzclient.engine;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.LifecycleState;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Short timeouts for engine tests, and small helpers they share. */
final class Engine {
    static final Duration WAIT = Duration.ofSeconds(30);

    private Engine() {
    }

    /** A config with timeouts short enough for tests: calls give up after 5 s, dead peers are noticed in 3 s. */
    static ClientConfig.Builder fastConfig(String clusterName, List<String> addresses) {
        return ClientConfig.builder()
                .clusterName(clusterName)
                .addresses(addresses)
                .invocationTimeout(Duration.ofSeconds(5))
                .invocationRetryPause(Duration.ofMillis(200))
                .heartbeatInterval(Duration.ofSeconds(1))
                .heartbeatTimeout(Duration.ofSeconds(3))
                .connectionTimeout(Duration.ofSeconds(2))
                .clusterConnectTimeout(Duration.ofSeconds(10));
    }

    static ClientConfig.Builder fastConfig(TestCluster cluster) {
        return fastConfig(cluster.clusterName(), cluster.addresses());
    }

    /** An in-JVM member of {@code clusterName} on exactly {@code port} (e.g. to come back where one died). */
    static HazelcastInstance startMemberOn(String clusterName, int port, List<String> join) {
        Config config = MemberMain.memberConfig(clusterName, port, join);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setInstanceName(clusterName + "_" + port + "_" + System.nanoTime());
        return Hazelcast.newHazelcastInstance(config);
    }

    /**
     * The client's live connections. The client does not publish them, so this reads the connection registry
     * behind it; only tests that prove connection handling need it.
     */
    static List<io.hzclient.internal.connection.Connection> liveConnections(io.hzclient.HzClient client) {
        try {
            java.lang.reflect.Field f = io.hzclient.HzClient.class.getDeclaredField("connections");
            f.setAccessible(true);
            return ((io.hzclient.internal.connection.ConnectionRegistry) f.get(client)).liveConnections();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HzClient changed: no 'connections' field", e);
        }
    }

    static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** Records lifecycle states in the order the client reports them. */
    static final class States implements io.hzclient.LifecycleListener {
        final List<LifecycleState> seen = new CopyOnWriteArrayList<>();

        @Override
        public void stateChanged(LifecycleState state) {
            seen.add(state);
        }
    }
}
