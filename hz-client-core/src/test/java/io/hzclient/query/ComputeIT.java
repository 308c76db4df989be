package io.hzclient.query;

import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Entry processors, aggregations and projections on real members: processors change entries on their owners (seen by
 * a second client, by listeners and through a near cache), aggregators and projections give the members' results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputeIT {
    static final int FACTORY = 7001;

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2, config -> config
            .getSerializationConfig().addDataSerializableFactory(FACTORY, id -> new MemberIncrement()));

    /** The client's side of the processor: only its id and its field. */
    record Increment(int delta) implements IdentifiedDataSerializable {
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
            out.writeInt(delta);
        }

        @Override
        public void readData(ObjectDataInput in) {
            throw new UnsupportedOperationException();
        }
    }

    /** The member's side: adds its delta to an int value and returns the new value. */
    static final class MemberIncrement implements com.hazelcast.map.EntryProcessor<Object, Integer, Integer>,
            com.hazelcast.nio.serialization.IdentifiedDataSerializable {
        private int delta;

        @Override
        public Integer process(Map.Entry<Object, Integer> entry) {
            if (entry.getValue() == null) {
                return null;
            }
            int next = entry.getValue() + delta;
            entry.setValue(next);
            return next;
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
            out.writeInt(delta);
        }

        @Override
        public void readData(com.hazelcast.nio.ObjectDataInput in) throws IOException {
            delta = in.readInt();
        }
    }

    record Employee(String name, int age, long id, double salary, BigDecimal bonus, String city) {
    }

    private HzClient client;
    private HzClient other;

    @BeforeAll
    void connect() {
        client = HzClient.newClient(config().addNearCacheConfig(NearCacheConfig.builder("cached-*").build()).build());
        other = HzClient.newClient(config().build());
    }

    private static ClientConfig.Builder config() {
        TestCluster cluster = CLUSTER.cluster();
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses());
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
        }
        if (other != null) {
            other.close();
        }
    }

    @Test
    void entryProcessorsChangeEntriesOnTheirOwners() throws Exception {
        String name = TestCluster.uniqueName("counters");
        HzMap<String, Integer> counters = client.getMap(name);
        counters.putAll(Map.of("a", 1, "b", 10, "c", 100));
        List<EntryEvent<String, Integer>> updates = new CopyOnWriteArrayList<>();
        counters.addEntryListener(new EntryListener<>() {
            @Override
            public void entryUpdated(EntryEvent<String, Integer> event) {
                updates.add(event);
            }
        }, true);

        assertThat(counters.<Integer>executeOnKey("a", new Increment(5))).isEqualTo(6);
        assertThat(counters.<Integer>submitToKey("a", new Increment(1)).get(30, TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(counters.<Integer>executeOnKey("missing", new Increment(1))).isNull();
        assertThat(counters.<Integer>executeOnKeys(Set.of("b", "c"), new Increment(2)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("b", 12, "c", 102));
        assertThat(counters.<Integer>executeOnEntries(new Increment(1), Predicates.greaterThan("this", 50)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("c", 103));
        assertThat(counters.<Integer>executeOnEntries(new Increment(1)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", 8, "b", 13, "c", 104));
        assertThat(counters.<Integer>executeOnKeysAsync(Set.of("a"), new Increment(1)).get(30, TimeUnit.SECONDS))
                .containsEntry("a", 9);
        assertThat(counters.<Integer>executeOnEntriesAsync(new Increment(1), Predicates.equal("__key", "b"))
                .get(30, TimeUnit.SECONDS)).containsExactly(Map.entry("b", 14));

        assertThat(other.<String, Integer>getMap(name).getAll(Set.of("a", "b", "c")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", 9, "b", 14, "c", 104));
        assertEventually(Duration.ofSeconds(30), () -> assertThat(updates).hasSize(10));
    }

    @Test
    void aNearCachedMapShowsWhatTheProcessorsWrote() {
        HzMap<String, Integer> cached = client.getMap(TestCluster.uniqueName("cached-"));
        cached.putAll(Map.of("a", 1, "b", 1));
        assertThat(cached.get("a")).isEqualTo(1);
        assertThat(cached.get("b")).isEqualTo(1);
        cached.executeOnKey("a", new Increment(1));
        assertThat(cached.get("a")).isEqualTo(2);
        cached.executeOnEntries(new Increment(1));
        assertThat(cached.get("a")).isEqualTo(3);
        assertThat(cached.get("b")).isEqualTo(2);
        cached.executeOnKeys(Set.of("b"), new Increment(1));
        assertThat(cached.get("b")).isEqualTo(3);
    }

    @Test
    void aProcessorTheMembersDoNotKnowFailsWithTheirMessage() {
        HzMap<String, Integer> map = client.getMap(TestCluster.uniqueName("unknown-processor"));
        map.put("a", 1);
        assertThatThrownBy(() -> map.executeOnKey("a", "not a processor"))
                .isInstanceOf(HzClientException.class);
    }

    private HzMap<Integer, Employee> employees() {
        HzMap<Integer, Employee> map = client.getMap(TestCluster.uniqueName("staff"));
        map.putAll(Map.of(
                1, new Employee("Ana", 28, 10L, 3000.0, new BigDecimal("1.50"), "Paris"),
                2, new Employee("Joe", 35, 20L, 4000.0, new BigDecimal("2.25"), "Rome"),
                3, new Employee("Zoe", 41, 30L, 5000.0, new BigDecimal("3.00"), "Paris")));
        return map;
    }

    @Test
    void aggregatorsGiveTheMembersResults() throws Exception {
        HzMap<Integer, Employee> staff = employees();
        assertThat(staff.aggregate(Aggregators.count())).isEqualTo(3L);
        assertThat(staff.aggregate(Aggregators.count("name"))).isEqualTo(3L);
        assertThat(staff.aggregate(Aggregators.<Map.Entry<Integer, Employee>, String>distinct("city")))
                .containsExactlyInAnyOrder("Paris", "Rome");
        assertThat(staff.aggregate(Aggregators.integerSum("age"))).isEqualTo(104L);
        assertThat(staff.aggregate(Aggregators.integerAvg("age"))).isEqualTo(104.0 / 3);
        assertThat(staff.aggregate(Aggregators.longSum("id"))).isEqualTo(60L);
        assertThat(staff.aggregate(Aggregators.longAvg("id"))).isEqualTo(20.0);
        assertThat(staff.aggregate(Aggregators.doubleSum("salary"))).isEqualTo(12000.0);
        assertThat(staff.aggregate(Aggregators.doubleAvg("salary"))).isEqualTo(4000.0);
        assertThat(staff.aggregate(Aggregators.numberAvg("age"))).isEqualTo(104.0 / 3);
        assertThat(staff.aggregate(Aggregators.fixedPointSum("age"))).isEqualTo(104L);
        assertThat(staff.aggregate(Aggregators.floatingPointSum("salary"))).isEqualTo(12000.0);
        assertThat(staff.aggregate(Aggregators.bigDecimalSum("bonus"))).isEqualByComparingTo("6.75");
        assertThat(staff.aggregate(Aggregators.<Map.Entry<Integer, Employee>, Integer>max("age"))).isEqualTo(41);
        assertThat(staff.aggregate(Aggregators.<Map.Entry<Integer, Employee>, String>min("name"))).isEqualTo("Ana");
        assertThat(staff.aggregate(Aggregators.<Integer, Employee>maxBy("salary")).getKey()).isEqualTo(3);
        assertThat(staff.aggregate(Aggregators.<Integer, Employee>minBy("salary")).getValue().name()).isEqualTo("Ana");
        assertThat(staff.aggregate(Aggregators.count(), Predicates.equal("city", "Paris"))).isEqualTo(2L);
        assertThat(staff.aggregateAsync(Aggregators.integerSum("age"), Predicates.equal("city", "Paris"))
                .get(30, TimeUnit.SECONDS)).isEqualTo(69L);
        assertThat(staff.aggregateAsync(Aggregators.count()).get(30, TimeUnit.SECONDS)).isEqualTo(3L);
        assertThat(staff.aggregate(Aggregators.bigDecimalAvg("bonus"))).isEqualByComparingTo("2.25");
    }

    @Test
    void aggregatorsWithoutAnAttributeReadTheValuesThemselves() {
        HzMap<String, Integer> ages = client.getMap(TestCluster.uniqueName("ages"));
        ages.putAll(Map.of("a", 30, "b", 20, "c", 40, "d", 20));
        assertThat(ages.aggregate(Aggregators.integerSum())).isEqualTo(110L);
        assertThat(ages.aggregate(Aggregators.integerAvg())).isEqualTo(27.5);
        assertThat(ages.aggregate(Aggregators.numberAvg())).isEqualTo(27.5);
        assertThat(ages.aggregate(Aggregators.fixedPointSum())).isEqualTo(110L);
        assertThat(ages.aggregate(Aggregators.floatingPointSum())).isEqualTo(110.0);
        assertThat(ages.aggregate(Aggregators.<Map.Entry<String, Integer>, Integer>distinct()))
                .containsExactlyInAnyOrder(20, 30, 40);
        assertThat(ages.aggregate(Aggregators.<Map.Entry<String, Integer>, Integer>max())).isEqualTo(40);
        assertThat(ages.aggregate(Aggregators.<Map.Entry<String, Integer>, Integer>min())).isEqualTo(20);
        assertThat(ages.aggregate(Aggregators.integerSum(), Predicates.greaterThan("this", 25))).isEqualTo(70L);

        HzMap<String, Long> ids = client.getMap(TestCluster.uniqueName("ids"));
        ids.putAll(Map.of("a", 5L, "b", 7L));
        assertThat(ids.aggregate(Aggregators.longSum())).isEqualTo(12L);
        assertThat(ids.aggregate(Aggregators.longAvg())).isEqualTo(6.0);

        HzMap<String, Double> prices = client.getMap(TestCluster.uniqueName("prices"));
        prices.putAll(Map.of("a", 1.5, "b", 2.5));
        assertThat(prices.aggregate(Aggregators.doubleSum())).isEqualTo(4.0);
        assertThat(prices.aggregate(Aggregators.doubleAvg())).isEqualTo(2.0);

        HzMap<String, BigDecimal> amounts = client.getMap(TestCluster.uniqueName("amounts"));
        amounts.putAll(Map.of("a", new BigDecimal("1.25"), "b", new BigDecimal("2.75")));
        assertThat(amounts.aggregate(Aggregators.bigDecimalSum())).isEqualByComparingTo("4.00");
        assertThat(amounts.aggregate(Aggregators.bigDecimalAvg())).isEqualByComparingTo("2.00");

        HzMap<String, BigInteger> counts = client.getMap(TestCluster.uniqueName("counts"));
        counts.putAll(Map.of("a", BigInteger.valueOf(3), "b", BigInteger.valueOf(4)));
        assertThat(counts.aggregate(Aggregators.bigIntegerSum())).isEqualTo(BigInteger.valueOf(7));
        assertThat(counts.aggregate(Aggregators.bigIntegerAvg())).isEqualByComparingTo("3.5");
        assertThat(counts.aggregate(Aggregators.bigIntegerAvg("this"))).isEqualByComparingTo("3.5");
    }

    @Test
    void projectionsGiveTheMembersResults() throws Exception {
        HzMap<Integer, Employee> staff = employees();
        assertThat(staff.project(Projections.<Map.Entry<Integer, Employee>, String>singleAttribute("name")))
                .containsExactlyInAnyOrder("Ana", "Joe", "Zoe");
        assertThat(staff.project(Projections.<Map.Entry<Integer, Employee>>multiAttribute("name", "age"),
                Predicates.equal("city", "Rome"))).singleElement()
                .satisfies(row -> assertThat(row).containsExactly("Joe", 35));
        assertThat(staff.projectAsync(Projections.<Map.Entry<Integer, Employee>, Integer>singleAttribute("age"),
                Predicates.greaterThan("age", 30)).get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(35, 41);
        assertThat(staff.projectAsync(Projections.<Map.Entry<Integer, Employee>, String>singleAttribute("city"))
                .get(30, TimeUnit.SECONDS)).hasSize(3);
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        HzMap<Integer, Employee> staff = client.getMap(TestCluster.uniqueName("staff"));
        assertThatThrownBy(() -> Projections.singleAttribute("tags[any]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[any]");
        assertThatThrownBy(() -> Aggregators.count(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Predicates.and()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> staff.aggregate(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("aggregator");
        assertThatThrownBy(() -> staff.executeOnKey(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entryProcessor");
        assertThatThrownBy(() -> staff.keySet(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("predicate");
    }
}
