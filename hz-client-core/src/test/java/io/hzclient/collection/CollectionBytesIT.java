package io.hzclient.collection;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.list.HzList;
import io.hzclient.queue.HzQueue;
import io.hzclient.set.HzSet;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queues, sets and lists filled by the official Java client are read by ours, and the other way round: the items'
 * bytes are the same (strings, integers, longs, a Compact record, a byte array), and so is where each structure lives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionBytesIT {
    private TestCluster cluster;
    private HzClient ours;
    private HazelcastInstance official;

    record Job(String id, int priority, List<String> tags) {
    }

    private static final List<Object> ITEMS = List.of("text", 42, 7_000_000_000L, new Job("j-1", 3, List.of("a", "b")),
            new byte[] {1, 2, 3});

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        ours = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        com.hazelcast.client.config.ClientConfig config = new com.hazelcast.client.config.ClientConfig();
        config.setClusterName(cluster.clusterName());
        config.getNetworkConfig().setAddresses(new ArrayList<>(cluster.addresses()));
        official = HazelcastClient.newHazelcastClient(config);
    }

    @AfterAll
    void stop() {
        if (official != null) {
            official.shutdown();
        }
        if (ours != null) {
            ours.close();
        }
    }

    @Test
    void aQueueTheOfficialClientFillsIsDrainedByOursAndTheOtherWayRound() {
        String theirsFirst = TestCluster.uniqueName("q-theirs") + "@partition-key";
        official.getQueue(theirsFirst).addAll(ITEMS);
        HzQueue<Object> ourQueue = ours.getQueue(theirsFirst);
        List<Object> drained = new ArrayList<>();
        assertThat(ourQueue.drainTo(drained)).isEqualTo(ITEMS.size());
        assertThat(drained).containsExactlyElementsOf(ITEMS);

        String oursFirst = TestCluster.uniqueName("q-ours") + "@partition-key";
        ours.getQueue(oursFirst).addAll(ITEMS);
        List<Object> theirs = new ArrayList<>();
        official.getQueue(oursFirst).drainTo(theirs);
        assertThat(theirs).containsExactlyElementsOf(ITEMS);
    }

    @Test
    void aSetTheOfficialClientFillsIsReadByOursAndTheOtherWayRound() {
        String theirsFirst = TestCluster.uniqueName("s-theirs");
        official.getSet(theirsFirst).addAll(ITEMS);
        HzSet<Object> ourSet = ours.getSet(theirsFirst);
        assertThat(ourSet.toArray()).containsExactlyInAnyOrderElementsOf(ITEMS);
        for (Object item : ITEMS) {
            assertThat(ourSet.contains(item)).as("same bytes: " + item).isTrue();
        }

        String oursFirst = TestCluster.uniqueName("s-ours");
        ours.getSet(oursFirst).addAll(ITEMS);
        assertThat(official.getSet(oursFirst).toArray()).containsExactlyInAnyOrderElementsOf(ITEMS);
        for (Object item : ITEMS) {
            assertThat(official.getSet(oursFirst).contains(item)).as("same bytes: " + item).isTrue();
        }
    }

    @Test
    void aListTheOfficialClientFillsIsReadByOursAndTheOtherWayRound() {
        String theirsFirst = TestCluster.uniqueName("l-theirs");
        official.getList(theirsFirst).addAll(ITEMS);
        HzList<Object> ourList = ours.getList(theirsFirst);
        assertThat(ourList.subList(0, ITEMS.size())).containsExactlyElementsOf(ITEMS);
        assertThat(ourList.indexOf(ITEMS.get(3))).isEqualTo(3);

        String oursFirst = TestCluster.uniqueName("l-ours");
        ours.getList(oursFirst).addAll(ITEMS);
        assertThat(official.getList(oursFirst).subList(0, ITEMS.size())).containsExactlyElementsOf(ITEMS);
        assertThat(official.getList(oursFirst).indexOf(ITEMS.get(3))).isEqualTo(3);
    }
}
