package io.hzclient.collection;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.list.HzList;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.replicatedmap.HzReplicatedMap;
import io.hzclient.set.HzSet;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Set, list, multimap and replicated map keep everything written to them when a member is killed (kill -9): the one
 * that holds the set and the list (each lives in one partition), with one backup per partition; and they go on
 * taking writes. The queue's own test is {@code QueueMemberLossIT}.
 */
class StructuresMemberLossIT {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int ITEMS = 200;

    @Test
    void everyStructureKeepsItsDataWhenAMemberDies() {
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(3, b -> b.heap("512m"));
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.addresses()).build())) {
            String name = TestCluster.uniqueName("survivor");
            HzSet<Integer> set = client.getSet(name);
            HzList<Integer> list = client.getList(name);
            HzMultiMap<Integer, Integer> multiMap = client.getMultiMap(name);
            HzReplicatedMap<Integer, Integer> replicated = client.getReplicatedMap(name);
            List<Integer> items = IntStream.range(0, ITEMS).boxed().toList();
            set.addAll(items);
            list.addAll(items);
            for (int i : items) {
                multiMap.put(i % 20, i);
                replicated.put(i, i * 2);
            }
            cluster.member(0).awaitClusterSafe(WAIT);

            // the set and the list each live in one partition: kill its owner
            UUID owner = client.getPartitions().getPartitionOwner(client.getPartitions().getPartitionId(name)).uuid();
            cluster.member(owner).kill();
            assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(2));

            assertThat(set).containsExactlyInAnyOrderElementsOf(items);
            assertThat(list).containsExactlyElementsOf(items);
            assertThat(multiMap.size()).isEqualTo(ITEMS);
            for (int key = 0; key < 20; key++) {
                int k = key;
                assertThat(multiMap.get(key)).containsExactlyInAnyOrderElementsOf(
                        items.stream().filter(i -> i % 20 == k).collect(Collectors.toList()));
            }
            assertEventually(WAIT, () -> assertThat(replicated.size()).isEqualTo(ITEMS));
            assertThat(replicated.entrySet()).allSatisfy(e -> assertThat(e.getValue()).isEqualTo(e.getKey() * 2));

            assertThat(set.add(ITEMS)).isTrue();
            assertThat(list.add(ITEMS)).isTrue();
            assertThat(multiMap.put(0, ITEMS)).isTrue();
            replicated.put(ITEMS, 0);
            assertThat(List.of(set.size(), list.size(), multiMap.size())).containsOnly(ITEMS + 1);
            assertThat(replicated.get(ITEMS)).isZero();
        }
    }
}
