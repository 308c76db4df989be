package io.hzclient.serialization;

/**
 * The kind of a Compact field. The ids are part of the wire format and of the schema fingerprint, and match the
 * members' and every official client's.
 */
public enum FieldKind {
    /** No such field: what {@link CompactReader#getFieldKind} answers for a field the data does not have. */
    NOT_AVAILABLE(0),
    /** A {@code boolean}. */
    BOOLEAN(1),
    /** An array of {@code boolean}. */
    ARRAY_OF_BOOLEAN(2),
    /** A {@code byte}. */
    INT8(3),
    /** An array of {@code byte}. */
    ARRAY_OF_INT8(4),
    /** Numbered by the format for {@code char}; no method of {@link CompactWriter} writes it. */
    CHAR(5),
    /** Numbered by the format for an array of {@code char}; no method of {@link CompactWriter} writes it. */
    ARRAY_OF_CHAR(6),
    /** A {@code short}. */
    INT16(7),
    /** An array of {@code short}. */
    ARRAY_OF_INT16(8),
    /** An {@code int}. */
    INT32(9),
    /** An array of {@code int}. */
    ARRAY_OF_INT32(10),
    /** A {@code long}. */
    INT64(11),
    /** An array of {@code long}. */
    ARRAY_OF_INT64(12),
    /** A {@code float}. */
    FLOAT32(13),
    /** An array of {@code float}. */
    ARRAY_OF_FLOAT32(14),
    /** A {@code double}. */
    FLOAT64(15),
    /** An array of {@code double}. */
    ARRAY_OF_FLOAT64(16),
    /** A {@link String}. */
    STRING(17),
    /** An array of {@link String}. */
    ARRAY_OF_STRING(18),
    /** A {@link java.math.BigDecimal}. */
    DECIMAL(19),
    /** An array of {@link java.math.BigDecimal}. */
    ARRAY_OF_DECIMAL(20),
    /** A {@link java.time.LocalTime}. */
    TIME(21),
    /** An array of {@link java.time.LocalTime}. */
    ARRAY_OF_TIME(22),
    /** A {@link java.time.LocalDate}. */
    DATE(23),
    /** An array of {@link java.time.LocalDate}. */
    ARRAY_OF_DATE(24),
    /** A {@link java.time.LocalDateTime}. */
    TIMESTAMP(25),
    /** An array of {@link java.time.LocalDateTime}. */
    ARRAY_OF_TIMESTAMP(26),
    /** A {@link java.time.OffsetDateTime}. */
    TIMESTAMP_WITH_TIMEZONE(27),
    /** An array of {@link java.time.OffsetDateTime}. */
    ARRAY_OF_TIMESTAMP_WITH_TIMEZONE(28),
    /** A nested Compact value. */
    COMPACT(29),
    /** An array of nested Compact values, all of one class. */
    ARRAY_OF_COMPACT(30),
    /** Numbered by the format for a nested Portable value; no method of {@link CompactWriter} writes it. */
    PORTABLE(31),
    /** Numbered by the format for an array of nested Portable values; no method of {@link CompactWriter} writes it. */
    ARRAY_OF_PORTABLE(32),
    /** A {@link Boolean} that may be null. */
    NULLABLE_BOOLEAN(33),
    /** An array of {@link Boolean}, whose items may be null. */
    ARRAY_OF_NULLABLE_BOOLEAN(34),
    /** A {@link Byte} that may be null. */
    NULLABLE_INT8(35),
    /** An array of {@link Byte}, whose items may be null. */
    ARRAY_OF_NULLABLE_INT8(36),
    /** A {@link Short} that may be null. */
    NULLABLE_INT16(37),
    /** An array of {@link Short}, whose items may be null. */
    ARRAY_OF_NULLABLE_INT16(38),
    /** An {@link Integer} that may be null. */
    NULLABLE_INT32(39),
    /** An array of {@link Integer}, whose items may be null. */
    ARRAY_OF_NULLABLE_INT32(40),
    /** A {@link Long} that may be null. */
    NULLABLE_INT64(41),
    /** An array of {@link Long}, whose items may be null. */
    ARRAY_OF_NULLABLE_INT64(42),
    /** A {@link Float} that may be null. */
    NULLABLE_FLOAT32(43),
    /** An array of {@link Float}, whose items may be null. */
    ARRAY_OF_NULLABLE_FLOAT32(44),
    /** A {@link Double} that may be null. */
    NULLABLE_FLOAT64(45),
    /** An array of {@link Double}, whose items may be null. */
    ARRAY_OF_NULLABLE_FLOAT64(46);

    private static final FieldKind[] BY_ID = values();

    private final int id;

    FieldKind(int id) {
        this.id = id;
    }

    /**
     * The kind's id in the format.
     *
     * @return the id, from 0 for NOT_AVAILABLE to 46
     */
    public int id() {
        return id;
    }

    /**
     * The kind with this id.
     *
     * @param id an id of the format
     * @return the kind, or null if the id is unknown (a newer member may know more kinds)
     */
    public static FieldKind of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
