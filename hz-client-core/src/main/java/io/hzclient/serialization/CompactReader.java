package io.hzclient.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Reads the fields of a Compact value by name. Reading a field the data does not have, or with another kind,
 * throws {@link io.hzclient.SerializationException}; check {@link #getFieldKind} first to read data written by
 * other versions of the class. A nullable and a non-nullable kind read each other (a null read as a primitive fails).
 */
public interface CompactReader {

    /**
     * The kind of a field in the data being read: ask it before reading a field that other versions of the class may
     * not have written.
     *
     * @param fieldName the field's name
     * @return the field's kind, or {@link FieldKind#NOT_AVAILABLE} if the data has no such field
     */
    FieldKind getFieldKind(String fieldName);

    /**
     * Reads a {@link FieldKind#BOOLEAN} field, or a {@link FieldKind#NULLABLE_BOOLEAN} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    boolean readBoolean(String fieldName);

    /**
     * Reads an {@link FieldKind#INT8} field, or a {@link FieldKind#NULLABLE_INT8} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    byte readInt8(String fieldName);

    /**
     * Reads an {@link FieldKind#INT16} field, or a {@link FieldKind#NULLABLE_INT16} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    short readInt16(String fieldName);

    /**
     * Reads an {@link FieldKind#INT32} field, or a {@link FieldKind#NULLABLE_INT32} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    int readInt32(String fieldName);

    /**
     * Reads an {@link FieldKind#INT64} field, or a {@link FieldKind#NULLABLE_INT64} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    long readInt64(String fieldName);

    /**
     * Reads a {@link FieldKind#FLOAT32} field, or a {@link FieldKind#NULLABLE_FLOAT32} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    float readFloat32(String fieldName);

    /**
     * Reads a {@link FieldKind#FLOAT64} field, or a {@link FieldKind#NULLABLE_FLOAT64} one that holds a value.
     *
     * @param fieldName the field's name
     * @return the value
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds null in it
     */
    double readFloat64(String fieldName);

    /**
     * Reads a {@link FieldKind#STRING} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    String readString(String fieldName);

    /**
     * Reads a {@link FieldKind#DECIMAL} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    BigDecimal readDecimal(String fieldName);

    /**
     * Reads a {@link FieldKind#TIME} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    LocalTime readTime(String fieldName);

    /**
     * Reads a {@link FieldKind#DATE} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    LocalDate readDate(String fieldName);

    /**
     * Reads a {@link FieldKind#TIMESTAMP} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    LocalDateTime readTimestamp(String fieldName);

    /**
     * Reads a {@link FieldKind#TIMESTAMP_WITH_TIMEZONE} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    OffsetDateTime readTimestampWithTimezone(String fieldName);

    /**
     * Reads a {@link FieldKind#COMPACT} field.
     *
     * @param fieldName the field's name
     * @param <T> the class of the value: its Compact class, or {@link CompactRecord} if this client has none
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    <T> T readCompact(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_BOOLEAN} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_BOOLEAN} one without
     * null items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    boolean[] readArrayOfBoolean(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_INT8} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_INT8} one without null
     * items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    byte[] readArrayOfInt8(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_INT16} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_INT16} one without null
     * items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    short[] readArrayOfInt16(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_INT32} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_INT32} one without null
     * items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    int[] readArrayOfInt32(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_INT64} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_INT64} one without null
     * items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    long[] readArrayOfInt64(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_FLOAT32} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_FLOAT32} one without
     * null items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    float[] readArrayOfFloat32(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_FLOAT64} field, or an {@link FieldKind#ARRAY_OF_NULLABLE_FLOAT64} one without
     * null items.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, has it with another kind, or
     *         holds a null item in it
     */
    double[] readArrayOfFloat64(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_STRING} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    String[] readArrayOfString(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_DECIMAL} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    BigDecimal[] readArrayOfDecimal(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_TIME} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    LocalTime[] readArrayOfTime(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_DATE} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    LocalDate[] readArrayOfDate(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_TIMESTAMP} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    LocalDateTime[] readArrayOfTimestamp(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_TIMESTAMP_WITH_TIMEZONE} field.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    OffsetDateTime[] readArrayOfTimestampWithTimezone(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_COMPACT} field.
     *
     * @param fieldName the field's name
     * @param componentType the class of the items, for the array to return
     * @param <T> the class of the items
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    <T> T[] readArrayOfCompact(String fieldName, Class<T> componentType);

    /**
     * Reads a {@link FieldKind#NULLABLE_BOOLEAN} field, or a {@link FieldKind#BOOLEAN} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Boolean readNullableBoolean(String fieldName);

    /**
     * Reads a {@link FieldKind#NULLABLE_INT8} field, or an {@link FieldKind#INT8} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Byte readNullableInt8(String fieldName);

    /**
     * Reads a {@link FieldKind#NULLABLE_INT16} field, or an {@link FieldKind#INT16} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Short readNullableInt16(String fieldName);

    /**
     * Reads a {@link FieldKind#NULLABLE_INT32} field, or an {@link FieldKind#INT32} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Integer readNullableInt32(String fieldName);

    /**
     * Reads a {@link FieldKind#NULLABLE_INT64} field, or an {@link FieldKind#INT64} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Long readNullableInt64(String fieldName);

    /**
     * Reads a {@link FieldKind#NULLABLE_FLOAT32} field, or a {@link FieldKind#FLOAT32} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Float readNullableFloat32(String fieldName);

    /**
     * Reads a {@link FieldKind#NULLABLE_FLOAT64} field, or a {@link FieldKind#FLOAT64} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Double readNullableFloat64(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_BOOLEAN} field, or an {@link FieldKind#ARRAY_OF_BOOLEAN} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Boolean[] readArrayOfNullableBoolean(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_INT8} field, or an {@link FieldKind#ARRAY_OF_INT8} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Byte[] readArrayOfNullableInt8(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_INT16} field, or an {@link FieldKind#ARRAY_OF_INT16} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Short[] readArrayOfNullableInt16(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_INT32} field, or an {@link FieldKind#ARRAY_OF_INT32} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Integer[] readArrayOfNullableInt32(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_INT64} field, or an {@link FieldKind#ARRAY_OF_INT64} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Long[] readArrayOfNullableInt64(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_FLOAT32} field, or an {@link FieldKind#ARRAY_OF_FLOAT32} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Float[] readArrayOfNullableFloat32(String fieldName);

    /**
     * Reads an {@link FieldKind#ARRAY_OF_NULLABLE_FLOAT64} field, or an {@link FieldKind#ARRAY_OF_FLOAT64} one.
     *
     * @param fieldName the field's name
     * @return the value, or null
     * @throws io.hzclient.SerializationException if the data has no such field, or has it with another kind
     */
    Double[] readArrayOfNullableFloat64(String fieldName);
}
