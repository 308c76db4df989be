package io.hzclient.query;

import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.JsonValue;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

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
 * Every predicate on real members: over Compact values (zero-config records, nested fields), JSON values (fields,
 * nested fields, arrays), the key and the value itself; through keySet, values, entrySet and removeAll, sync and
 * async.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredicatesIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2);

    record Address(String city) {
    }

    record Employee(String name, int age, boolean active, double salary, Address address) {
    }

    private HzClient client;
    private HzMap<Integer, Employee> employees;

    @BeforeAll
    void fill() {
        TestCluster cluster = CLUSTER.cluster();
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .addNearCacheConfig(NearCacheConfig.builder("cached-*").build()).build());
        employees = client.getMap(TestCluster.uniqueName("employees"));
        employees.putAll(Map.of(
                1, new Employee("Ana", 28, true, 3100.0, new Address("Paris")),
                2, new Employee("Joe", 35, true, 4200.0, new Address("Rome")),
                3, new Employee("Jane", 41, false, 5000.0, new Address("Paris")),
                4, new Employee("jim", 23, true, 2500.0, new Address("Oslo")),
                5, new Employee("Zoe", 30, false, 3900.0, new Address("Rome"))));
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private Set<Integer> keys(Predicate<Integer, Employee> predicate) {
        return employees.keySet(predicate);
    }

    @Test
    void comparisonsOnCompactFields() {
        assertThat(keys(Predicates.equal("name", "Joe"))).containsExactlyInAnyOrder(2);
        assertThat(keys(Predicates.notEqual("active", true))).containsExactlyInAnyOrder(3, 5);
        assertThat(keys(Predicates.greaterThan("age", 30))).containsExactlyInAnyOrder(2, 3);
        assertThat(keys(Predicates.greaterEqual("age", 30))).containsExactlyInAnyOrder(2, 3, 5);
        assertThat(keys(Predicates.lessThan("salary", 3100.0))).containsExactlyInAnyOrder(4);
        assertThat(keys(Predicates.lessEqual("salary", 3100.0))).containsExactlyInAnyOrder(1, 4);
        assertThat(keys(Predicates.between("age", 28, 35))).containsExactlyInAnyOrder(1, 2, 5);
        assertThat(keys(Predicates.in("name", "Ana", "Zoe", "Nobody"))).containsExactlyInAnyOrder(1, 5);
    }

    @Test
    void textMatching() {
        assertThat(keys(Predicates.like("name", "J%"))).containsExactlyInAnyOrder(2, 3);
        assertThat(keys(Predicates.ilike("name", "j%"))).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(keys(Predicates.like("name", "J_e"))).containsExactlyInAnyOrder(2);
        assertThat(keys(Predicates.regex("name", "[A-Z][a-z]e"))).containsExactlyInAnyOrder(2, 5);
    }

    @Test
    void nestedFieldsTheKeyAndCombinations() {
        assertThat(keys(Predicates.equal("address.city", "Paris"))).containsExactlyInAnyOrder(1, 3);
        assertThat(keys(Predicates.greaterThan("__key", 3))).containsExactlyInAnyOrder(4, 5);
        assertThat(keys(Predicates.and(Predicates.equal("active", true), Predicates.lessThan("age", 30))))
                .containsExactlyInAnyOrder(1, 4);
        assertThat(keys(Predicates.or(Predicates.equal("address.city", "Oslo"), Predicates.greaterThan("age", 40))))
                .containsExactlyInAnyOrder(3, 4);
        assertThat(keys(Predicates.not(Predicates.equal("address.city", "Rome")))).containsExactlyInAnyOrder(1, 3, 4);
        assertThat(keys(Predicates.alwaysTrue())).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(keys(Predicates.alwaysFalse())).isEmpty();
    }

    @Test
    void theSqlLikeLanguage() {
        assertThat(keys(Predicates.sql("active AND age < 30"))).containsExactlyInAnyOrder(1, 4);
        assertThat(keys(Predicates.sql("age BETWEEN 28 AND 35"))).containsExactlyInAnyOrder(1, 2, 5);
        assertThat(keys(Predicates.sql("age NOT BETWEEN 28 AND 35"))).containsExactlyInAnyOrder(3, 4);
        assertThat(keys(Predicates.sql("address.city IN ('Oslo', 'Rome')"))).containsExactlyInAnyOrder(2, 4, 5);
        assertThat(keys(Predicates.sql("address.city NOT IN ('Oslo', 'Rome')"))).containsExactlyInAnyOrder(1, 3);
        assertThat(keys(Predicates.sql("name LIKE 'J%'"))).containsExactlyInAnyOrder(2, 3);
        assertThat(keys(Predicates.sql("name NOT LIKE 'J%'"))).containsExactlyInAnyOrder(1, 4, 5);
        assertThat(keys(Predicates.sql("name ILIKE 'j%'"))).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(keys(Predicates.sql("name REGEX 'Z.*'"))).containsExactlyInAnyOrder(5);
        assertThat(keys(Predicates.sql("age >= 35 OR salary <= 2500"))).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(keys(Predicates.sql("age != 28 AND age <> 23 AND NOT(active = false)")))
                .containsExactlyInAnyOrder(2);
        assertThat(keys(Predicates.sql("__key = 1"))).containsExactlyInAnyOrder(1);
    }

    @Test
    void valuesEntriesAndTheirAsyncForms() throws Exception {
        Predicate<Integer, Employee> paris = Predicates.equal("address.city", "Paris");
        assertThat(employees.values(paris)).extracting(Employee::name).containsExactlyInAnyOrder("Ana", "Jane");
        assertThat(employees.entrySet(paris)).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(1, 3);
        assertThat(employees.entrySet(paris)).allSatisfy(e -> assertThat(e.getValue()).isEqualTo(employees.get(e.getKey())));
        assertThat(employees.keySetAsync(paris).get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(1, 3);
        assertThat(employees.valuesAsync(paris).get(30, TimeUnit.SECONDS)).hasSize(2);
        assertThat(employees.entrySetAsync(paris).get(30, TimeUnit.SECONDS)).hasSize(2);
    }

    @Test
    void theValueItselfAndJson() {
        HzMap<String, Integer> numbers = client.getMap(TestCluster.uniqueName("numbers"));
        numbers.putAll(Map.of("one", 1, "two", 2, "three", 3));
        assertThat(numbers.keySet(Predicates.greaterThan("this", 1))).containsExactlyInAnyOrder("two", "three");

        HzMap<Integer, JsonValue> json = client.getMap(TestCluster.uniqueName("json"));
        json.put(1, JsonValue.of("{\"name\":\"Ana\",\"age\":28,\"address\":{\"city\":\"Paris\"},\"tags\":[\"a\",\"b\"]}"));
        json.put(2, JsonValue.of("{\"name\":\"Joe\",\"age\":35,\"address\":{\"city\":\"Rome\"},\"tags\":[\"c\"]}"));
        assertThat(json.keySet(Predicates.greaterThan("age", 30))).containsExactly(2);
        assertThat(json.keySet(Predicates.equal("address.city", "Paris"))).containsExactly(1);
        assertThat(json.keySet(Predicates.equal("tags[any]", "c"))).containsExactly(2);
        assertThat(json.keySet(Predicates.equal("tags[1]", "b"))).containsExactly(1);
        assertThat(json.values(Predicates.sql("name = 'Joe'"))).extracting(JsonValue::json)
                .singleElement().asString().contains("Rome");
    }

    @Test
    void removeAllRemovesWhatMatchesAndClearsTheNearCache() throws Exception {
        HzMap<Integer, Employee> cached = client.getMap(TestCluster.uniqueName("cached-"));
        cached.putAll(Map.of(1, new Employee("Ana", 28, true, 1, new Address("Paris")),
                2, new Employee("Joe", 35, true, 1, new Address("Rome")),
                3, new Employee("Zoe", 50, true, 1, new Address("Rome"))));
        assertThat(cached.get(2)).isNotNull(); // now in the near cache
        cached.removeAll(Predicates.equal("address.city", "Rome"));
        assertThat(cached.get(2)).isNull();
        assertThat(cached.keySet()).containsExactly(1);
        cached.removeAllAsync(Predicates.alwaysTrue()).get(30, TimeUnit.SECONDS);
        assertThat(cached.size()).isZero();
    }

    @Test
    void entryListenersHearOnlyTheChangesThePredicateMatches() throws Exception {
        HzMap<Integer, Employee> map = client.getMap(TestCluster.uniqueName("listened"));
        List<String> heard = new CopyOnWriteArrayList<>();
        List<String> heardForKey = new CopyOnWriteArrayList<>();
        map.addEntryListener(recorder(heard), Predicates.greaterThan("age", 30), true);
        map.addEntryListenerAsync(recorder(heardForKey), Predicates.greaterThan("age", 30), 2, true)
                .get(30, TimeUnit.SECONDS);

        map.put(1, new Employee("Young", 20, true, 1, new Address("Paris")));    // no match: not heard
        map.put(1, new Employee("Older", 40, true, 1, new Address("Paris")));
        map.remove(1);
        map.put(2, new Employee("Young", 20, true, 1, new Address("Rome")));
        map.put(2, new Employee("Older", 40, true, 1, new Address("Rome")));

        // one key's events come in order (two keys' may cross): a first put, if heard, would come first
        assertEventually(Duration.ofSeconds(30), () -> {
            assertThat(heard).filteredOn(e -> e.contains(" 1 ")).containsExactly("UPDATED 1 Older", "REMOVED 1 null");
            assertThat(heard).filteredOn(e -> e.contains(" 2 ")).containsExactly("UPDATED 2 Older");
            assertThat(heardForKey).containsExactly("UPDATED 2 Older");
        });
    }

    private static EntryListener<Integer, Employee> recorder(List<String> heard) {
        return new EntryListener<>() {
            @Override
            public void entryAdded(EntryEvent<Integer, Employee> event) {
                record(event);
            }

            @Override
            public void entryUpdated(EntryEvent<Integer, Employee> event) {
                record(event);
            }

            @Override
            public void entryRemoved(EntryEvent<Integer, Employee> event) {
                record(event);
            }

            private void record(EntryEvent<Integer, Employee> e) {
                heard.add(e.type() + " " + e.key() + " " + (e.value() == null ? null : e.value().name()));
            }
        };
    }

    @Test
    void aMalformedSqlPredicateFailsWithTheMembersMessage() {
        assertThatThrownBy(() -> employees.keySet(Predicates.sql("age >>> 3")))
                .isInstanceOf(HzClientException.class)
                .hasMessageContaining("age >>> 3");
    }

    @Test
    void aQueryOverANearCachedMapIsAnsweredByTheMembers() {
        HzMap<Integer, Employee> cached = client.getMap(TestCluster.uniqueName("cached-"));
        cached.put(1, new Employee("Ana", 28, true, 1, new Address("Paris")));
        assertThat(cached.get(1)).isNotNull(); // now in the near cache
        try (HzClient other = HzClient.newClient(ClientConfig.builder().clusterName(CLUSTER.cluster().clusterName())
                .addresses(CLUSTER.cluster().addresses()).build())) {
            other.<Integer, Employee>getMap(cached.getName()).put(2, new Employee("Joe", 35, true, 1, new Address("Rome")));
        }
        assertThat(cached.keySet(Predicates.alwaysTrue())).containsExactlyInAnyOrder(1, 2);
        assertThat(cached.values(Predicates.equal("name", "Joe"))).extracting(Employee::name).containsExactly("Joe");
    }
}
