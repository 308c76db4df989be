package io.hzclient.serialization;

/** The type of a Portable field; the ids are part of the wire format. */
public enum PortableFieldType {
    /** A nested Portable. */
    PORTABLE(0),
    /** A {@code byte}. */
    BYTE(1),
    /** A {@code boolean}. */
    BOOLEAN(2),
    /** A {@code char}. */
    CHAR(3),
    /** A {@code short}. */
    SHORT(4),
    /** An {@code int}. */
    INT(5),
    /** A {@code long}. */
    LONG(6),
    /** A {@code float}. */
    FLOAT(7),
    /** A {@code double}. */
    DOUBLE(8),
    /** A {@link String}. */
    UTF(9),
    /** An array of nested Portables, all of one class. */
    PORTABLE_ARRAY(10),
    /** An array of {@code byte}. */
    BYTE_ARRAY(11),
    /** An array of {@code boolean}. */
    BOOLEAN_ARRAY(12),
    /** An array of {@code char}. */
    CHAR_ARRAY(13),
    /** An array of {@code short}. */
    SHORT_ARRAY(14),
    /** An array of {@code int}. */
    INT_ARRAY(15),
    /** An array of {@code long}. */
    LONG_ARRAY(16),
    /** An array of {@code float}. */
    FLOAT_ARRAY(17),
    /** An array of {@code double}. */
    DOUBLE_ARRAY(18),
    /** An array of {@link String}. */
    UTF_ARRAY(19),
    /** A {@link java.math.BigDecimal}. */
    DECIMAL(20),
    /** An array of {@link java.math.BigDecimal}. */
    DECIMAL_ARRAY(21),
    /** A {@link java.time.LocalTime}. */
    TIME(22),
    /** An array of {@link java.time.LocalTime}. */
    TIME_ARRAY(23),
    /** A {@link java.time.LocalDate}. */
    DATE(24),
    /** An array of {@link java.time.LocalDate}. */
    DATE_ARRAY(25),
    /** A {@link java.time.LocalDateTime}. */
    TIMESTAMP(26),
    /** An array of {@link java.time.LocalDateTime}. */
    TIMESTAMP_ARRAY(27),
    /** A {@link java.time.OffsetDateTime}. */
    TIMESTAMP_WITH_TIMEZONE(28),
    /** An array of {@link java.time.OffsetDateTime}. */
    TIMESTAMP_WITH_TIMEZONE_ARRAY(29);

    private static final PortableFieldType[] BY_ID = values();

    private final int id;

    PortableFieldType(int id) {
        this.id = id;
    }

    /**
     * The type's id in the format.
     *
     * @return the id, from 0 for PORTABLE to 29
     */
    public int id() {
        return id;
    }

    /**
     * The type with this id.
     *
     * @param id an id of the format
     * @return the type, or null if the id is unknown
     */
    public static PortableFieldType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
