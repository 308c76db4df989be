package io.hzclient.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Where a {@link CompactSerializer} writes its fields, by name. Each method fixes the field's {@link FieldKind};
 * the first write of a class decides its schema, so write the same fields with the same kinds every time.
 */
public interface CompactWriter {

    /**
     * Writes a {@link FieldKind#BOOLEAN} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeBoolean(String fieldName, boolean value);

    /**
     * Writes an {@link FieldKind#INT8} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeInt8(String fieldName, byte value);

    /**
     * Writes an {@link FieldKind#INT16} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeInt16(String fieldName, short value);

    /**
     * Writes an {@link FieldKind#INT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeInt32(String fieldName, int value);

    /**
     * Writes an {@link FieldKind#INT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeInt64(String fieldName, long value);

    /**
     * Writes a {@link FieldKind#FLOAT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeFloat32(String fieldName, float value);

    /**
     * Writes a {@link FieldKind#FLOAT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeFloat64(String fieldName, double value);

    /**
     * Writes a {@link FieldKind#STRING} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeString(String fieldName, String value);

    /**
     * Writes a {@link FieldKind#DECIMAL} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDecimal(String fieldName, BigDecimal value);

    /**
     * Writes a {@link FieldKind#TIME} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTime(String fieldName, LocalTime value);

    /**
     * Writes a {@link FieldKind#DATE} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDate(String fieldName, LocalDate value);

    /**
     * Writes a {@link FieldKind#TIMESTAMP} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimestamp(String fieldName, LocalDateTime value);

    /**
     * Writes a {@link FieldKind#TIMESTAMP_WITH_TIMEZONE} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimestampWithTimezone(String fieldName, OffsetDateTime value);

    /**
     * Writes a {@link FieldKind#COMPACT} field: a nested Compact value (its class needs a serializer or must be
     * zero-config serializable).
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     * @param <T>       the class of the Compact value
     */
    <T> void writeCompact(String fieldName, T value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_BOOLEAN} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfBoolean(String fieldName, boolean[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_INT8} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfInt8(String fieldName, byte[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_INT16} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfInt16(String fieldName, short[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_INT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfInt32(String fieldName, int[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_INT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfInt64(String fieldName, long[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_FLOAT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfFloat32(String fieldName, float[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_FLOAT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeArrayOfFloat64(String fieldName, double[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_STRING} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfString(String fieldName, String[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_DECIMAL} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfDecimal(String fieldName, BigDecimal[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_TIME} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfTime(String fieldName, LocalTime[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_DATE} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfDate(String fieldName, LocalDate[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_TIMESTAMP} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfTimestamp(String fieldName, LocalDateTime[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_TIMESTAMP_WITH_TIMEZONE} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfTimestampWithTimezone(String fieldName, OffsetDateTime[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_COMPACT} field: Compact values, all of the same class.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     * @param <T>       the class of the Compact value
     */
    <T> void writeArrayOfCompact(String fieldName, T[] value);

    /**
     * Writes a {@link FieldKind#NULLABLE_BOOLEAN} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableBoolean(String fieldName, Boolean value);

    /**
     * Writes a {@link FieldKind#NULLABLE_INT8} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableInt8(String fieldName, Byte value);

    /**
     * Writes a {@link FieldKind#NULLABLE_INT16} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableInt16(String fieldName, Short value);

    /**
     * Writes a {@link FieldKind#NULLABLE_INT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableInt32(String fieldName, Integer value);

    /**
     * Writes a {@link FieldKind#NULLABLE_INT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableInt64(String fieldName, Long value);

    /**
     * Writes a {@link FieldKind#NULLABLE_FLOAT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableFloat32(String fieldName, Float value);

    /**
     * Writes a {@link FieldKind#NULLABLE_FLOAT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeNullableFloat64(String fieldName, Double value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_BOOLEAN} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableBoolean(String fieldName, Boolean[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_INT8} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableInt8(String fieldName, Byte[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_INT16} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableInt16(String fieldName, Short[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_INT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableInt32(String fieldName, Integer[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_INT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableInt64(String fieldName, Long[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_FLOAT32} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableFloat32(String fieldName, Float[] value);

    /**
     * Writes an {@link FieldKind#ARRAY_OF_NULLABLE_FLOAT64} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null, and null items, are allowed
     */
    void writeArrayOfNullableFloat64(String fieldName, Double[] value);
}
