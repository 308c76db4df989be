package io.hzclient.sql;

import io.hzclient.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The SQL type of a column, with the Java type its values come as (the official Java client's mapping). A value of an
 * {@link #OBJECT} column is the deserialized object, of whatever class it was written as.
 */
public enum SqlColumnType {
    /** Text: {@link String}. */
    VARCHAR(0, String.class),
    /** {@link Boolean}. */
    BOOLEAN(1, Boolean.class),
    /** An 8-bit integer: {@link Byte}. */
    TINYINT(2, Byte.class),
    /** A 16-bit integer: {@link Short}. */
    SMALLINT(3, Short.class),
    /** A 32-bit integer: {@link Integer}. */
    INTEGER(4, Integer.class),
    /** A 64-bit integer: {@link Long}. */
    BIGINT(5, Long.class),
    /** An exact decimal: {@link BigDecimal}. */
    DECIMAL(6, BigDecimal.class),
    /** A 32-bit floating point number: {@link Float}. */
    REAL(7, Float.class),
    /** A 64-bit floating point number: {@link Double}. */
    DOUBLE(8, Double.class),
    /** {@link LocalDate}. */
    DATE(9, LocalDate.class),
    /** {@link LocalTime}. */
    TIME(10, LocalTime.class),
    /** {@link LocalDateTime}. */
    TIMESTAMP(11, LocalDateTime.class),
    /** {@link OffsetDateTime}. */
    TIMESTAMP_WITH_TIME_ZONE(12, OffsetDateTime.class),
    /** Any serialized object, deserialized by the client's serialization: {@link Object}. */
    OBJECT(13, Object.class),
    /** The type of the {@code NULL} literal: every value is null. */
    NULL(14, Void.class),
    /** A JSON document: {@link JsonValue}. */
    JSON(15, JsonValue.class),
    /** A nested row (the member's experimental nested types); this client does not read its values yet. */
    ROW(16, Object.class);

    private static final SqlColumnType[] BY_ID = values();

    private final int id;
    private final Class<?> valueClass;

    SqlColumnType(int id, Class<?> valueClass) {
        this.id = id;
        this.valueClass = valueClass;
    }

    /**
     * The type's id on the wire.
     *
     * @return the id
     */
    public int id() {
        return id;
    }

    /**
     * The Java class this column's values come as.
     *
     * @return the class
     */
    public Class<?> valueClass() {
        return valueClass;
    }

    /**
     * The type of that wire id.
     *
     * @param id a wire id
     * @return the type
     * @throws IllegalArgumentException if no type has that id (a member newer than this client)
     */
    public static SqlColumnType ofId(int id) {
        if (id < 0 || id >= BY_ID.length) {
            throw new IllegalArgumentException("unknown SQL column type id " + id + " (a member newer than this client?)");
        }
        return BY_ID[id];
    }
}
