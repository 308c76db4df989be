package io.hzclient.internal.serialization;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.map.HzMap;
import io.hzclient.query.Aggregators;
import io.hzclient.query.Predicates;
import io.hzclient.query.Projections;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Predicates, aggregations and projections over Portable values written by this client, on a real member. */
class PortableQueryIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1, config -> config
            .getSerializationConfig().addPortableFactory(PortableTest.FACTORY, id -> switch (id) {
                case PortableTest.PERSON -> new PortableTest.MemberPerson();
                case PortableTest.ADDRESS -> new PortableTest.MemberAddress();
                default -> null;
            }));

    private static PortableTest.Person person(String name, int age, String city) {
        PortableTest.Person p = PortableTest.person();
        p.name = name;
        p.age = age;
        p.home = new PortableTest.Address(city, 1000 + age);
        return p;
    }

    @Test
    void portableFieldsAndNestedPortablesAreQueried() {
        TestCluster cluster = CLUSTER.cluster();
        try (HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder().portableFactory(PortableTest.FACTORY, id -> switch (id) {
                    case PortableTest.PERSON -> new PortableTest.Person();
                    case PortableTest.ADDRESS -> new PortableTest.Address();
                    default -> null;
                }).build()).build())) {
            HzMap<Integer, PortableTest.Person> people = client.getMap(TestCluster.uniqueName("portable-people"));
            people.putAll(Map.of(1, person("Ana", 28, "Paris"), 2, person("Joe", 35, "Rome"),
                    3, person("Jane", 41, "Paris")));

            assertThat(people.keySet(Predicates.greaterThan("age", 30))).containsExactlyInAnyOrder(2, 3);
            assertThat(people.keySet(Predicates.like("name", "J%"))).containsExactlyInAnyOrder(2, 3);
            assertThat(people.keySet(Predicates.equal("home.city", "Paris"))).containsExactlyInAnyOrder(1, 3);
            assertThat(people.keySet(Predicates.sql("age < 30 OR home.city = 'Rome'"))).containsExactlyInAnyOrder(1, 2);
            assertThat(people.values(Predicates.equal("name", "Joe"))).extracting(p -> p.age).containsExactly(35);
            assertThat(people.aggregate(Aggregators.integerSum("age"))).isEqualTo(104L);
            assertThat(people.project(Projections.<Map.Entry<Integer, PortableTest.Person>, String>singleAttribute(
                    "home.city"))).containsExactlyInAnyOrder("Paris", "Rome", "Paris");
        }
    }
}
