package io.hzclient.internal.serialization;

import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactRecord;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.FieldKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads any Compact value into a {@link CompactRecord} by the schema in the data (for type names with no class
 * here, e.g. written in another language), and writes a CompactRecord back field by field, kind by kind.
 */
final class CompactRecordSerializer implements CompactSerializer<CompactRecord> {

    @Override
    public Class<CompactRecord> getCompactClass() {
        return CompactRecord.class;
    }

    @Override
    public String getTypeName() {
        throw new UnsupportedOperationException("a CompactRecord carries its own type name");
    }

    static Schema schemaOf(CompactRecord record) {
        return new Schema(record.typeName(), record.kinds().entrySet().stream()
                .map(e -> SchemaField.of(e.getKey(), e.getValue())).toList());
    }

    @Override
    public CompactRecord read(CompactReader reader) {
        Schema schema = ((CompactBodyReader) reader).schema();
        Map<String, FieldKind> kinds = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (SchemaField f : schema.fields()) {
            kinds.put(f.name(), f.kind());
            values.put(f.name(), read(reader, f.name(), f.kind()));
        }
        return new CompactRecord(schema.typeName(), kinds, values);
    }

    private static Object read(CompactReader r, String n, FieldKind kind) {
        return switch (kind) {
            case BOOLEAN -> r.readBoolean(n);
            case INT8 -> r.readInt8(n);
            case INT16 -> r.readInt16(n);
            case INT32 -> r.readInt32(n);
            case INT64 -> r.readInt64(n);
            case FLOAT32 -> r.readFloat32(n);
            case FLOAT64 -> r.readFloat64(n);
            case STRING -> r.readString(n);
            case DECIMAL -> r.readDecimal(n);
            case TIME -> r.readTime(n);
            case DATE -> r.readDate(n);
            case TIMESTAMP -> r.readTimestamp(n);
            case TIMESTAMP_WITH_TIMEZONE -> r.readTimestampWithTimezone(n);
            case COMPACT -> r.readCompact(n);
            case ARRAY_OF_BOOLEAN -> r.readArrayOfBoolean(n);
            case ARRAY_OF_INT8 -> r.readArrayOfInt8(n);
            case ARRAY_OF_INT16 -> r.readArrayOfInt16(n);
            case ARRAY_OF_INT32 -> r.readArrayOfInt32(n);
            case ARRAY_OF_INT64 -> r.readArrayOfInt64(n);
            case ARRAY_OF_FLOAT32 -> r.readArrayOfFloat32(n);
            case ARRAY_OF_FLOAT64 -> r.readArrayOfFloat64(n);
            case ARRAY_OF_STRING -> r.readArrayOfString(n);
            case ARRAY_OF_DECIMAL -> r.readArrayOfDecimal(n);
            case ARRAY_OF_TIME -> r.readArrayOfTime(n);
            case ARRAY_OF_DATE -> r.readArrayOfDate(n);
            case ARRAY_OF_TIMESTAMP -> r.readArrayOfTimestamp(n);
            case ARRAY_OF_TIMESTAMP_WITH_TIMEZONE -> r.readArrayOfTimestampWithTimezone(n);
            case ARRAY_OF_COMPACT -> r.readArrayOfCompact(n, Object.class);
            case NULLABLE_BOOLEAN -> r.readNullableBoolean(n);
            case NULLABLE_INT8 -> r.readNullableInt8(n);
            case NULLABLE_INT16 -> r.readNullableInt16(n);
            case NULLABLE_INT32 -> r.readNullableInt32(n);
            case NULLABLE_INT64 -> r.readNullableInt64(n);
            case NULLABLE_FLOAT32 -> r.readNullableFloat32(n);
            case NULLABLE_FLOAT64 -> r.readNullableFloat64(n);
            case ARRAY_OF_NULLABLE_BOOLEAN -> r.readArrayOfNullableBoolean(n);
            case ARRAY_OF_NULLABLE_INT8 -> r.readArrayOfNullableInt8(n);
            case ARRAY_OF_NULLABLE_INT16 -> r.readArrayOfNullableInt16(n);
            case ARRAY_OF_NULLABLE_INT32 -> r.readArrayOfNullableInt32(n);
            case ARRAY_OF_NULLABLE_INT64 -> r.readArrayOfNullableInt64(n);
            case ARRAY_OF_NULLABLE_FLOAT32 -> r.readArrayOfNullableFloat32(n);
            case ARRAY_OF_NULLABLE_FLOAT64 -> r.readArrayOfNullableFloat64(n);
            default -> throw new io.hzclient.SerializationException("the Compact field '" + n + "' has kind " + kind
                    + ", which this client cannot read");
        };
    }

