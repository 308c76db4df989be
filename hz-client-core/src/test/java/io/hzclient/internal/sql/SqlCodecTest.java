package io.hzclient.internal.sql;

import com.hazelcast.client.impl.protocol.codec.SqlCloseCodec;
import com.hazelcast.client.impl.protocol.codec.SqlExecuteCodec;
import com.hazelcast.client.impl.protocol.codec.SqlFetchCodec;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.internal.serialization.impl.HeapData;
import com.hazelcast.sql.impl.QueryId;
import com.hazelcast.sql.impl.expression.RowValue;
import io.hzclient.JsonValue;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;
import io.hzclient.sql.SqlColumnMetadata;
import io.hzclient.sql.SqlColumnType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.hzclient.test.OfficialWire.readByteByByte;
import static io.hzclient.test.OfficialWire.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our SQL requests are byte-equal to the official codec's, and the answers the member's own codec writes (SqlPage
 * is coded by hand there, outside the protocol's YAML) are read back value for value, every column type and every
 * way a column can hold nulls.
 */
class SqlCodecTest {
    private static final UUID MEMBER = UUID.fromString("6f1c2a3b-0000-4000-8000-00000000abcd");
    private static final SqlQueryId ID = new SqlQueryId(1, -2, Long.MAX_VALUE, Long.MIN_VALUE);
    private static final QueryId THEIR_ID = new QueryId(1, -2, Long.MAX_VALUE, Long.MIN_VALUE);

    @Test
    void executeIsByteEqualToTheOfficialRequest() {
        byte[] param = {0, 0, 0, 0, -1, -1, -1, -7, 0, 0, 0, 3, 'a', 'b', 'c'};
        List<Data> ours = Arrays.asList(Data.of(param), null);
        List<com.hazelcast.internal.serialization.Data> theirs = Arrays.asList(new HeapData(param), null);

        ClientMessage request = SqlCodec.execute("SELECT * FROM m WHERE this = ?", ours, 5000, 100, "public",
                (byte) 1, ID, false, MEMBER).request();

        assertThat(wire(request)).isEqualTo(wire(SqlExecuteCodec.encodeRequest("SELECT * FROM m WHERE this = ?",
                theirs, 5000, 100, "public", (byte) 1, THEIR_ID, false)));
        assertThat(wire(SqlCodec.execute("DELETE FROM m", List.of(), -1, 4096, null, (byte) 0, ID, false, MEMBER)
                .request())).isEqualTo(wire(SqlExecuteCodec.encodeRequest("DELETE FROM m", List.of(), -1, 4096, null,
                (byte) 0, THEIR_ID, false)));
    }

    @Test
    void fetchAndCloseAreByteEqualToTheOfficialRequests() {
        assertThat(wire(SqlCodec.fetch(ID, 77, MEMBER).request()))
                .isEqualTo(wire(SqlFetchCodec.encodeRequest(THEIR_ID, 77)));
        assertThat(wire(SqlCodec.close(ID, MEMBER).request())).isEqualTo(wire(SqlCloseCodec.encodeRequest(THEIR_ID)));
    }

    @Test
    void everyColumnTypeIsReadAsTheMembersCodecWritesIt() {
        OffsetDateTime odt = OffsetDateTime.of(2026, 12, 6, 23, 59, 58, 123_456_789, ZoneOffset.ofHoursMinutes(-5, -30));
        List<com.hazelcast.sql.SqlColumnType> types = List.of(com.hazelcast.sql.SqlColumnType.values()).stream()
                .filter(t -> t != com.hazelcast.sql.SqlColumnType.ROW && t != com.hazelcast.sql.SqlColumnType.OBJECT)
                .toList(); // the member's columnar test page cannot hold OBJECT values: SqlIT reads them from a member
        List<List<?>> columns = List.of(
                List.of("text", "ünïcode"),
                List.of(true, false),
                List.of((byte) -128, (byte) 127),
                List.of((short) -32768, (short) 32767),
                List.of(Integer.MIN_VALUE, 42),
                List.of(Long.MIN_VALUE, Long.MAX_VALUE),
                List.of(new BigDecimal("-12345678901234567890.000123"), BigDecimal.ZERO),
                List.of(-1.5f, Float.MAX_VALUE),
                List.of(Math.PI, -0.0),
                List.of(LocalDate.of(-44, 3, 15), LocalDate.of(9999, 12, 31)),
                List.of(LocalTime.of(0, 0), LocalTime.of(23, 59, 59, 999_999_999)),
                List.of(LocalDateTime.of(1970, 1, 1, 0, 0), odt.toLocalDateTime()),
                List.of(odt, odt.withOffsetSameInstant(ZoneOffset.UTC)),
                Arrays.asList(null, null),
                List.of(new HazelcastJsonValue("{\"a\":1}"), new HazelcastJsonValue("[]")));

        SqlPage page = fetched(types, columns, true);

        assertThat(page.last()).isTrue();
        assertThat(page.rowCount()).isEqualTo(2);
        for (int c = 0; c < columns.size(); c++) {
            List<Object> expected = new ArrayList<>();
            for (Object v : columns.get(c)) {
                expected.add(v instanceof HazelcastJsonValue j ? JsonValue.of(j.getValue()) : v);
            }
            assertThat(page.columns().get(c)).as(types.get(c).name()).isEqualTo(expected);
            assertThat(SqlColumnType.ofId(types.get(c).getId()).name()).isEqualTo(types.get(c).name());
        }
    }

    @Test
    void nullsAreReadInEveryLayoutOfAFixedSizeColumn() {
        List<Integer> mixed = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            mixed.add(i % 3 == 0 ? null : i); // 19 values: three bitmask groups, the last one partial
        }
        List<Long> allNull = Arrays.asList(null, null, null);
        List<Boolean> noneNull = List.of(true, true, false);
        List<String> texts = Arrays.asList(null, "b", null);

        SqlPage mixedPage = fetched(List.of(com.hazelcast.sql.SqlColumnType.INTEGER), List.of(mixed), false);
        SqlPage small = fetched(List.of(com.hazelcast.sql.SqlColumnType.BIGINT, com.hazelcast.sql.SqlColumnType.BOOLEAN,
                com.hazelcast.sql.SqlColumnType.VARCHAR), List.of(allNull, noneNull, texts), false);

        assertThat(mixedPage.columns().get(0)).isEqualTo(mixed);
        assertThat(mixedPage.last()).isFalse();
        assertThat(small.columns()).containsExactly(new ArrayList<>(allNull), new ArrayList<>(noneNull),
                new ArrayList<>(texts));
    }

    @Test
    void anEmptyPageHasNoRows() {
        SqlPage page = fetched(List.of(com.hazelcast.sql.SqlColumnType.VARCHAR,
                com.hazelcast.sql.SqlColumnType.INTEGER), List.of(List.of(), List.of()), true);

        assertThat(page.rowCount()).isZero();
        assertThat(page.last()).isTrue();
    }

    @Test
    void aColumnOfNestedRowsIsRefusedClearly() {
        assertThatThrownBy(() -> fetched(List.of(com.hazelcast.sql.SqlColumnType.ROW),
                List.of(List.of(new RowValue(List.of(1, "a")))), true))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("nested rows (SQL type ROW) is not supported");
    }

    @Test
    void executeAnswersAreRead() {
        var rows = SqlExecuteCodec.encodeResponse(List.of(
                        new com.hazelcast.sql.SqlColumnMetadata("name", com.hazelcast.sql.SqlColumnType.VARCHAR, true),
                        new com.hazelcast.sql.SqlColumnMetadata("age", com.hazelcast.sql.SqlColumnType.INTEGER, false)),
                com.hazelcast.sql.impl.client.SqlPage.fromColumns(List.of(com.hazelcast.sql.SqlColumnType.VARCHAR,
                        com.hazelcast.sql.SqlColumnType.INTEGER), List.of(List.of("ann"), List.of(30)), false),
                -1, null, false, 0);
        var count = SqlExecuteCodec.encodeResponse(null, null, 17, null, false, -1);
        var error = SqlExecuteCodec.encodeResponse(null, null, -1, new com.hazelcast.sql.impl.client.SqlError(1008,
                "Object 'm' not found", MEMBER, true, "CREATE MAPPING \"m\" ...", true, "trace"), false, -1);

        SqlCodec.ExecuteResponse r = SqlCodec.executeResponse(readByteByByte(wire(rows)));
        SqlCodec.ExecuteResponse c = SqlCodec.executeResponse(readByteByByte(wire(count)));
        SqlCodec.ExecuteResponse e = SqlCodec.executeResponse(readByteByByte(wire(error)));

        assertThat(r.rowMetadata()).containsExactly(new SqlColumnMetadata("name", SqlColumnType.VARCHAR, true),
                new SqlColumnMetadata("age", SqlColumnType.INTEGER, false));
        assertThat(r.rowPage().columns()).containsExactly(List.of("ann"), List.of(30));
        assertThat(r.partitionArgumentIndex()).isZero();
        assertThat(r.error()).isNull();
        assertThat(c.rowMetadata()).isNull();
        assertThat(c.updateCount()).isEqualTo(17);
        assertThat(c.partitionArgumentIndex()).isEqualTo(-1);
        assertThat(e.error()).isEqualTo(new SqlCodec.SqlErrorHolder(1008, "Object 'm' not found", MEMBER,
                "CREATE MAPPING \"m\" ...", "trace"));
    }

    @Test
    void fetchErrorsAreRead() {
        var error = SqlFetchCodec.encodeResponse(null, new com.hazelcast.sql.impl.client.SqlError(1003, "cancelled",
                MEMBER, false, null, false, null));

        SqlCodec.FetchResponse f = SqlCodec.fetchResponse(readByteByByte(wire(error)));

        assertThat(f.rowPage()).isNull();
        assertThat(f.error()).isEqualTo(new SqlCodec.SqlErrorHolder(1003, "cancelled", MEMBER, null, null));
    }

    private static SqlPage fetched(List<com.hazelcast.sql.SqlColumnType> types, List<List<?>> columns, boolean last) {
        var response = SqlFetchCodec.encodeResponse(
                com.hazelcast.sql.impl.client.SqlPage.fromColumns(types, columns, last), null);
        SqlCodec.FetchResponse f = SqlCodec.fetchResponse(readByteByByte(wire(response)));
        assertThat(f.error()).isNull();
        return f.rowPage();
    }
}
