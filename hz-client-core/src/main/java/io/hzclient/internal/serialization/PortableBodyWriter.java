package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableFieldType;
import io.hzclient.serialization.PortableWriter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Writes one Portable body: [int32 end position][int32 field count][offset per field, + 1 for raw data]
 * then each field as [int16 name length][name bytes][type id byte][value]. Positions are absolute in the
 * output, as the members write them; fields land in the table slot of their class definition index.
 */
final class PortableBodyWriter implements PortableWriter {
    private final PortableSerializer portables;
    private final ByteArrayOutput out;
    private final PortableClassDef def;
    private final int begin;
    private final int table;
    private final Set<String> written = new HashSet<>();

    PortableBodyWriter(PortableSerializer portables, ByteArrayOutput out, PortableClassDef def) {
        this.portables = portables;
        this.out = out;
        this.def = def;
        this.begin = out.writeZeros(4);
        out.writeInt(def.fields().size());
        this.table = out.writeZeros((def.fields().size() + 1) * 4);
    }

    void end() {
        out.writeIntAt(begin, out.position());
    }

    private PortableClassDef.Field field(String name, PortableFieldType type) {
        PortableClassDef.Field f = def.byName().get(name);
        if (f == null || f.type() != type) {
            throw new SerializationException("the class definition of Portable class id " + def.classId()
                    + " (version " + def.version() + ") has no " + type + " field '" + name + "'"
                    + (f == null ? "" : " (it is " + f.type() + ")") + "; a Portable must write the same fields every time");
        }
        if (!written.add(name)) {
            throw new SerializationException("the Portable field '" + name + "' is written twice");
        }
        out.writeIntAt(table + f.index() * 4, out.position());
        out.writeShort(name.length());
        for (int i = 0; i < name.length(); i++) {
            out.writeByte(name.charAt(i));
        }
        out.writeByte(type.id());
        return f;
    }

    private <T> void nullable(String name, PortableFieldType type, T value, BiConsumer<ByteArrayOutput, T> writer) {
        field(name, type);
        out.writeBoolean(value == null);
        if (value != null) {
            writer.accept(out, value);
        }
    }

