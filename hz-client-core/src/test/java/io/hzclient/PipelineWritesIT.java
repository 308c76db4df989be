package io.hzclient;

import io.hzclient.config.ClientConfig;
import io.hzclient.internal.connection.ChannelSetup;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import io.hzclient.map.HzMap;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lone call is written to the socket by its caller only where no pipeline handler needs the bytes: with a byte
 * handler installed (through {@link ChannelSetup}, where TLS goes) every message of real calls passes it, and
 * without one the shortcut is still taken.
 */
class PipelineWritesIT {
    private static final int MAP_PUT = 0x010100;
    private static final int MAP_GET = 0x010200;
    private static final int MAP_GET_ALL = 0x012300;
    private static final int MAP_PUT_ALL = 0x012C00;
    private static final int MULTIMAP_PUT_ALL = 0x021700;
    private static final int CALLS = 200;

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2);

    @Test
    void withAByteHandlerEveryMessageGoesThroughThePipeline() {
        OutboundMessageCounter counter = new OutboundMessageCounter();
        ChannelSetup setup = ChannelSetup.plain().withByteHandler((channel, address) -> counter.newHandler());
        try (HzClient client = HzClient.newClient(config(), setup)) {
            List<Connection> connections = connectionsToBothMembers(client);
            assertThat(connections).noneMatch(Connection::writeThroughAllowed);
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("piped"));
            map.put("warm-up", "v"); // partitions assigned: the calls below are not retried
            long putsBefore = counter.messages(MAP_PUT);

            for (int i = 0; i < CALLS; i++) {
                map.put("k" + i, "v" + i); // one at a time: each a lone call
            }
            for (int i = 0; i < CALLS; i++) {
                assertThat(map.get("k" + i)).isEqualTo("v" + i);
            }

            assertThat(counter.messages(MAP_PUT) - putsBefore).as("puts through the handler").isEqualTo(CALLS);
            assertThat(counter.messages(MAP_GET)).as("gets through the handler").isEqualTo(CALLS);
            assertThat(connections).allSatisfy(c -> assertThat(c.writeThroughs()).as("written through").isZero());
            assertThat(counter.preambles()).as("one per channel opened").isGreaterThanOrEqualTo(connections.size());
            assertThat(counter.notBytes()).isZero();
            assertThat(counter.problems()).isEmpty();
            // every byte the client wrote passed the handler (pings too), besides one preamble per connection
            assertEventually(Duration.ofSeconds(10), () -> assertThat(counter.bytes())
                    .isEqualTo(client.getStatistics().bytesWritten() + 3L * counter.preambles()));
        }
    }

    @Test
    void withoutAByteHandlerALoneCallIsWrittenThroughByItsCaller() {
        try (HzClient client = HzClient.newClient(config(), ChannelSetup.plain())) {
            List<Connection> connections = connectionsToBothMembers(client);
            assertThat(connections).allMatch(Connection::writeThroughAllowed);
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("through"));
            map.put("warm-up", "v");
            int before = writeThroughs(connections);

            for (int i = 0; i < CALLS; i++) {
                map.put("k" + i, "v" + i);
            }

            // this thread made the writes it reads the count of; a ping in flight may make a call queue instead
            assertThat(writeThroughs(connections) - before).as("puts written through by this thread")
                    .isBetween(CALLS / 2, CALLS);
        }
    }

    @Test
    void eachConnectionsShareOfAGetAllOrPutAllLeavesWithOneFlush() {
        OutboundMessageCounter counter = new OutboundMessageCounter();
        ChannelSetup setup = ChannelSetup.plain().withByteHandler((channel, address) -> counter.newHandler());
        // no ping may be written meanwhile: its flush would take part of the calls queued so far with it
        ClientConfig quiet = configBuilder()
                .heartbeatInterval(Duration.ofMinutes(10)).heartbeatTimeout(Duration.ofMinutes(20)).build();
        try (HzClient client = HzClient.newClient(quiet, setup)) {
            List<Connection> connections = connectionsToBothMembers(client);
            HzMap<String, Integer> map = client.getMap(TestCluster.uniqueName("batched"));
            map.put("warm-up", 0); // partitions assigned: the calls below are not retried
            Map<String, Integer> entries = new HashMap<>();
            for (int i = 0; i < 2 * CALLS; i++) {
                entries.put("k" + i, i);
            }

            map.putAll(entries);
            Map<String, Integer> read = map.getAll(entries.keySet());

            assertThat(read).isEqualTo(entries);
            // 400 keys over 271 partitions: a call for nearly each, each member owning about half of them
            assertThat(counter.messages(MAP_PUT_ALL)).isGreaterThan(CALLS);
            assertThat(counter.messages(MAP_GET_ALL)).isGreaterThan(CALLS);
            assertThat(counter.flushesWith(MAP_PUT_ALL)).as("putAll's flushes").isEqualTo(connections.size());
            assertThat(counter.flushesWith(MAP_GET_ALL)).as("getAll's flushes").isEqualTo(connections.size());

            HzMultiMap<String, Integer> multiMap = client.getMultiMap(TestCluster.uniqueName("batched"));
            Map<String, List<Integer>> lists = new HashMap<>();
            entries.forEach((key, value) -> lists.put(key, List.of(value, -value - 1)));
            multiMap.putAll(lists);
            assertThat(multiMap.size()).isEqualTo(2 * lists.size());
            assertThat(counter.flushesWith(MULTIMAP_PUT_ALL)).as("multimap putAll's flushes")
                    .isEqualTo(connections.size());
        }
    }

    private static ClientConfig config() {
        return configBuilder().build();
    }

    private static ClientConfig.Builder configBuilder() {
        return ClientConfig.builder().clusterName(CLUSTER.cluster().clusterName())
                .addresses(CLUSTER.cluster().addresses());
    }

    private static int writeThroughs(List<Connection> connections) {
        return connections.stream().mapToInt(Connection::writeThroughs).sum();
    }

    private static List<Connection> connectionsToBothMembers(HzClient client) {
        assertEventually(Duration.ofSeconds(30), () -> assertThat(liveConnections(client)).hasSize(2));
        return liveConnections(client);
    }

    /** The client's connections, from its registry (the client does not publish them). */
    private static List<Connection> liveConnections(HzClient client) {
        try {
            java.lang.reflect.Field f = HzClient.class.getDeclaredField("connections");
            f.setAccessible(true);
            return ((ConnectionRegistry) f.get(client)).liveConnections();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("HzClient changed: no 'connections' field", e);
        }
    }
}
