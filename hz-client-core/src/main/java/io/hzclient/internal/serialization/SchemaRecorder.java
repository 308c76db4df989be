package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.FieldKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a class's schema the way every Compact implementation does: by letting its serializer write one
 * instance and noting each field's name and kind. Values are ignored.
 */
final class SchemaRecorder implements CompactWriter {
    private final List<SchemaField> fields = new ArrayList<>();
    private final Map<String, FieldKind> kinds = new HashMap<>();

    Schema schema(String typeName) {
        return new Schema(typeName, fields);
    }

    private void add(String name, FieldKind kind) {
        FieldKind before = kinds.putIfAbsent(name, kind);
        if (before == null) {
            fields.add(SchemaField.of(name, kind));
        } else if (before != kind) {
            throw new SerializationException("the field '" + name + "' is written twice, as " + before + " and " + kind);
        }
    }

    @Override
    public void writeBoolean(String fieldName, boolean value) {
        add(fieldName, FieldKind.BOOLEAN);
    }

    @Override
    public void writeInt8(String fieldName, byte value) {
        add(fieldName, FieldKind.INT8);
    }

    @Override
    public void writeInt16(String fieldName, short value) {
        add(fieldName, FieldKind.INT16);
    }

    @Override
    public void writeInt32(String fieldName, int value) {
        add(fieldName, FieldKind.INT32);
    }

    @Override
    public void writeInt64(String fieldName, long value) {
        add(fieldName, FieldKind.INT64);
    }

    @Override
    public void writeFloat32(String fieldName, float value) {
        add(fieldName, FieldKind.FLOAT32);
    }

    @Override
    public void writeFloat64(String fieldName, double value) {
        add(fieldName, FieldKind.FLOAT64);
    }

    @Override
    public void writeString(String fieldName, String value) {
        add(fieldName, FieldKind.STRING);
    }

    @Override
    public void writeDecimal(String fieldName, BigDecimal value) {
        add(fieldName, FieldKind.DECIMAL);
    }

    @Override
    public void writeTime(String fieldName, LocalTime value) {
        add(fieldName, FieldKind.TIME);
    }

    @Override
    public void writeDate(String fieldName, LocalDate value) {
        add(fieldName, FieldKind.DATE);
    }

    @Override
    public void writeTimestamp(String fieldName, LocalDateTime value) {
        add(fieldName, FieldKind.TIMESTAMP);
    }

    @Override
    public void writeTimestampWithTimezone(String fieldName, OffsetDateTime value) {
        add(fieldName, FieldKind.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public <T> void writeCompact(String fieldName, T value) {
        add(fieldName, FieldKind.COMPACT);
    }

    @Override
    public void writeArrayOfBoolean(String fieldName, boolean[] value) {
        add(fieldName, FieldKind.ARRAY_OF_BOOLEAN);
    }

    @Override
    public void writeArrayOfInt8(String fieldName, byte[] value) {
        add(fieldName, FieldKind.ARRAY_OF_INT8);
    }

    @Override
    public void writeArrayOfInt16(String fieldName, short[] value) {
        add(fieldName, FieldKind.ARRAY_OF_INT16);
    }

    @Override
    public void writeArrayOfInt32(String fieldName, int[] value) {
        add(fieldName, FieldKind.ARRAY_OF_INT32);
    }

    @Override
    public void writeArrayOfInt64(String fieldName, long[] value) {
        add(fieldName, FieldKind.ARRAY_OF_INT64);
    }

    @Override
    public void writeArrayOfFloat32(String fieldName, float[] value) {
        add(fieldName, FieldKind.ARRAY_OF_FLOAT32);
    }

    @Override
    public void writeArrayOfFloat64(String fieldName, double[] value) {
        add(fieldName, FieldKind.ARRAY_OF_FLOAT64);
    }

    @Override
    public void writeArrayOfString(String fieldName, String[] value) {
        add(fieldName, FieldKind.ARRAY_OF_STRING);
    }

    @Override
    public void writeArrayOfDecimal(String fieldName, BigDecimal[] value) {
        add(fieldName, FieldKind.ARRAY_OF_DECIMAL);
    }

    @Override
    public void writeArrayOfTime(String fieldName, LocalTime[] value) {
        add(fieldName, FieldKind.ARRAY_OF_TIME);
    }

    @Override
    public void writeArrayOfDate(String fieldName, LocalDate[] value) {
        add(fieldName, FieldKind.ARRAY_OF_DATE);
    }

    @Override
    public void writeArrayOfTimestamp(String fieldName, LocalDateTime[] value) {
        add(fieldName, FieldKind.ARRAY_OF_TIMESTAMP);
    }

    @Override
    public void writeArrayOfTimestampWithTimezone(String fieldName, OffsetDateTime[] value) {
        add(fieldName, FieldKind.ARRAY_OF_TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public <T> void writeArrayOfCompact(String fieldName, T[] value) {
        add(fieldName, FieldKind.ARRAY_OF_COMPACT);
    }

    @Override
    public void writeNullableBoolean(String fieldName, Boolean value) {
        add(fieldName, FieldKind.NULLABLE_BOOLEAN);
    }

    @Override
    public void writeNullableInt8(String fieldName, Byte value) {
        add(fieldName, FieldKind.NULLABLE_INT8);
    }

    @Override
    public void writeNullableInt16(String fieldName, Short value) {
        add(fieldName, FieldKind.NULLABLE_INT16);
    }

    @Override
    public void writeNullableInt32(String fieldName, Integer value) {
        add(fieldName, FieldKind.NULLABLE_INT32);
    }

    @Override
    public void writeNullableInt64(String fieldName, Long value) {
        add(fieldName, FieldKind.NULLABLE_INT64);
    }

    @Override
    public void writeNullableFloat32(String fieldName, Float value) {
        add(fieldName, FieldKind.NULLABLE_FLOAT32);
    }

    @Override
    public void writeNullableFloat64(String fieldName, Double value) {
        add(fieldName, FieldKind.NULLABLE_FLOAT64);
    }

    @Override
    public void writeArrayOfNullableBoolean(String fieldName, Boolean[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_BOOLEAN);
    }

    @Override
    public void writeArrayOfNullableInt8(String fieldName, Byte[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT8);
    }

    @Override
    public void writeArrayOfNullableInt16(String fieldName, Short[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT16);
    }

    @Override
    public void writeArrayOfNullableInt32(String fieldName, Integer[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT32);
    }

    @Override
    public void writeArrayOfNullableInt64(String fieldName, Long[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT64);
    }

    @Override
    public void writeArrayOfNullableFloat32(String fieldName, Float[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_FLOAT32);
    }

    @Override
    public void writeArrayOfNullableFloat64(String fieldName, Double[] value) {
        add(fieldName, FieldKind.ARRAY_OF_NULLABLE_FLOAT64);
    }
}
