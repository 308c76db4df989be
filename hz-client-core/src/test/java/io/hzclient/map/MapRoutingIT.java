package io.hzclient.map;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.EndpointQualifier;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import com.hazelcast.internal.server.ServerConnection;
import com.hazelcast.internal.server.tcp.TcpServerConnection;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three members: every keyed call must go to the owner of its key's partition. A member that is not the owner would
 * still serve the call (it forwards it), so the result alone proves nothing; what does is which member read the
 * request from the client's socket. Each put carries a value of {@value #BIG} bytes: only the member whose client
 * connections read that many bytes received it, and it must be the partition's owner. Reads are checked the same
 * way, by the bytes each member wrote back to the client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapRoutingIT {
    private static final int BIG = 64 * 1024;
    private static final int PARTITIONS = 271;

    private TestCluster cluster;
    private HzClient client;
    private final DefaultSerializationService serialization =
            new DefaultSerializationService(SerializationConfig.defaults());

    @BeforeAll
    void start() {
        cluster = TestCluster.start(3);
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        // A new cluster assigns its partitions on first use, and only then tells its clients who owns what. Assign
        // them now, wait until the migrations to the later members are done and the client's table says the same,
        // so that "the owner" is one member during the test.
        cluster.member(0).getPartitionService().getPartition(0).getOwner();
        MapTesting.eventually(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(cluster.member(i).getPartitionService().isClusterSafe()).isTrue();
            }
            for (com.hazelcast.partition.Partition p : cluster.member(0).getPartitionService().getPartitions()) {
                assertThat(client.getPartitions().getPartitionOwner(p.getPartitionId())).isNotNull()
                        .extracting(io.hzclient.Member::uuid).isEqualTo(p.getOwner().getUuid());
            }
        });
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void ourPartitionOfAKeyIsTheMembersPartition() {
        HazelcastInstance member = cluster.member(0);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            keys.add("key-" + i);
            keys.add(i * 7919);
            keys.add((long) i * 104729L - 1_000_000L);
        }
        for (Object key : keys) {
            Data data = serialization.toData(key);
            int hash = data.partitionHash();
            int ours = hash == Integer.MIN_VALUE ? 0 : Math.abs(hash) % PARTITIONS;
            assertThat(ours).as("partition of %s", key)
                    .isEqualTo(member.getPartitionService().getPartition(key).getPartitionId());
        }
    }

    @Test
    void theClientsPartitionTableMatchesTheMembers() {
        MapTesting.eventually(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 300; i++) {
                String key = "key-" + i;
                int partition = client.getPartitions().getPartitionId(key);
                assertThat(partition).isEqualTo(cluster.member(1).getPartitionService().getPartition(key).getPartitionId());
                assertThat(client.getPartitions().getPartitionOwner(partition)).as("owner of %s", key).isNotNull()
                        .extracting(io.hzclient.Member::uuid).isEqualTo(owner(key));
            }
        });
    }

    @Test
    void eachKeyedCallGoesToItsPartitionsOwner() {
        HzMap<Object, String> map = client.getMap("routing-" + UUID.randomUUID());
        String big = "x".repeat(BIG);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add("key-" + i);
            keys.add(i);
            keys.add((long) i << 33);
        }
        // The client learns the partition table just after it connects: wait for it on one key, with a deadline.
        MapTesting.eventually(Duration.ofSeconds(30),
                () -> assertThat(receiverOf(() -> map.set("warm-up", big), this::bytesRead)).isEqualTo(owner("warm-up")));

        for (Object key : keys) {
            assertThat(receiverOf(() -> map.set(key, big), this::bytesRead))
                    .as("member that received the put of %s", key).isEqualTo(owner(key));
        }
        for (Object key : keys) {
            map.set(key, big);
            assertThat(receiverOf(() -> assertThat(map.get(key)).hasSize(BIG), this::bytesWritten))
                    .as("member that answered the get of %s", key).isEqualTo(owner(key));
        }
    }

    /**
     * The one member whose client connections moved at least {@link #BIG} bytes during the call, or null. A member
     * counts written bytes just after the write, possibly after the client already has the answer: poll briefly.
     */
    private UUID receiverOf(Runnable call, ToLongFunction<HazelcastInstance> counter) {
        long[] before = new long[3];
        for (int i = 0; i < 3; i++) {
            before[i] = counter.applyAsLong(cluster.member(i));
        }
        call.run();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        do {
            UUID receiver = null;
            for (int i = 0; i < 3; i++) {
                if (counter.applyAsLong(cluster.member(i)) - before[i] >= BIG) {
                    assertThat(receiver).as("only one member moved the big value").isNull();
                    receiver = cluster.member(i).getCluster().getLocalMember().getUuid();
                }
            }
            if (receiver != null) {
                return receiver;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        } while (System.nanoTime() < deadline);
        return null;
    }

    private UUID owner(Object key) {
        return cluster.member(0).getPartitionService().getPartition(key).getOwner().getUuid();
    }

    private long bytesRead(HazelcastInstance member) {
        return clientConnections(member).stream().mapToLong(c -> c.getChannel().bytesRead()).sum();
    }

    private long bytesWritten(HazelcastInstance member) {
        return clientConnections(member).stream().mapToLong(c -> c.getChannel().bytesWritten()).sum();
    }

    private static List<TcpServerConnection> clientConnections(HazelcastInstance member) {
        List<TcpServerConnection> result = new ArrayList<>();
        for (ServerConnection c : ((HazelcastInstanceProxy) member).getOriginal().node.getServer()
                .getConnectionManager(EndpointQualifier.CLIENT).getConnections()) {
            if (c.isClient() && c instanceof TcpServerConnection tcp) {
                result.add(tcp);
            }
        }
        return result;
    }
}
