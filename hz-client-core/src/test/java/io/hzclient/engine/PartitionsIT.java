package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.Partitions;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The client computes partitions exactly as the members do, and knows who owns each. */
class PartitionsIT {
    private static TestCluster cluster;
    private static HzClient client;

    @BeforeAll
    static void connect() {
        cluster = TestCluster.shared();
        client = HzClient.newClient(fastConfig(cluster).build());
    }

    @AfterAll
    static void close() {
        client.shutdown();
    }

    @Test
    void thePartitionCountIsTheClusters() {
        assertThat(client.getPartitions().getPartitionCount())
                .isEqualTo(member().getPartitionService().getPartitions().size())
                .isEqualTo(271);
    }

    @Test
    void keysOfManyTypesLandInTheMembersPartition() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add("key-" + i);
            keys.add(i * 7919);
            keys.add((long) i * 1_000_000_007L);
            keys.add(UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}));
        }
        keys.addAll(List.of("", "ünïcødé-ключ-鍵", (byte) 7, (short) -3, 'x', true, false, 3.25d, -1.5f,
                Integer.MIN_VALUE, Long.MAX_VALUE, new byte[] {1, 2, 3}, new int[] {4, 5}));
        Partitions partitions = client.getPartitions();
        for (Object key : keys) {
            int expected = member().getPartitionService().getPartition(key).getPartitionId();
            assertThat(partitions.getPartitionId(key)).as("partition of %s (%s)", key, key.getClass().getSimpleName())
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyPartitionOwnerIsTheMembersOwner() {
        assertEventually(WAIT, () -> {
            for (Partition p : member().getPartitionService().getPartitions()) {
                Member owner = client.getPartitions().getPartitionOwner(p.getPartitionId());
                assertThat(owner).as("owner of partition %d", p.getPartitionId()).isNotNull();
                assertThat(owner.uuid()).as("owner of partition %d", p.getPartitionId())
                        .isEqualTo(p.getOwner().getUuid());
            }
        });
    }

    @Test
    void aKeyIsStoredOnTheMemberThatOwnsItsPartition() {
        var map = client.<String, String>getMap(TestCluster.uniqueName("owners"));
        for (int i = 0; i < 50; i++) {
            String key = "k" + i;
            map.put(key, "v");
            Member owner = client.getPartitions().getPartitionOwner(client.getPartitions().getPartitionId(key));
            HazelcastInstance ownerMember = cluster.member(0).getCluster().getLocalMember().getUuid().equals(owner.uuid())
                    ? cluster.member(0) : cluster.member(1);
            assertThat(ownerMember.getMap(map.getName()).localKeySet()).contains(key);
        }
    }

    private static HazelcastInstance member() {
        return cluster.member(0);
    }

}
