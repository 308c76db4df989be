package io.hzclient.query;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Partition predicates on real members: each operation sees only the entries of the partitions it names. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionPredicateIT {
    private static final int ENTRIES = 2_000;

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2, config -> config
            .getSerializationConfig().addDataSerializableFactory(ComputeIT.FACTORY,
                    id -> new ComputeIT.MemberIncrement()));

    private HzClient client;

    @BeforeAll
    void connect() {
        TestCluster cluster = CLUSTER.cluster();
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** A map of {@link #ENTRIES} keys, each its own value. */
    private HzMap<Integer, Integer> filled() {
        HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("scoped"));
        Map<Integer, Integer> all = new HashMap<>();
        IntStream.range(0, ENTRIES).forEach(i -> all.put(i, i));
        map.putAll(all);
        return map;
    }

    /** The keys the members keep in the partitions of these keys, as the members compute it. */
    private static Set<Integer> keysInPartitionsOf(Integer... partitionKeys) {
        var partitions = CLUSTER.cluster().member(0).getPartitionService();
        Set<Integer> ids = new TreeSet<>();
        for (Integer k : partitionKeys) {
            ids.add(partitions.getPartition(k).getPartitionId());
        }
        return IntStream.range(0, ENTRIES).boxed()
                .filter(k -> ids.contains(partitions.getPartition(k).getPartitionId()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void queriesSeeOnlyThePartitionOfTheKey() throws Exception {
        HzMap<Integer, Integer> map = filled();
        Set<Integer> expected = keysInPartitionsOf(7);
        assertThat(expected).contains(7).hasSizeLessThan(ENTRIES / 10);

        assertThat(map.keySet(Predicates.partitionPredicate(7, Predicates.alwaysTrue())))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(map.values(Predicates.partitionPredicate(7, Predicates.alwaysTrue())))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(map.entrySet(Predicates.partitionPredicate(7, Predicates.greaterEqual("this", 1000))))
                .allSatisfy(e -> assertThat(e.getKey()).isEqualTo(e.getValue()))
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(k -> k >= 1000).toList());
        assertThat(map.keySetAsync(Predicates.partitionPredicate(7, Predicates.alwaysTrue()))
                .get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aMultiPartitionPredicateSeesEachOfItsPartitions() {
        HzMap<Integer, Integer> map = filled();
        Set<Integer> expected = keysInPartitionsOf(3, 500, 1999);
        assertThat(map.keySet(Predicates.multiPartitionPredicate(Set.of(3, 500, 1999), Predicates.alwaysTrue())))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void computationsAndRemoveAllKeepToThePartition() {
        HzMap<Integer, Integer> map = filled();
        Set<Integer> expected = keysInPartitionsOf(42);
        Predicate<Integer, Integer> scoped = Predicates.partitionPredicate(42, Predicates.alwaysTrue());

        assertThat(map.aggregate(Aggregators.count(), scoped)).isEqualTo((long) expected.size());
        assertThat(map.aggregate(Aggregators.integerSum(), scoped))
                .isEqualTo(expected.stream().mapToLong(Integer::longValue).sum());
        assertThat(map.project(Projections.<Map.Entry<Integer, Integer>, Integer>singleAttribute("this"), scoped))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(map.executeOnEntries(new ComputeIT.Increment(1), scoped).keySet())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(map.get(42)).isEqualTo(43);
        assertThat(map.get(expected.contains(41) ? 40 : 41)).isEqualTo(expected.contains(41) ? 40 : 41);

        map.removeAll(scoped);
        assertThat(map.size()).isEqualTo(ENTRIES - expected.size());
        assertThat(map.keySet(scoped)).isEmpty();
    }

    @Test
    void aPagingPredicatePagesThroughThePartitionOnly() {
        HzMap<Integer, Integer> map = filled();
        List<Integer> expected = new ArrayList<>(keysInPartitionsOf(9));
        PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(3);
        Predicate<Integer, Integer> scoped = Predicates.partitionPredicate(9, paging);

        List<Integer> seen = new ArrayList<>();
        for (Set<Integer> page = map.keySet(scoped); !page.isEmpty(); page = map.keySet(scoped)) {
            seen.addAll(page);
            paging.nextPage();
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        paging.setPage(1);
        assertThat(map.values(scoped)).containsExactlyElementsOf(expected.subList(3, 6));
    }

    @Test
    void itIsRefusedWhereTheMembersWouldNotKeepToThePartition() {
        HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("scoped"));
        Predicate<Integer, Integer> scoped = Predicates.partitionPredicate(1, Predicates.alwaysTrue());
        EntryListener<Integer, Integer> listener = new EntryListener<>() {
        };
        assertThatThrownBy(() -> Predicates.and(scoped, Predicates.alwaysTrue()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition predicate");
        assertThatThrownBy(() -> Predicates.not(scoped)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.addEntryListener(listener, scoped, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listeners");
        assertThatThrownBy(() -> Predicates.pagingPredicate(scoped, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition predicate");
        Predicate<Integer, Integer> scopedPaging = Predicates.partitionPredicate(1, Predicates.pagingPredicate(10));
        assertThatThrownBy(() -> map.aggregate(Aggregators.count(), scopedPaging))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paging predicate");
        assertThatThrownBy(() -> Predicates.partitionPredicate(null, Predicates.alwaysTrue()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("partitionKey");
        assertThatThrownBy(() -> Predicates.multiPartitionPredicate(Set.of(), Predicates.alwaysTrue()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Predicates.partitionPredicate(1, scoped))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another partition predicate");
    }
}
