package io.hzclient.query;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paging through 1 000 entries on real members: page by page, by jumping, backwards, filtered, with a comparator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingIT {
    private static final int FACTORY = 7002;
    private static final int ENTRIES = 1_000;

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2, config -> config
            .getSerializationConfig().addDataSerializableFactory(FACTORY, id -> new MemberReverseByKey()));

    /** The client's side of the comparator: only its ids. */
    record ReverseByKey() implements IdentifiedDataSerializable {
        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return 1;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
        }

        @Override
        public void readData(ObjectDataInput in) {
        }
    }

    /** The members' side: entries by key, largest first. */
    static final class MemberReverseByKey implements Comparator<Map.Entry<Integer, Integer>>,
            com.hazelcast.nio.serialization.IdentifiedDataSerializable {
        @Override
        public int compare(Map.Entry<Integer, Integer> a, Map.Entry<Integer, Integer> b) {
            return Integer.compare(b.getKey(), a.getKey());
        }

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return 1;
        }

        @Override
        public void writeData(com.hazelcast.nio.ObjectDataOutput out) throws IOException {
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
        }
    }

    private HzClient client;
    private HzMap<Integer, Integer> numbers;

    @BeforeAll
    void fill() {
        TestCluster cluster = CLUSTER.cluster();
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        numbers = client.getMap(TestCluster.uniqueName("numbers"));
        Map<Integer, Integer> all = new HashMap<>();
        for (int i = 0; i < ENTRIES; i++) {
            all.put(i, ENTRIES - i); // values in the keys' reverse order
        }
        numbers.putAll(all);
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void pageByPageEveryEntryOnceInOrder() {
        PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(100);
        List<Integer> seen = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            List<Integer> keys = new ArrayList<>(numbers.keySet(paging));
            assertThat(keys).as("page %d", page).isEqualTo(range(page * 100, page * 100 + 100));
            seen.addAll(keys);
            paging.nextPage();
        }
        assertThat(numbers.keySet(paging)).as("past the last page").isEmpty();
        assertThat(seen).isEqualTo(range(0, ENTRIES));
        paging.previousPage();
        paging.previousPage();
        assertThat(new ArrayList<>(numbers.keySet(paging))).isEqualTo(range(800, 900));
    }

    @Test
    void jumpingToAPageAndResetting() throws Exception {
        PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(100);
        paging.setPage(7);
        assertThat(new ArrayList<>(numbers.keySetAsync(paging).get(30, TimeUnit.SECONDS))).isEqualTo(range(700, 800));
        paging.setPage(3);
        assertThat(new ArrayList<>(numbers.keySet(paging))).isEqualTo(range(300, 400));
        paging.reset();
        assertThat(paging.getPage()).isZero();
        assertThat(new ArrayList<>(numbers.keySet(paging))).isEqualTo(range(0, 100));
    }

    @Test
    void valuesAndEntriesInTheirOrder() throws Exception {
        PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(Predicates.lessThan("__key", 500), 50);
        paging.setPage(1);
        // values sort by their own natural order: the smallest values belong to the largest keys under 500
        assertThat(new ArrayList<>(numbers.values(paging))).isEqualTo(range(551, 601));
        PagingPredicate<Integer, Integer> entries = Predicates.pagingPredicate(Predicates.lessThan("__key", 500), 50);
        List<Map.Entry<Integer, Integer>> first = new ArrayList<>(
                numbers.entrySetAsync(entries).get(30, TimeUnit.SECONDS));
        assertThat(first).extracting(Map.Entry::getKey).isEqualTo(range(0, 50));
        assertThat(first).allSatisfy(e -> assertThat(e.getValue()).isEqualTo(ENTRIES - e.getKey()));
    }

    @Test
    void aComparatorTheMembersKnowOrdersThePages() {
        PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(null, new ReverseByKey(), 100);
        List<Integer> seen = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            seen.addAll(numbers.keySet(paging));
            paging.nextPage();
        }
        List<Integer> expected = new ArrayList<>(range(0, ENTRIES));
        expected.sort(Comparator.reverseOrder());
        assertThat(seen).isEqualTo(expected);
        paging.setPage(4);
        assertThat(new ArrayList<>(numbers.keySet(paging))).first().isEqualTo(599);
    }

    @Test
    void aPagingPredicateWhereItCannotWork() {
        PagingPredicate<Integer, Integer> paging = Predicates.pagingPredicate(10);
        assertThatThrownBy(() -> Predicates.and(paging, Predicates.alwaysTrue()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paging");
        assertThatThrownBy(() -> numbers.removeAll(paging)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("removeAll");
        assertThatThrownBy(() -> numbers.aggregate(Aggregators.count(), paging))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aggregations");
        assertThatThrownBy(() -> Predicates.pagingPredicate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paging.setPage(-1)).isInstanceOf(IllegalArgumentException.class);
        paging.previousPage();
        assertThat(paging.getPage()).as("previous page from page 0").isZero();
    }
}
