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

    void writeBoolean(String fieldName, boolean value);

    void writeInt8(String fieldName, byte value);

    void writeInt16(String fieldName, short value);

    void writeInt32(String fieldName, int value);

    void writeInt64(String fieldName, long value);

    void writeFloat32(String fieldName, float value);

    void writeFloat64(String fieldName, double value);

    void writeString(String fieldName, String value);

    void writeDecimal(String fieldName, BigDecimal value);

    void writeTime(String fieldName, LocalTime value);

    void writeDate(String fieldName, LocalDate value);

    void writeTimestamp(String fieldName, LocalDateTime value);

    void writeTimestampWithTimezone(String fieldName, OffsetDateTime value);

    /** A nested Compact value (its class needs a serializer or must be zero-config serializable). */
    <T> void writeCompact(String fieldName, T value);

    void writeArrayOfBoolean(String fieldName, boolean[] value);

    void writeArrayOfInt8(String fieldName, byte[] value);

    void writeArrayOfInt16(String fieldName, short[] value);

    void writeArrayOfInt32(String fieldName, int[] value);

    void writeArrayOfInt64(String fieldName, long[] value);

    void writeArrayOfFloat32(String fieldName, float[] value);

    void writeArrayOfFloat64(String fieldName, double[] value);

    void writeArrayOfString(String fieldName, String[] value);

    void writeArrayOfDecimal(String fieldName, BigDecimal[] value);

    void writeArrayOfTime(String fieldName, LocalTime[] value);

    void writeArrayOfDate(String fieldName, LocalDate[] value);

    void writeArrayOfTimestamp(String fieldName, LocalDateTime[] value);

    void writeArrayOfTimestampWithTimezone(String fieldName, OffsetDateTime[] value);

    /** An array of Compact values, all of the same class. */
    <T> void writeArrayOfCompact(String fieldName, T[] value);

    void writeNullableBoolean(String fieldName, Boolean value);

    void writeNullableInt8(String fieldName, Byte value);

    void writeNullableInt16(String fieldName, Short value);

    void writeNullableInt32(String fieldName, Integer value);

    void writeNullableInt64(String fieldName, Long value);

    void writeNullableFloat32(String fieldName, Float value);

    void writeNullableFloat64(String fieldName, Double value);

    void writeArrayOfNullableBoolean(String fieldName, Boolean[] value);

    void writeArrayOfNullableInt8(String fieldName, Byte[] value);

    void writeArrayOfNullableInt16(String fieldName, Short[] value);

    void writeArrayOfNullableInt32(String fieldName, Integer[] value);

    void writeArrayOfNullableInt64(String fieldName, Long[] value);

    void writeArrayOfNullableFloat32(String fieldName, Float[] value);

    void writeArrayOfNullableFloat64(String fieldName, Double[] value);
}
