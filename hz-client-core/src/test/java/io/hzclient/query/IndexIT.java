package io.hzclient.query;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.query.LocalIndexStats;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Indexes added from the client exist on the members, serve the queries, and bad ones are refused before sending. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2);

    record Person(String name, int age, boolean active) {
    }

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

    private HzMap<Integer, Person> people() {
        HzMap<Integer, Person> map = client.getMap(TestCluster.uniqueName("people"));
        Map<Integer, Person> all = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            all.put(i, new Person("p" + i, i, i % 2 == 0));
        }
        map.putAll(all);
        return map;
    }

    /** The map's indexes on the members, by name, with the queries each served, summed over the members. */
    private static Map<String, Long> indexQueries(String mapName) {
        Map<String, Long> queries = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            HazelcastInstance member = CLUSTER.cluster().member(i);
            Map<String, LocalIndexStats> stats = member.getMap(mapName).getLocalMapStats().getIndexStats();
            stats.forEach((name, s) -> queries.merge(name, s.getQueryCount(), Long::sum));
        }
        return queries;
    }

    @Test
    void aSortedIndexServesRangeQueries() {
        HzMap<Integer, Person> people = people();
        people.addIndex(IndexType.SORTED, "age");
        people.addIndex(IndexType.SORTED, "age"); // the same index again: nothing happens
        assertThat(indexQueries(people.getName())).hasSize(1);
        assertThat(people.keySet(Predicates.between("age", 10, 12))).containsExactlyInAnyOrder(10, 11, 12);
        assertThat(indexQueries(people.getName()).values()).allSatisfy(count -> assertThat(count).isPositive());
    }

    @Test
    void namedHashAndBitmapIndexes() throws Exception {
        HzMap<Integer, Person> people = people();
        people.addIndexAsync(IndexConfig.of(IndexType.HASH, "name").named("by-name")).get(30, TimeUnit.SECONDS);
        people.addIndex(IndexConfig.of(IndexType.BITMAP, "active").named("by-active"));
        assertThat(indexQueries(people.getName())).containsOnlyKeys("by-name", "by-active");
        assertThat(people.keySet(Predicates.equal("name", "p7"))).containsExactly(7);
        assertThat(people.keySet(Predicates.and(Predicates.equal("active", true), Predicates.lessThan("age", 5))))
                .containsExactlyInAnyOrder(0, 2, 4);
        assertThat(indexQueries(people.getName()).get("by-name")).isPositive();
        assertThat(indexQueries(people.getName()).get("by-active")).isPositive();
    }

    @Test
    void aBitmapIndexWithItsOptions() {
        HzMap<Integer, Person> people = people();
        people.addIndex(IndexConfig.of(IndexType.BITMAP, "active").named("bitmap-long")
                .withBitmapOptions(new IndexConfig.BitmapOptions("__key", IndexConfig.UniqueKeyTransformation.LONG)));
        assertThat(people.keySet(Predicates.equal("active", false))).hasSize(50);
        assertThat(indexQueries(people.getName()).get("bitmap-long")).isPositive();
    }

    @Test
    void aWrongIndexIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> IndexConfig.of(IndexType.SORTED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one attribute");
        assertThatThrownBy(() -> IndexConfig.of(IndexType.SORTED, "age", "this.age"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'age' twice");
        assertThatThrownBy(() -> IndexConfig.of(IndexType.BITMAP, "a", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one attribute");
        assertThatThrownBy(() -> IndexConfig.of(IndexType.HASH, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> IndexConfig.of(IndexType.SORTED, "a")
                .withBitmapOptions(IndexConfig.BitmapOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BITMAP");
        assertThatThrownBy(() -> new IndexConfig(IndexType.SORTED, List.of("a"), " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> client.getMap("any").addIndex(null)).isInstanceOf(NullPointerException.class);
    }
}
