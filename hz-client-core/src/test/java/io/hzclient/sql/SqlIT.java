package io.hzclient.sql;

import com.hazelcast.jet.Job;
import com.hazelcast.jet.core.JobStatus;
import io.hzclient.HzClient;
import io.hzclient.JsonValue;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.SqlMembers;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL service on two real members with Jet and hazelcast-sql: statements, pages, types, records, errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(2, SqlMembers::enable);

    /** A map's value, written as zero-config Compact. */
    record Employee(String name, int age) {
    }

    /** What a query reads, as a record: its components named as the columns. */
    record NameAndAge(String name, long age) {
    }

    /** The same, as a bean. */
    public static class NameAndAgeBean {
        private String name;
        private Integer age;

        public void setName(String name) {
            this.name = name;
        }

        public void setAge(Integer age) {
            this.age = age;
        }
    }

    private HzClient client;
    private SqlService sql;
    private String employees;

    @BeforeAll
    void connect() {
        client = HzClient.newClient(config().build());
        sql = client.getSql();
        employees = TestCluster.uniqueName("emp").replace('-', '_');
        HzMap<Integer, Employee> map = client.getMap(employees);
        for (int i = 1; i <= 10; i++) {
            map.put(i, new Employee("e" + i, 20 + i));
        }
        try (SqlResult r = sql.execute("CREATE MAPPING " + employees + " (__key INT, name VARCHAR, age INT) TYPE IMap "
                + "OPTIONS ('keyFormat'='int', 'valueFormat'='compact', 'valueCompactTypeName'='"
                + Employee.class.getName() + "')")) {
            assertThat(r.isRowSet()).isFalse();
            assertThat(r.updateCount()).isZero();
        }
    }

    @AfterAll
    void close() {
        client.shutdown();
    }

    private static ClientConfig.Builder config() {
        TestCluster cluster = CLUSTER.cluster();
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses());
    }

    @Test
    void aQueryReturnsItsColumnsAndRowsPageByPage() {
        SqlStatement statement = new SqlStatement("SELECT __key, name, age FROM " + employees
                + " WHERE age > ? ORDER BY __key").addParameter(22).setCursorBufferSize(3);
        List<String> rows = new ArrayList<>();
        try (SqlResult result = sql.execute(statement)) {
            assertThat(result.isRowSet()).isTrue();
            assertThat(result.updateCount()).isEqualTo(-1);
            assertThat(result.getRowMetadata().getColumns()).extracting(SqlColumnMetadata::name, SqlColumnMetadata::type)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("__key", SqlColumnType.INTEGER),
                            org.assertj.core.groups.Tuple.tuple("name", SqlColumnType.VARCHAR),
                            org.assertj.core.groups.Tuple.tuple("age", SqlColumnType.INTEGER));
            for (SqlRow row : result) {
                Integer key = row.getObject(0);
                String name = row.getObject("name");
                int age = row.<Integer>getObject("age");
                rows.add(key + ":" + name + ":" + age);
            }
        }
        assertThat(rows).containsExactly("3:e3:23", "4:e4:24", "5:e5:25", "6:e6:26", "7:e7:27", "8:e8:28", "9:e9:29",
                "10:e10:30");
    }

    @Test
    void everyColumnTypeComesAsTheOfficialClientsJavaType() {
        try (SqlResult result = sql.execute("SELECT CAST(1 AS TINYINT) t, CAST(2 AS SMALLINT) s, CAST(3 AS INTEGER) i,"
                + " CAST(4 AS BIGINT) b, CAST(1.25 AS DECIMAL) d, CAST(1.5 AS REAL) r, CAST(2.5 AS DOUBLE) f, TRUE bo,"
                + " 'x' v, DATE '2026-12-06' da, TIME '10:11:12' ti, TIMESTAMP '2026-12-06 10:11:12' ts,"
                + " CAST('2026-12-06T10:11:12+01:00' AS TIMESTAMP WITH TIME ZONE) tz, NULL n,"
                + " CAST('{\"a\":1}' AS JSON) j FROM TABLE(generate_series(1, 1))")) {
            SqlRow row = result.iterator().next();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.getMetadata().getColumnCount(); i++) {
                Object value = row.getObject(i);
                SqlColumnType type = row.getMetadata().getColumn(i).type();
                if (value != null) {
                    assertThat(value).as(type.name()).isInstanceOf(type.valueClass());
                }
                values.add(value);
            }
            assertThat(result.getRowMetadata().getColumns()).extracting(SqlColumnMetadata::type).containsExactly(
                    SqlColumnType.TINYINT, SqlColumnType.SMALLINT, SqlColumnType.INTEGER, SqlColumnType.BIGINT,
                    SqlColumnType.DECIMAL, SqlColumnType.REAL, SqlColumnType.DOUBLE, SqlColumnType.BOOLEAN,
                    SqlColumnType.VARCHAR, SqlColumnType.DATE, SqlColumnType.TIME, SqlColumnType.TIMESTAMP,
                    SqlColumnType.TIMESTAMP_WITH_TIME_ZONE, SqlColumnType.NULL, SqlColumnType.JSON);
            assertThat(values).containsExactly((byte) 1, (short) 2, 3, 4L, new BigDecimal("1.25"), 1.5f, 2.5, true,
                    "x", LocalDate.of(2026, 12, 6), LocalTime.of(10, 11, 12), LocalDateTime.of(2026, 12, 6, 10, 11, 12),
                    OffsetDateTime.of(2026, 12, 6, 10, 11, 12, 0, ZoneOffset.ofHours(1)), null, JsonValue.of("{\"a\":1}"));
        }
    }

    @Test
    void objectColumnsAreDeserializedIntoTheUsersTypes() {
        try (SqlResult result = sql.execute("SELECT this FROM " + employees + " WHERE __key = ?", 4)) {
            assertThat(result.getRowMetadata().getColumn(0).type()).isEqualTo(SqlColumnType.OBJECT);
            assertThat(result.iterator().next().<Employee>getObject("this")).isEqualTo(new Employee("e4", 24));
        }
    }

    @Test
    void rowsBecomeRecordsAndBeansByColumnName() {
        try (SqlResult result = sql.execute("SELECT name, age FROM " + employees + " WHERE __key <= 2 ORDER BY __key")) {
            assertThat(result.as(NameAndAge.class).toList())
                    .containsExactly(new NameAndAge("e1", 21), new NameAndAge("e2", 22));
        }
        try (SqlResult result = sql.execute("SELECT UPPER(name) AS NAME, age AS Age FROM " + employees
                + " WHERE __key = 3")) {
            NameAndAgeBean bean = result.as(NameAndAgeBean.class).findFirst().orElseThrow();
            assertThat(bean.name).isEqualTo("E3");
            assertThat(bean.age).isEqualTo(23);
        }
    }

    @Test
    void aMissingOrMistypedColumnIsRefusedBeforeTheFirstRowNamingIt() {
        try (SqlResult result = sql.execute("SELECT name FROM " + employees)) {
            assertThatThrownBy(() -> result.as(NameAndAge.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no column for the component NameAndAge.age").hasMessageContaining("[name]");
        }
        try (SqlResult result = sql.execute("SELECT age AS name, age FROM " + employees)) {
            assertThatThrownBy(() -> result.as(NameAndAge.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the column name is INTEGER (Integer)")
                    .hasMessageContaining("NameAndAge.name of type String");
        }
    }

    @Test
    void dmlChangesTheMapAndReturnsAnUpdateCount() {
        try (SqlResult result = sql.execute("SINK INTO " + employees + " (__key, name, age) VALUES (?, ?, ?)", 100,
                "sql", 99)) {
            assertThat(result.isRowSet()).isFalse();
            assertThat(result.updateCount()).isZero();
            assertThatThrownBy(result::iterator).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("update count");
        }
        HzMap<Integer, Employee> map = client.getMap(employees);
        assertThat(map.get(100)).isEqualTo(new Employee("sql", 99));
        try (SqlResult ignored = sql.execute("DELETE FROM " + employees + " WHERE __key = 100")) {
            assertThat(map.get(100)).isNull();
        }
    }

    @Test
    void aWrongStatementFailsFastWithTheMembersText() {
        assertThatThrownBy(() -> sql.execute("SELEKT 1"))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(SqlException.PARSING);
                    assertThat(e.getOriginatingMemberId()).isNotNull();
                })
                .hasMessageContaining("Non-query expression");
        assertThatThrownBy(() -> sql.execute("SELECT nmae FROM " + employees))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.getCode()).isEqualTo(SqlException.PARSING))
                .hasMessageContaining("nmae");
        HzMap<Integer, String> unmapped = client.getMap(TestCluster.uniqueName("unmapped").replace('-', '_'));
        unmapped.put(1, "one");
        assertThatThrownBy(() -> sql.execute("SELECT * FROM " + unmapped.getName()))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(SqlException.OBJECT_NOT_FOUND);
                    assertThat(e.getSuggestion()).startsWith("CREATE OR REPLACE EXTERNAL MAPPING").contains("IMap");
                })
                .hasMessageContaining(unmapped.getName());
        assertThatThrownBy(() -> sql.execute(new SqlStatement("SELECT 1 FROM TABLE(generate_series(1, 1))")
                .setExpectedResultType(SqlExpectedResultType.UPDATE_COUNT)))
                .isInstanceOf(SqlException.class);
    }

    @Test
    void theStatementsSchemaAndTimeoutReachTheMember() {
        try (SqlResult result = sql.execute(new SqlStatement("SELECT table_name FROM mappings WHERE table_name = ?")
                .addParameter(employees).setSchema("information_schema"))) {
            assertThat(result.stream().map(r -> r.<String>getObject(0)).toList()).containsExactly(employees);
        }
        assertThatThrownBy(() -> sql.execute("SELECT table_name FROM mappings")).isInstanceOf(SqlException.class)
                .hasMessageContaining("mappings");

        SqlResult endless = sql.execute(new SqlStatement("SELECT v FROM TABLE(generate_stream(10))")
                .setTimeoutMillis(500));
        // the member cancels it; its error code for that is its own (5.7.0 says GENERIC, "CANCEL_FORCEFUL")
        assertThatThrownBy(() -> endless.forEach(row -> row.getObject(0)))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.getOriginatingMemberId()).isNotNull());
        endless.close();
    }

    @Test
    void executeAsyncDoesNotWaitForTheMember() throws Exception {
        SqlResult result = sql.executeAsync(new SqlStatement("SELECT name FROM " + employees + " WHERE __key = ?")
                .addParameter(7)).get(60, TimeUnit.SECONDS);
        try (result) {
            assertThat(result.stream().map(r -> r.<String>getObject(0)).toList()).containsExactly("e7");
        }
        assertThatThrownBy(() -> sql.executeAsync(new SqlStatement("SELEKT")).get(60, TimeUnit.SECONDS))
                .hasCauseInstanceOf(SqlException.class);
    }

    @Test
    void closingAnUnfinishedResultCancelsTheQueryOnTheMember() {
        SqlResult result = sql.execute(new SqlStatement("SELECT v FROM TABLE(generate_stream(100))")
                .setCursorBufferSize(10));
        Iterator<SqlRow> rows = result.iterator();
        for (int i = 0; i < 25; i++) {
            assertThat(rows.next().<Long>getObject(0)).isNotNull();
        }
        assertEventually(WAIT, () -> assertThat(runningJobs()).isNotEmpty());

        result.close();

        assertEventually(WAIT, () -> assertThat(runningJobs()).isEmpty());
        assertThatThrownBy(() -> {
            while (rows.hasNext()) {
                rows.next();
            }
        }).isInstanceOfSatisfying(SqlException.class,
                e -> assertThat(e.getCode()).isEqualTo(SqlException.CANCELLED_BY_USER));
    }

    @Test
    void aClientThatShutsDownCancelsItsOpenQueries() {
        HzClient other = HzClient.newClient(config().build());
        SqlResult result = other.getSql().execute("SELECT v FROM TABLE(generate_stream(100))");
        assertThat(result.iterator().next().<Long>getObject("v")).isNotNull();
        assertEventually(WAIT, () -> assertThat(runningJobs()).isNotEmpty());

        other.shutdown();

        assertEventually(WAIT, () -> assertThat(runningJobs()).isEmpty());
    }

    @Test
    void aStreamOfRowsClosesItsResult() {
        SqlResult result = sql.execute(new SqlStatement("SELECT v FROM TABLE(generate_stream(100))")
                .setCursorBufferSize(5));
        try (Stream<SqlRow> rows = result.stream()) {
            assertThat(rows.limit(12).count()).isEqualTo(12);
        }
        assertEventually(WAIT, () -> assertThat(runningJobs()).isEmpty());
    }

    private static List<Job> runningJobs() {
        List<Job> running = new ArrayList<>();
        TestCluster cluster = CLUSTER.cluster();
        for (int i = 0; i < cluster.size(); i++) {
            for (Job job : cluster.member(i).getJet().getJobs()) {
                if (job.getStatus() == JobStatus.RUNNING) {
                    running.add(job);
                }
            }
        }
        return running;
    }
}
