package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.FieldKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Writes one Compact object's body laid out by its schema: [int32 data length, if any variable-size field]
 * [fixed-size fields, booleans as bits][variable-size fields][offset table]. Offsets count from the start of the
 * fixed-size area. Call {@link #end()} after the serializer wrote its fields.
 */
final class CompactBodyWriter implements CompactWriter {
    private final CompactStreamSerializer compact;
    private final ByteArrayOutput out;
    private final Schema schema;
    private final int dataStart;
    private final int[] varOffsets;

    CompactBodyWriter(CompactStreamSerializer compact, ByteArrayOutput out, Schema schema) {
        this.compact = compact;
        this.out = out;
        this.schema = schema;
        if (schema.varSizeCount() > 0) {
            out.writeZeros(4);
            varOffsets = new int[schema.varSizeCount()];
            Arrays.fill(varOffsets, -1); // a field the serializer skipped reads as null
        } else {
            varOffsets = null;
        }
        dataStart = out.position();
        out.writeZeros(schema.fixedSizeLength());
    }

    void end() {
        if (varOffsets != null) {
            int dataLength = out.position() - dataStart;
            CompactOffsets.write(out, dataLength, varOffsets);
            out.writeIntAt(dataStart - 4, dataLength);
        }
    }

    private SchemaField field(String name, FieldKind kind) {
        SchemaField f = schema.field(name);
        if (f == null || f.kind() != kind) {
            throw new SerializationException("the schema of " + schema.typeName() + " has no " + kind + " field '"
                    + name + "'" + (f == null ? "" : " (it is " + f.kind() + ")")
                    + "; a Compact serializer must write the same fields every time");
        }
        return f;
    }

    private int fixed(String name, FieldKind kind) {
        return dataStart + field(name, kind).offset();
    }

    private <T> void variable(String name, FieldKind kind, T value, BiConsumer<ByteArrayOutput, T> writer) {
        SchemaField f = field(name, kind);
        if (value == null) {
            varOffsets[f.index()] = -1;
        } else {
            varOffsets[f.index()] = out.position() - dataStart;
            writer.accept(out, value);
        }
    }

    /** An array of variable-size items: [int32 data length][int32 count][items][offset table, -1 for null]. */
    private <T> void variableArray(String name, FieldKind kind, T[] values, BiConsumer<ByteArrayOutput, T> item) {
        variable(name, kind, values, (o, array) -> {
            int lengthAt = o.writeZeros(4);
            o.writeInt(array.length);
            int itemsStart = o.position();
            int[] offsets = new int[array.length];
            for (int i = 0; i < array.length; i++) {
                if (array[i] == null) {
                    offsets[i] = -1;
                } else {
                    offsets[i] = o.position() - itemsStart;
                    item.accept(o, array[i]);
                }
            }
            int dataLength = o.position() - itemsStart;
            o.writeIntAt(lengthAt, dataLength);
            CompactOffsets.write(o, dataLength, offsets);
        });
    }

    @Override
    public void writeBoolean(String fieldName, boolean value) {
        SchemaField f = field(fieldName, FieldKind.BOOLEAN);
        out.writeBitAt(dataStart + f.offset(), f.bit(), value);
    }

    @Override
    public void writeInt8(String fieldName, byte value) {
        out.writeByteAt(fixed(fieldName, FieldKind.INT8), value);
    }

    @Override
    public void writeInt16(String fieldName, short value) {
        out.writeShortAt(fixed(fieldName, FieldKind.INT16), value);
    }

    @Override
    public void writeInt32(String fieldName, int value) {
        out.writeIntAt(fixed(fieldName, FieldKind.INT32), value);
    }

    @Override
    public void writeInt64(String fieldName, long value) {
        out.writeLongAt(fixed(fieldName, FieldKind.INT64), value);
    }

    @Override
    public void writeFloat32(String fieldName, float value) {
        out.writeIntAt(fixed(fieldName, FieldKind.FLOAT32), Float.floatToIntBits(value));
    }

    @Override
    public void writeFloat64(String fieldName, double value) {
        out.writeLongAt(fixed(fieldName, FieldKind.FLOAT64), Double.doubleToLongBits(value));
    }

    @Override
    public void writeString(String fieldName, String value) {
        variable(fieldName, FieldKind.STRING, value, ByteArrayOutput::writeString);
    }

    @Override
    public void writeDecimal(String fieldName, BigDecimal value) {
        variable(fieldName, FieldKind.DECIMAL, value, JavaTypeSerializers::writeBigDecimal);
    }

    @Override
    public void writeTime(String fieldName, LocalTime value) {
        variable(fieldName, FieldKind.TIME, value, JavaTypeSerializers::writeTime);
    }

    @Override
    public void writeDate(String fieldName, LocalDate value) {
        variable(fieldName, FieldKind.DATE, value, JavaTypeSerializers::writeDate);
    }

    @Override
    public void writeTimestamp(String fieldName, LocalDateTime value) {
        variable(fieldName, FieldKind.TIMESTAMP, value, JavaTypeSerializers::writeDateTime);
    }

    @Override
    public void writeTimestampWithTimezone(String fieldName, OffsetDateTime value) {
        variable(fieldName, FieldKind.TIMESTAMP_WITH_TIMEZONE, value, JavaTypeSerializers::writeOffsetDateTime);
    }

    @Override
    public <T> void writeCompact(String fieldName, T value) {
        variable(fieldName, FieldKind.COMPACT, value, compact::writeNested);
    }

    @Override
    public void writeArrayOfBoolean(String fieldName, boolean[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_BOOLEAN, value, CompactBodyWriter::writeBooleanBits);
    }

    /** int32 count, then the booleans packed 8 to a byte, lowest bit first. */
    private static void writeBooleanBits(ByteArrayOutput o, boolean[] values) {
        o.writeInt(values.length);
        int start = o.writeZeros((values.length + 7) / 8);
        for (int i = 0; i < values.length; i++) {
            o.writeBitAt(start + i / 8, i % 8, values[i]);
        }
    }

    @Override
    public void writeArrayOfInt8(String fieldName, byte[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_INT8, value, ByteArrayOutput::writeByteArray);
    }

    @Override
    public void writeArrayOfInt16(String fieldName, short[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_INT16, value, ByteArrayOutput::writeShortArray);
    }

    @Override
    public void writeArrayOfInt32(String fieldName, int[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_INT32, value, ByteArrayOutput::writeIntArray);
    }

    @Override
    public void writeArrayOfInt64(String fieldName, long[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_INT64, value, ByteArrayOutput::writeLongArray);
    }

    @Override
    public void writeArrayOfFloat32(String fieldName, float[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_FLOAT32, value, ByteArrayOutput::writeFloatArray);
    }

    @Override
    public void writeArrayOfFloat64(String fieldName, double[] value) {
        variable(fieldName, FieldKind.ARRAY_OF_FLOAT64, value, ByteArrayOutput::writeDoubleArray);
    }

    @Override
    public void writeArrayOfString(String fieldName, String[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_STRING, value, ByteArrayOutput::writeString);
    }

    @Override
    public void writeArrayOfDecimal(String fieldName, BigDecimal[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_DECIMAL, value, JavaTypeSerializers::writeBigDecimal);
    }

    @Override
    public void writeArrayOfTime(String fieldName, LocalTime[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_TIME, value, JavaTypeSerializers::writeTime);
    }

    @Override
    public void writeArrayOfDate(String fieldName, LocalDate[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_DATE, value, JavaTypeSerializers::writeDate);
    }

    @Override
    public void writeArrayOfTimestamp(String fieldName, LocalDateTime[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_TIMESTAMP, value, JavaTypeSerializers::writeDateTime);
    }

    @Override
    public void writeArrayOfTimestampWithTimezone(String fieldName, OffsetDateTime[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_TIMESTAMP_WITH_TIMEZONE, value,
                JavaTypeSerializers::writeOffsetDateTime);
    }

    @Override
    public <T> void writeArrayOfCompact(String fieldName, T[] value) {
        Class<?>[] itemClass = new Class<?>[1];
        variableArray(fieldName, FieldKind.ARRAY_OF_COMPACT, value, (o, item) -> {
            if (itemClass[0] == null) {
                itemClass[0] = item.getClass();
            } else if (itemClass[0] != item.getClass()) {
                throw new SerializationException("the array of Compact field '" + fieldName + "' mixes "
                        + itemClass[0].getName() + " and " + item.getClass().getName() + "; items must share a class");
            }
            compact.writeNested(o, item);
        });
    }

    @Override
    public void writeNullableBoolean(String fieldName, Boolean value) {
        variable(fieldName, FieldKind.NULLABLE_BOOLEAN, value, ByteArrayOutput::writeBoolean);
    }

    @Override
    public void writeNullableInt8(String fieldName, Byte value) {
        variable(fieldName, FieldKind.NULLABLE_INT8, value, (o, v) -> o.writeByte(v));
    }

    @Override
    public void writeNullableInt16(String fieldName, Short value) {
        variable(fieldName, FieldKind.NULLABLE_INT16, value, (o, v) -> o.writeShort(v));
    }

    @Override
    public void writeNullableInt32(String fieldName, Integer value) {
        variable(fieldName, FieldKind.NULLABLE_INT32, value, ByteArrayOutput::writeInt);
    }

    @Override
    public void writeNullableInt64(String fieldName, Long value) {
        variable(fieldName, FieldKind.NULLABLE_INT64, value, ByteArrayOutput::writeLong);
    }

    @Override
    public void writeNullableFloat32(String fieldName, Float value) {
        variable(fieldName, FieldKind.NULLABLE_FLOAT32, value, ByteArrayOutput::writeFloat);
    }

    @Override
    public void writeNullableFloat64(String fieldName, Double value) {
        variable(fieldName, FieldKind.NULLABLE_FLOAT64, value, ByteArrayOutput::writeDouble);
    }

    @Override
    public void writeArrayOfNullableBoolean(String fieldName, Boolean[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_BOOLEAN, value, ByteArrayOutput::writeBoolean);
    }

    @Override
    public void writeArrayOfNullableInt8(String fieldName, Byte[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT8, value, (o, v) -> o.writeByte(v));
    }

    @Override
    public void writeArrayOfNullableInt16(String fieldName, Short[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT16, value, (o, v) -> o.writeShort(v));
    }

    @Override
    public void writeArrayOfNullableInt32(String fieldName, Integer[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT32, value, ByteArrayOutput::writeInt);
    }

    @Override
    public void writeArrayOfNullableInt64(String fieldName, Long[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_INT64, value, ByteArrayOutput::writeLong);
    }

    @Override
    public void writeArrayOfNullableFloat32(String fieldName, Float[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_FLOAT32, value, ByteArrayOutput::writeFloat);
    }

    @Override
    public void writeArrayOfNullableFloat64(String fieldName, Double[] value) {
        variableArray(fieldName, FieldKind.ARRAY_OF_NULLABLE_FLOAT64, value, ByteArrayOutput::writeDouble);
    }
}
