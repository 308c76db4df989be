package io.hzclient.internal.serialization;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import io.hzclient.HzClient;
import io.hzclient.JsonValue;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our client and the official Java client on one real member: each reads what the other wrote, and the member
 * queries our Compact and JSON values (it has our schemas, so they were sent before the data).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SerializationIT {
    private TestCluster cluster;
    private HzClient ours;
    private HazelcastInstance official;

    record Order(String id, String customer, BigDecimal amount, LocalDate placed, List<String> items) {
    }

    record Shipment(String id, String carrier, int parcels, Map<String, Integer> weights) {
    }

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1);
        ours = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder()
                        .dataSerializableFactory(IdentifiedAndCustomTest.FACTORY, id -> switch (id) {
                            case IdentifiedAndCustomTest.EMPLOYEE -> new IdentifiedAndCustomTest.Employee();
                            case IdentifiedAndCustomTest.ADDRESS -> new IdentifiedAndCustomTest.Address();
                            default -> null;
                        })
                        .portableFactory(PortableTest.FACTORY, id -> switch (id) {
                            case PortableTest.PERSON -> new PortableTest.Person();
                            case PortableTest.ADDRESS -> new PortableTest.Address();
                            default -> null;
                        }).build())
                .build());
        com.hazelcast.client.config.ClientConfig config = new com.hazelcast.client.config.ClientConfig();
        config.setClusterName(cluster.clusterName());
        config.getNetworkConfig().setAddresses(new ArrayList<>(cluster.addresses()));
        config.getSerializationConfig().addDataSerializableFactory(IdentifiedAndCustomTest.FACTORY, id -> switch (id) {
            case IdentifiedAndCustomTest.EMPLOYEE -> new IdentifiedAndCustomTest.MemberEmployee();
            case IdentifiedAndCustomTest.ADDRESS -> new IdentifiedAndCustomTest.MemberAddress();
            default -> null;
        });
        config.getSerializationConfig().addPortableFactory(PortableTest.FACTORY, id -> switch (id) {
            case PortableTest.PERSON -> new PortableTest.MemberPerson();
            case PortableTest.ADDRESS -> new PortableTest.MemberAddress();
            default -> null;
        });
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
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void compactRecordsWeWriteAreReadByTheOfficialClientAndQueriedByTheMember() {
        String name = TestCluster.uniqueName("orders");
        HzMap<String, Order> map = ours.getMap(name);
        Order small = new Order("o1", "ann", new BigDecimal("9.99"), LocalDate.of(2026, 1, 2), List.of("pen"));
        Order big = new Order("o2", "bob", new BigDecimal("120.50"), LocalDate.of(2026, 3, 4), List.of("desk", "lamp"));

        map.put("o1", small);
        map.put("o2", big);

        IMap<String, Order> theirs = official.getMap(name);
        assertThat(theirs.get("o1")).isEqualTo(small);
        assertThat(theirs.values(Predicates.sql("amount > 100"))).containsExactly(big);
        assertThat(map.get("o2")).isEqualTo(big);
    }

    @Test
    void compactRecordsTheOfficialClientWritesAreReadByUsWithTheSchemaFetchedFromTheCluster() {
        String name = TestCluster.uniqueName("shipments");
        Shipment s = new Shipment("s-1", "post", 2, Map.of("a", 3, "b", 4));
        official.getMap(name).put(7L, s);

        HzMap<Long, Shipment> map = ours.getMap(name);

        assertThat(map.get(7L)).isEqualTo(s);
    }

    @Test
    void jsonValuesAreQueryableOnTheMemberAndReadByBothClients() {
        String name = TestCluster.uniqueName("docs");
        HzMap<String, JsonValue> map = ours.getMap(name);
        map.put("a", JsonValue.of("{\"name\":\"Zoë\",\"age\":31}"));
        map.put("b", JsonValue.of("{\"name\":\"Max\",\"age\":12}"));

        IMap<String, HazelcastJsonValue> theirs = official.getMap(name);
        assertThat(theirs.keySet(Predicates.sql("age > 18"))).containsExactly("a");
        theirs.put("c", new HazelcastJsonValue("{\"name\":\"Li\"}"));
        assertThat(map.get("c")).isEqualTo(JsonValue.of("{\"name\":\"Li\"}"));
    }

    record Profile(String name, int age) {
    }

    @Test
    void jsonModeStoresPojosTheMemberCanQuery() {
        String name = TestCluster.uniqueName("profiles");
        try (HzClient jsonClient = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder()
                        .json(Profile.class).build())
                .build())) {
            HzMap<String, Profile> map = jsonClient.getMap(name);
            map.put("p1", new Profile("Ann", 40));
            map.put("p2", new Profile("Tim", 9));

            IMap<String, HazelcastJsonValue> theirs = official.getMap(name);
            assertThat(theirs.keySet(Predicates.sql("age >= 18"))).containsExactly("p1");
            assertThat(map.get("p2")).isEqualTo(new Profile("Tim", 9));
        }
    }

    @Test
    void identifiedDataSerializableTravelsBothWays() {
        String name = TestCluster.uniqueName("staff");
        HzMap<Integer, IdentifiedAndCustomTest.Employee> map = ours.getMap(name);
        IdentifiedAndCustomTest.Employee e = new IdentifiedAndCustomTest.Employee("Ada", 36,
                new IdentifiedAndCustomTest.Address("Elm 5", 99), List.of("math"));
        map.put(1, e);

        IMap<Integer, IdentifiedAndCustomTest.MemberEmployee> theirs = official.getMap(name);
        IdentifiedAndCustomTest.MemberEmployee read = theirs.get(1);
        assertThat(read.name).isEqualTo("Ada");
        assertThat(read.address.street).isEqualTo("Elm 5");
        theirs.put(2, new IdentifiedAndCustomTest.MemberEmployee("Bo", 20,
                new IdentifiedAndCustomTest.MemberAddress("Oak 1", 1), List.of()));
        assertThat(map.get(2).name).isEqualTo("Bo");
    }

    @Test
    void portablesTravelBothWaysAndTheMemberQueriesTheirFields() {
        String name = TestCluster.uniqueName("people");
        HzMap<String, PortableTest.Person> map = ours.getMap(name);
        PortableTest.Person p = PortableTest.person();
        map.put("zoe", p);

        IMap<String, PortableTest.MemberPerson> theirs = official.getMap(name);
        assertThat(theirs.get("zoe").home.city).isEqualTo("Oslo");
        assertThat(theirs.keySet(Predicates.sql("age > 40"))).containsExactly("zoe");
        theirs.put("max", PortableTest.MemberPerson.from(p));
        assertThat(map.get("max").name).isEqualTo("Zoë");
    }

    @Test
    void builtInKeysAndValuesLandInTheSamePartitionsAsTheOfficialClients() {
        String name = TestCluster.uniqueName("mixed");
        HzMap<Object, Object> map = ours.getMap(name);
        Object[] keys = {"key1", 54, 1L, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new BigDecimal("1.5"),
                LocalDate.of(2020, 1, 1)};
        for (Object key : keys) {
            map.put(key, List.of(key, "v"));
        }

        IMap<Object, Object> theirs = official.getMap(name);
        for (Object key : keys) {
            assertThat(theirs.get(key)).as("value of %s", key).isEqualTo(List.of(key, "v"));
        }
    }
}