    /** int32 length (-1 null), an absolute offset per item, then the items; items must not be null. */
    private <T> void objects(String name, PortableFieldType type, T[] values, BiConsumer<ByteArrayOutput, T> item) {
        field(name, type);
        out.writeInt(values == null ? -1 : values.length);
        if (values != null && values.length > 0) {
            int offsets = out.writeZeros(values.length * 4);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    throw new SerializationException("the Portable array field '" + name + "' holds a null at " + i);
                }
                out.writeIntAt(offsets + i * 4, out.position());
                item.accept(out, values[i]);
            }
        }
    }

    @Override
    public void writeInt(String fieldName, int value) {
        field(fieldName, PortableFieldType.INT);
        out.writeInt(value);
    }

    @Override
    public void writeLong(String fieldName, long value) {
        field(fieldName, PortableFieldType.LONG);
        out.writeLong(value);
    }

    @Override
    public void writeString(String fieldName, String value) {
        field(fieldName, PortableFieldType.UTF);
        out.writeString(value);
    }

    @Override
    public void writeBoolean(String fieldName, boolean value) {
        field(fieldName, PortableFieldType.BOOLEAN);
        out.writeBoolean(value);
    }

    @Override
    public void writeByte(String fieldName, byte value) {
        field(fieldName, PortableFieldType.BYTE);
        out.writeByte(value);
    }

    @Override
    public void writeChar(String fieldName, int value) {
        field(fieldName, PortableFieldType.CHAR);
        out.writeChar(value);
    }

    @Override
    public void writeDouble(String fieldName, double value) {
        field(fieldName, PortableFieldType.DOUBLE);
        out.writeDouble(value);
    }

    @Override
    public void writeFloat(String fieldName, float value) {
        field(fieldName, PortableFieldType.FLOAT);
        out.writeFloat(value);
    }

    @Override
    public void writeShort(String fieldName, short value) {
        field(fieldName, PortableFieldType.SHORT);
        out.writeShort(value);
    }

    @Override
    public void writePortable(String fieldName, Portable value) {
        PortableClassDef.Field f = field(fieldName, PortableFieldType.PORTABLE);
        out.writeBoolean(value == null);
        out.writeInt(value == null ? f.factoryId() : value.getFactoryId());
        out.writeInt(value == null ? f.classId() : value.getClassId());
        if (value != null) {
            portables.writeBody(out, value);
        }
    }

    @Override
    public void writeNullPortable(String fieldName, int factoryId, int classId) {
        field(fieldName, PortableFieldType.PORTABLE);
        out.writeBoolean(true);
        out.writeInt(factoryId);
        out.writeInt(classId);
    }

    @Override
    public void writeDecimal(String fieldName, BigDecimal value) {
        nullable(fieldName, PortableFieldType.DECIMAL, value, JavaTypeSerializers::writeBigDecimal);
    }

    @Override
    public void writeTime(String fieldName, LocalTime value) {
        nullable(fieldName, PortableFieldType.TIME, value, PortableTimes::writeTime);
    }

    @Override
    public void writeDate(String fieldName, LocalDate value) {
        nullable(fieldName, PortableFieldType.DATE, value, PortableTimes::writeDate);
    }

    @Override
    public void writeTimestamp(String fieldName, LocalDateTime value) {
        nullable(fieldName, PortableFieldType.TIMESTAMP, value, PortableTimes::writeDateTime);
    }

    @Override
    public void writeTimestampWithTimezone(String fieldName, OffsetDateTime value) {
        nullable(fieldName, PortableFieldType.TIMESTAMP_WITH_TIMEZONE, value, PortableTimes::writeOffsetDateTime);
    }

    @Override
    public void writeByteArray(String fieldName, byte[] value) {
        field(fieldName, PortableFieldType.BYTE_ARRAY);
        out.writeByteArray(value);
    }

    @Override
    public void writeBooleanArray(String fieldName, boolean[] value) {
        field(fieldName, PortableFieldType.BOOLEAN_ARRAY);
        out.writeBooleanArray(value);
    }

    @Override
    public void writeCharArray(String fieldName, char[] value) {
        field(fieldName, PortableFieldType.CHAR_ARRAY);
        out.writeCharArray(value);
    }

    @Override
    public void writeIntArray(String fieldName, int[] value) {
        field(fieldName, PortableFieldType.INT_ARRAY);
        out.writeIntArray(value);
    }

    @Override
    public void writeLongArray(String fieldName, long[] value) {
        field(fieldName, PortableFieldType.LONG_ARRAY);
        out.writeLongArray(value);
    }

    @Override
    public void writeDoubleArray(String fieldName, double[] value) {
        field(fieldName, PortableFieldType.DOUBLE_ARRAY);
        out.writeDoubleArray(value);
    }

    @Override
    public void writeFloatArray(String fieldName, float[] value) {
        field(fieldName, PortableFieldType.FLOAT_ARRAY);
        out.writeFloatArray(value);
    }

    @Override
    public void writeShortArray(String fieldName, short[] value) {
        field(fieldName, PortableFieldType.SHORT_ARRAY);
        out.writeShortArray(value);
    }

    @Override
    public void writeStringArray(String fieldName, String[] value) {
        field(fieldName, PortableFieldType.UTF_ARRAY);
        out.writeStringArray(value);
    }

    /** int32 length (-1 null), factory and class id, an absolute offset per item, then each item's body. */
    @Override
    public void writePortableArray(String fieldName, Portable[] value) {
        PortableClassDef.Field f = field(fieldName, PortableFieldType.PORTABLE_ARRAY);
        boolean any = value != null && value.length > 0;
        out.writeInt(value == null ? -1 : value.length);
        out.writeInt(any ? value[0].getFactoryId() : f.factoryId());
        out.writeInt(any ? value[0].getClassId() : f.classId());
        if (any) {
            int offsets = out.writeZeros(value.length * 4);
            for (int i = 0; i < value.length; i++) {
                Portable p = value[i];
                if (p == null || p.getFactoryId() != value[0].getFactoryId() || p.getClassId() != value[0].getClassId()) {
                    throw new SerializationException("the Portable array field '" + fieldName
                            + "' needs items of one class and no nulls; item " + i + " is " + p);
                }
                out.writeIntAt(offsets + i * 4, out.position());
                portables.writeBody(out, p);
            }
        }
    }

    @Override
    public void writeDecimalArray(String fieldName, BigDecimal[] value) {
        objects(fieldName, PortableFieldType.DECIMAL_ARRAY, value, JavaTypeSerializers::writeBigDecimal);
    }

    @Override
    public void writeTimeArray(String fieldName, LocalTime[] value) {
        objects(fieldName, PortableFieldType.TIME_ARRAY, value, PortableTimes::writeTime);
    }

    @Override
    public void writeDateArray(String fieldName, LocalDate[] value) {
        objects(fieldName, PortableFieldType.DATE_ARRAY, value, PortableTimes::writeDate);
    }

    @Override
    public void writeTimestampArray(String fieldName, LocalDateTime[] value) {
        objects(fieldName, PortableFieldType.TIMESTAMP_ARRAY, value, PortableTimes::writeDateTime);
    }

    @Override
    public void writeTimestampWithTimezoneArray(String fieldName, OffsetDateTime[] value) {
        objects(fieldName, PortableFieldType.TIMESTAMP_WITH_TIMEZONE_ARRAY, value, PortableTimes::writeOffsetDateTime);
    }
}
