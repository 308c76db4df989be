package io.hzclient.query;

import io.hzclient.HzClient;
import io.hzclient.JsonValue;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed guide's query, aggregation, projection, JSON and paging examples, in Java, with the results the guide
 * prints. Its {@code number_avg()} without an attribute is written {@code numberAvg("this")} here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedGuideQueriesIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2);

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

    private HzMap<String, Integer> persons() {
        HzMap<String, Integer> persons = client.getMap(TestCluster.uniqueName("persons"));
        persons.put("John", 28);
        persons.put("Mary", 23);
        persons.put("Judy", 30);
        return persons;
    }

    @Test
    void theKeyAndTheValueItself() {
        HzMap<String, Integer> persons = persons();
        assertThat(persons.values(Predicates.sql("__key like M%"))).containsExactly(23);
        assertThat(persons.values(Predicates.greaterEqual("this", 27))).containsExactlyInAnyOrder(28, 30);
    }

    @Test
    void jsonValuesNestedAttributesAndArrays() {
        HzMap<Integer, JsonValue> people = client.getMap(TestCluster.uniqueName("json-values"));
        people.put(1, JsonValue.of("{ \"name\": \"John\", \"age\": 35 }"));
        people.put(2, JsonValue.of("{ \"name\": \"Jane\", \"age\": 24 }"));
        people.put(3, JsonValue.of("{\"name\": \"Trey\", \"age\": 17}"));
        assertThat(people.values(Predicates.lessThan("age", 21))).extracting(JsonValue::json)
                .singleElement().asString().contains("Trey");

        HzMap<Integer, JsonValue> departments = client.getMap(TestCluster.uniqueName("departments"));
        departments.put(1, JsonValue.of("{\"departmentId\": 1, \"room\": \"alpha\", \"people\": ["
                + "{\"name\": \"Peter\", \"age\": 26, \"salary\": 50000},"
                + "{\"name\": \"Jonah\", \"age\": 50, \"salary\": 140000}]}"));
        departments.put(2, JsonValue.of("{\"departmentId\": 2, \"room\": \"beta\", \"people\": ["
                + "{\"name\": \"Ann\", \"age\": 30, \"salary\": 60000}]}"));
        assertThat(departments.keySet(Predicates.equal("people[any].name", "Peter"))).containsExactly(1);
    }

    @Test
    void pagingThroughStudents() {
        HzMap<Integer, Integer> students = client.getMap(TestCluster.uniqueName("students"));
        for (int i = 0; i < 20; i++) {
            students.put(i, 10 + i); // ages 10 to 29: 12 of them 18 or more
        }
        PagingPredicate<Integer, Integer> predicate = Predicates.pagingPredicate(Predicates.greaterEqual("this", 18),
                5);
        List<Integer> ages = new ArrayList<>(students.values(predicate));
        assertThat(ages).containsExactly(18, 19, 20, 21, 22);
        predicate.nextPage();
        assertThat(new ArrayList<>(students.values(predicate))).containsExactly(23, 24, 25, 26, 27);
        predicate.setPage(2);
        assertThat(new ArrayList<>(students.values(predicate))).containsExactly(28, 29);
    }

    @Test
    void aggregations() {
        HzMap<String, Integer> employees = client.getMap(TestCluster.uniqueName("employees"));
        employees.put("John Stiles", 23);
        employees.put("Judy Doe", 29);
        employees.put("Richard Miles", 38);
        assertThat(employees.aggregate(Aggregators.count())).isEqualTo(3L);
        assertThat(employees.aggregate(Aggregators.count(), Predicates.greaterEqual("this", 25))).isEqualTo(2L);
        assertThat(employees.aggregate(Aggregators.numberAvg("this"))).isEqualTo(30.0);
    }

    @Test
    void projections() {
        HzMap<Integer, JsonValue> employees = client.getMap(TestCluster.uniqueName("employees"));
        employees.putAll(Map.of(
                1, JsonValue.of("{\"age\": 25, \"height\": 180, \"weight\": 60}"),
                2, JsonValue.of("{\"age\": 21, \"height\": 170, \"weight\": 70}"),
                3, JsonValue.of("{\"age\": 40, \"height\": 175, \"weight\": 75}")));
        assertThat(employees.project(Projections.<Map.Entry<Integer, JsonValue>, Long>singleAttribute("age")))
                .containsExactlyInAnyOrder(21L, 25L, 40L);
        assertThat(employees.project(Projections.<Map.Entry<Integer, JsonValue>, Long>singleAttribute("age"),
                Predicates.greaterThan("age", 23))).containsExactlyInAnyOrder(25L, 40L);
        assertThat(employees.project(Projections.<Map.Entry<Integer, JsonValue>>multiAttribute("age", "height"),
                Predicates.equal("weight", 75))).singleElement()
                .satisfies(row -> assertThat(row).containsExactly(40L, 175L));
    }
}