    @Override
    public void write(CompactWriter writer, CompactRecord record) {
        for (String name : record.fieldNames()) {
            write(writer, name, record.fieldKind(name), record.get(name));
        }
    }

    private static void write(CompactWriter w, String n, FieldKind kind, Object v) {
        switch (kind) {
            case BOOLEAN -> w.writeBoolean(n, (Boolean) v);
            case INT8 -> w.writeInt8(n, (Byte) v);
            case INT16 -> w.writeInt16(n, (Short) v);
            case INT32 -> w.writeInt32(n, (Integer) v);
            case INT64 -> w.writeInt64(n, (Long) v);
            case FLOAT32 -> w.writeFloat32(n, (Float) v);
            case FLOAT64 -> w.writeFloat64(n, (Double) v);
            case STRING -> w.writeString(n, (String) v);
            case DECIMAL -> w.writeDecimal(n, (BigDecimal) v);
            case TIME -> w.writeTime(n, (LocalTime) v);
            case DATE -> w.writeDate(n, (LocalDate) v);
            case TIMESTAMP -> w.writeTimestamp(n, (LocalDateTime) v);
            case TIMESTAMP_WITH_TIMEZONE -> w.writeTimestampWithTimezone(n, (OffsetDateTime) v);
            case COMPACT -> w.writeCompact(n, v);
            case ARRAY_OF_BOOLEAN -> w.writeArrayOfBoolean(n, (boolean[]) v);
            case ARRAY_OF_INT8 -> w.writeArrayOfInt8(n, (byte[]) v);
            case ARRAY_OF_INT16 -> w.writeArrayOfInt16(n, (short[]) v);
            case ARRAY_OF_INT32 -> w.writeArrayOfInt32(n, (int[]) v);
            case ARRAY_OF_INT64 -> w.writeArrayOfInt64(n, (long[]) v);
            case ARRAY_OF_FLOAT32 -> w.writeArrayOfFloat32(n, (float[]) v);
            case ARRAY_OF_FLOAT64 -> w.writeArrayOfFloat64(n, (double[]) v);
            case ARRAY_OF_STRING -> w.writeArrayOfString(n, (String[]) v);
            case ARRAY_OF_DECIMAL -> w.writeArrayOfDecimal(n, (BigDecimal[]) v);
            case ARRAY_OF_TIME -> w.writeArrayOfTime(n, (LocalTime[]) v);
            case ARRAY_OF_DATE -> w.writeArrayOfDate(n, (LocalDate[]) v);
            case ARRAY_OF_TIMESTAMP -> w.writeArrayOfTimestamp(n, (LocalDateTime[]) v);
            case ARRAY_OF_TIMESTAMP_WITH_TIMEZONE -> w.writeArrayOfTimestampWithTimezone(n, (OffsetDateTime[]) v);
            case ARRAY_OF_COMPACT -> w.writeArrayOfCompact(n, (Object[]) v);
            case NULLABLE_BOOLEAN -> w.writeNullableBoolean(n, (Boolean) v);
            case NULLABLE_INT8 -> w.writeNullableInt8(n, (Byte) v);
            case NULLABLE_INT16 -> w.writeNullableInt16(n, (Short) v);
            case NULLABLE_INT32 -> w.writeNullableInt32(n, (Integer) v);
            case NULLABLE_INT64 -> w.writeNullableInt64(n, (Long) v);
            case NULLABLE_FLOAT32 -> w.writeNullableFloat32(n, (Float) v);
            case NULLABLE_FLOAT64 -> w.writeNullableFloat64(n, (Double) v);
            case ARRAY_OF_NULLABLE_BOOLEAN -> w.writeArrayOfNullableBoolean(n, (Boolean[]) v);
            case ARRAY_OF_NULLABLE_INT8 -> w.writeArrayOfNullableInt8(n, (Byte[]) v);
            case ARRAY_OF_NULLABLE_INT16 -> w.writeArrayOfNullableInt16(n, (Short[]) v);
            case ARRAY_OF_NULLABLE_INT32 -> w.writeArrayOfNullableInt32(n, (Integer[]) v);
            case ARRAY_OF_NULLABLE_INT64 -> w.writeArrayOfNullableInt64(n, (Long[]) v);
            case ARRAY_OF_NULLABLE_FLOAT32 -> w.writeArrayOfNullableFloat32(n, (Float[]) v);
            case ARRAY_OF_NULLABLE_FLOAT64 -> w.writeArrayOfNullableFloat64(n, (Double[]) v);
            default -> throw new io.hzclient.SerializationException("the Compact field '" + n + "' has kind " + kind
                    + ", which this client cannot write");
        }
    }
}
