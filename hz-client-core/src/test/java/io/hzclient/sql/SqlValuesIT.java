package io.hzclient.sql;

import io.hzclient.HzClient;
import io.hzclient.JsonValue;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.map.HzMap;
import io.hzclient.query.IndexType;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableReader;
import io.hzclient.serialization.PortableWriter;
import io.hzclient.test.SqlMembers;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL over values of every format the seed guide and the official clients use (Portable, Compact, JSON), the seed
 * guide's examples, parameters of every type, and a long result streamed page by page; one real member.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlValuesIT {
    static final int FACTORY = 1;
    static final int EMPLOYEE = 1;

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1, config -> {
        SqlMembers.enable(config);
        config.getSerializationConfig().addPortableFactory(FACTORY, id -> new MemberEmployee());
    });

    /** The seed guide's Portable employee, as this client writes it. */
    static final class Employee implements Portable {
        String name;
        int age;

        Employee() {
        }

        Employee(String name, int age) {
            this.name = name;
            this.age = age;
        }

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return EMPLOYEE;
        }

        @Override
        public void writePortable(PortableWriter writer) {
            writer.writeString("name", name);
            writer.writeInt("age", age);
        }

        @Override
        public void readPortable(PortableReader reader) {
            name = reader.readString("name");
            age = reader.readInt("age");
        }
    }

    /** The member's class of the same Portable: the member reads its fields by this definition. */
    static final class MemberEmployee implements com.hazelcast.nio.serialization.Portable {
        String name;
        int age;

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return EMPLOYEE;
        }

        @Override
        public void writePortable(com.hazelcast.nio.serialization.PortableWriter writer) throws java.io.IOException {
            writer.writeString("name", name);
            writer.writeInt("age", age);
        }

        @Override
        public void readPortable(com.hazelcast.nio.serialization.PortableReader reader) throws java.io.IOException {
            name = reader.readString("name");
            age = reader.readInt("age");
        }
    }

    /** A Compact value with a date. */
    record Shipment(String item, LocalDate date) {
    }

    private HzClient client;
    private SqlService sql;
    private String emp;

    @BeforeAll
    void connect() {
        TestCluster cluster = CLUSTER.cluster();
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder().portableFactory(FACTORY, id -> new Employee()).build())
                .build());
        sql = client.getSql();
        emp = name("emp");
        HzMap<Integer, Employee> employees = client.getMap(emp);
        String[] names = {"Joe", "Ann", "Zoe", "Bob", "Kim", "Eve", "Tom", "Dan", "Ivy", "Max"};
        for (int i = 0; i < names.length; i++) {
            employees.put(i, new Employee(names[i], 22 + 2 * i));
        }
        employees.addIndex(IndexType.SORTED, "name");
        run("CREATE MAPPING " + emp + " (__key INT, name VARCHAR, age INT) TYPE IMap OPTIONS ('keyFormat'='int',"
                + " 'valueFormat'='portable', 'valuePortableFactoryId'='1', 'valuePortableClassId'='1')");
    }

    @AfterAll
    void close() {
        client.shutdown();
    }

    private static String name(String prefix) {
        return TestCluster.uniqueName(prefix).replace('-', '_');
    }

    private void run(String statement) {
        sql.execute(statement).close();
    }

    private List<List<Object>> rows(String statement, Object... parameters) {
        List<List<Object>> rows = new ArrayList<>();
        try (SqlResult result = sql.execute(statement, parameters)) {
            for (SqlRow row : result) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.getMetadata().getColumnCount(); i++) {
                    values.add(row.getObject(i));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    @Test
    void theSeedGuidesEmployeeQueryReadsPortableFields() {
        assertThat(rows("SELECT name FROM " + emp + " WHERE age < ? ORDER BY name", 30))
                .containsExactly(List.of("Ann"), List.of("Bob"), List.of("Joe"), List.of("Zoe"));
        assertThat(rows("SELECT __key, name, age FROM " + emp + " WHERE __key = ?", 4))
                .containsExactly(List.of(4, "Kim", 30));
    }

    @Test
    void orderByOnASortedIndexWithLimitAndOffset() {
        assertThat(rows("SELECT name FROM " + emp + " ORDER BY name LIMIT 5 OFFSET 3"))
                .containsExactly(List.of("Eve"), List.of("Ivy"), List.of("Joe"), List.of("Kim"), List.of("Max"));
        assertThat(rows("SELECT name, age FROM " + emp + " ORDER BY age DESC LIMIT 2"))
                .containsExactly(List.of("Max", 40), List.of("Ivy", 38));
    }

    @Test
    void aDateParameterGivenAsTextIsCastAsTheSeedGuideShows() {
        String shipments = name("shipments");
        HzMap<Integer, Shipment> map = client.getMap(shipments);
        map.put(1, new Shipment("tea", LocalDate.of(2021, 6, 1)));
        map.put(2, new Shipment("rice", LocalDate.of(2021, 6, 2)));
        map.put(3, new Shipment("salt", LocalDate.of(2021, 5, 30)));
        run("CREATE MAPPING " + shipments + " (__key INT, item VARCHAR, \"date\" DATE) TYPE IMap OPTIONS"
                + " ('keyFormat'='int', 'valueFormat'='compact', 'valueCompactTypeName'='" + Shipment.class.getName()
                + "')");

        assertThat(rows("SELECT item, \"date\" FROM " + shipments + " WHERE \"date\" < CAST(? AS DATE) ORDER BY"
                + " \"date\"", "2021-06-02")).containsExactly(List.of("salt", LocalDate.of(2021, 5, 30)),
                List.of("tea", LocalDate.of(2021, 6, 1)));
    }

    @Test
    void jsonValuesAreQueriedByField() {
        String people = name("people");
        HzMap<Integer, JsonValue> map = client.getMap(people);
        map.put(1, JsonValue.of("{\"name\":\"Ann\",\"age\":31}"));
        map.put(2, JsonValue.of("{\"name\":\"Bob\",\"age\":25}"));
        run("CREATE MAPPING " + people + " (__key INT, name VARCHAR, age INT) TYPE IMap OPTIONS ('keyFormat'='int',"
                + " 'valueFormat'='json-flat')");

        assertThat(rows("SELECT __key, name FROM " + people + " WHERE age > ?", 30)).containsExactly(List.of(1, "Ann"));
        assertThat(rows("SELECT JSON_VALUE(CAST(? AS JSON), '$.a' RETURNING INT) FROM TABLE(generate_series(1, 1))",
                "{\"a\":7}")).containsExactly(List.of(7));
    }

    @Test
    void parametersOfEveryTypeRoundTrip() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("TINYINT", (byte) -7);
        values.put("SMALLINT", (short) 1234);
        values.put("INTEGER", 123_456);
        values.put("BIGINT", Long.MIN_VALUE);
        values.put("DECIMAL", new BigDecimal("-98765432109876543210.0123456789"));
        values.put("REAL", 1.25f);
        values.put("DOUBLE", Math.E);
        values.put("BOOLEAN", true);
        values.put("VARCHAR", "ünïcode ✓");
        values.put("DATE", LocalDate.of(1999, 12, 31));
        values.put("TIME", LocalTime.of(23, 59, 58, 123_000_000));
        values.put("TIMESTAMP", LocalDateTime.of(2000, 2, 29, 12, 0, 1, 999_000_000));
        values.put("TIMESTAMP WITH TIME ZONE", OffsetDateTime.of(2026, 12, 6, 8, 30, 0, 0, ZoneOffset.ofHours(-3)));
        values.put("JSON", JsonValue.of("{\"k\":[1,2]}"));
        values.put("OBJECT", new Shipment("crate", LocalDate.of(2026, 1, 2)));
        for (Map.Entry<String, Object> e : values.entrySet()) {
            assertThat(rows("SELECT CAST(? AS " + e.getKey() + ") FROM TABLE(generate_series(1, 1))", e.getValue()))
                    .as(e.getKey()).containsExactly(List.of(e.getValue()));
        }
        assertThat(rows("SELECT CAST(? AS VARCHAR) FROM TABLE(generate_series(1, 1))", (Object) null))
                .containsExactly(Arrays.asList((Object) null));
    }

    @Test
    void tenThousandRowsStreamPageByPageInOrder() {
        long count = 0;
        long expected = 1;
        try (SqlResult result = sql.execute(new SqlStatement("SELECT v FROM TABLE(generate_series(1, 10000))")
                .setCursorBufferSize(64))) {
            for (SqlRow row : result) {
                assertThat(row.<Integer>getObject("v")).isEqualTo((int) expected++);
                count++;
            }
        }
        assertThat(count).isEqualTo(10_000);
    }
}
