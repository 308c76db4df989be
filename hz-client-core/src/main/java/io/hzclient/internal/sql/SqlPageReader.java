package io.hzclient.internal.sql;

import io.hzclient.JsonValue;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.ProtocolException;
import io.hzclient.sql.SqlColumnType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads the SqlPage type, which the protocol's YAML does not describe (the members code it by hand): BEGIN; a frame
 * with the last-page flag; the column type ids (List_Integer); each column; END. A column of text, DECIMAL or OBJECT
 * values is a list of frames (a null as a NULL frame), of JSON values a list of HazelcastJsonValue structures; a NULL
 * column is one frame with its row count; every other type is one frame of fixed-size values: a kind byte (1 all
 * null, 2 none null, 3 mixed), an int32 count, then the values, little-endian; a mixed column puts a byte before each
 * group of 8 values whose bits say which are present, and a null takes no space.
 */
final class SqlPageReader {
    private static final byte ALL_NULL = 1;
    private static final byte NONE_NULL = 2;
    private static final int HEADER = 5;

    private SqlPageReader() {
    }

    /** Reads one page; the reader is on its BEGIN frame. */
    static SqlPage read(MessageReader r) {
        return r.struct(SqlPageReader::fields);
    }

    private static SqlPage fields(MessageReader r) {
        boolean last = r.bytes()[0] == 1;
        List<Integer> typeIds = r.listInt();
        List<List<Object>> columns = new ArrayList<>(typeIds.size());
        for (int typeId : typeIds) {
            columns.add(column(r, SqlColumnType.ofId(typeId)));
        }
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (List<Object> column : columns) {
            if (column.size() != rows) {
                throw new ProtocolException("an SQL page's columns differ in length: " + columns.stream()
                        .map(List::size).toList());
            }
        }
        return new SqlPage(columns, rows, last);
    }

    private static List<Object> column(MessageReader r, SqlColumnType type) {
        return switch (type) {
            case VARCHAR -> r.list(MessageReader::nullableString);
            case JSON -> r.list(x -> x.nextIsNull() ? null : JsonValue.of(x.struct(MessageReader::string)));
            case DECIMAL -> r.list(x -> x.nextIsNull() ? null : decimal(x.bytes()));
            case OBJECT -> r.list(MessageReader::nullableData);
            case NULL -> Collections.nCopies(ByteBuffer.wrap(r.bytes()).order(ByteOrder.LITTLE_ENDIAN).getInt(0),
                    null);
            case BOOLEAN -> fixed(r.bytes(), 1, b -> b.get() != 0);
            case TINYINT -> fixed(r.bytes(), 1, ByteBuffer::get);
            case SMALLINT -> fixed(r.bytes(), 2, ByteBuffer::getShort);
            case INTEGER -> fixed(r.bytes(), 4, ByteBuffer::getInt);
            case BIGINT -> fixed(r.bytes(), 8, ByteBuffer::getLong);
            case REAL -> fixed(r.bytes(), 4, ByteBuffer::getFloat);
            case DOUBLE -> fixed(r.bytes(), 8, ByteBuffer::getDouble);
            case DATE -> fixed(r.bytes(), 6, SqlPageReader::date);
            case TIME -> fixed(r.bytes(), 7, SqlPageReader::time);
            case TIMESTAMP -> fixed(r.bytes(), 13, b -> LocalDateTime.of(date(b), time(b)));
            case TIMESTAMP_WITH_TIME_ZONE -> fixed(r.bytes(), 17,
                    b -> OffsetDateTime.of(LocalDateTime.of(date(b), time(b)), ZoneOffset.ofTotalSeconds(b.getInt())));
            case ROW -> throw new UnsupportedOperationException("a column of nested rows (SQL type ROW) is not"
                    + " supported by this client yet: select the nested fields as columns of their own");
        };
    }

    /** Reads one value at the buffer's position, advancing it by the value's size. */
    private interface Value {
        Object read(ByteBuffer b);
    }

    private static List<Object> fixed(byte[] frame, int size, Value value) {
        ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        byte kind = b.get();
        int count = b.getInt();
        Object[] values = new Object[count];
        if (kind == NONE_NULL) {
            for (int i = 0; i < count; i++) {
                values[i] = value.read(b.position(HEADER + i * size));
            }
        } else if (kind != ALL_NULL) {
            int mask = 0;
            for (int i = 0; i < count; i++) {
                if (i % 8 == 0) {
                    mask = b.get();
                }
                if ((mask & (1 << (i % 8))) != 0) {
                    int at = b.position();
                    values[i] = value.read(b);
                    b.position(at + size);
                }
            }
        }
        return Arrays.asList(values);
    }

    private static LocalDate date(ByteBuffer b) {
        int year = b.getInt();
        int month = b.get();
        return LocalDate.of(year, month, b.get());
    }

    private static LocalTime time(ByteBuffer b) {
        int hour = b.get();
        int minute = b.get();
        int second = b.get();
        return LocalTime.of(hour, minute, second, b.getInt());
    }

    /** BigDecimal: int32 length, the unscaled value's two's-complement bytes (big-endian), int32 scale. */
    private static BigDecimal decimal(byte[] frame) {
        ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        int length = b.getInt();
        BigInteger unscaled = new BigInteger(frame, 4, length);
        return new BigDecimal(unscaled, b.getInt(4 + length));
    }
}
