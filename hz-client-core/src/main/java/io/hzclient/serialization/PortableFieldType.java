package io.hzclient.serialization;

/** The type of a Portable field; the ids are part of the wire format. */
public enum PortableFieldType {
    PORTABLE(0),
    BYTE(1),
    BOOLEAN(2),
    CHAR(3),
    SHORT(4),
    INT(5),
    LONG(6),
    FLOAT(7),
    DOUBLE(8),
    UTF(9),
    PORTABLE_ARRAY(10),
    BYTE_ARRAY(11),
    BOOLEAN_ARRAY(12),
    CHAR_ARRAY(13),
    SHORT_ARRAY(14),
    INT_ARRAY(15),
    LONG_ARRAY(16),
    FLOAT_ARRAY(17),
    DOUBLE_ARRAY(18),
    UTF_ARRAY(19),
    DECIMAL(20),
    DECIMAL_ARRAY(21),
    TIME(22),
    TIME_ARRAY(23),
    DATE(24),
    DATE_ARRAY(25),
    TIMESTAMP(26),
    TIMESTAMP_ARRAY(27),
    TIMESTAMP_WITH_TIMEZONE(28),
    TIMESTAMP_WITH_TIMEZONE_ARRAY(29);

    private static final PortableFieldType[] BY_ID = values();

    private final int id;

    PortableFieldType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The type with this id, or null if unknown. */
    public static PortableFieldType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
