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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Learns a Portable class definition by letting the class write itself once: fields in call order. */
final class PortableDefRecorder implements PortableWriter {
    private final int factoryId;
    private final int classId;
    private final int version;
    private final List<PortableClassDef.Field> fields = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    PortableDefRecorder(int factoryId, int classId, int version) {
        this.factoryId = factoryId;
        this.classId = classId;
        this.version = version;
    }

    PortableClassDef definition() {
        return PortableClassDef.of(factoryId, classId, version, fields);
    }

    private void add(String name, PortableFieldType type, int nestedFactoryId, int nestedClassId) {
        if (!names.add(name)) {
            throw new SerializationException("the Portable field '" + name + "' of class id " + classId + " is written twice");
        }
        fields.add(new PortableClassDef.Field(name, type, fields.size(), nestedFactoryId, nestedClassId));
    }

    private void add(String name, PortableFieldType type) {
        add(name, type, 0, 0);
    }

    @Override
    public void writeInt(String fieldName, int value) {
        add(fieldName, PortableFieldType.INT);
    }

    @Override
    public void writeLong(String fieldName, long value) {
        add(fieldName, PortableFieldType.LONG);
    }

    @Override
    public void writeString(String fieldName, String value) {
        add(fieldName, PortableFieldType.UTF);
    }

    @Override
    public void writeBoolean(String fieldName, boolean value) {
        add(fieldName, PortableFieldType.BOOLEAN);
    }

    @Override
    public void writeByte(String fieldName, byte value) {
        add(fieldName, PortableFieldType.BYTE);
    }

    @Override
    public void writeChar(String fieldName, int value) {
        add(fieldName, PortableFieldType.CHAR);
    }

    @Override
    public void writeDouble(String fieldName, double value) {
        add(fieldName, PortableFieldType.DOUBLE);
    }

    @Override
    public void writeFloat(String fieldName, float value) {
        add(fieldName, PortableFieldType.FLOAT);
    }

    @Override
    public void writeShort(String fieldName, short value) {
        add(fieldName, PortableFieldType.SHORT);
    }

    @Override
    public void writePortable(String fieldName, Portable value) {
        add(fieldName, PortableFieldType.PORTABLE, value == null ? 0 : value.getFactoryId(),
                value == null ? 0 : value.getClassId());
    }

    @Override
    public void writeDecimal(String fieldName, BigDecimal value) {
        add(fieldName, PortableFieldType.DECIMAL);
    }

    @Override
    public void writeTime(String fieldName, LocalTime value) {
        add(fieldName, PortableFieldType.TIME);
    }

    @Override
    public void writeDate(String fieldName, LocalDate value) {
        add(fieldName, PortableFieldType.DATE);
    }

    @Override
    public void writeTimestamp(String fieldName, LocalDateTime value) {
        add(fieldName, PortableFieldType.TIMESTAMP);
    }

    @Override
    public void writeTimestampWithTimezone(String fieldName, OffsetDateTime value) {
        add(fieldName, PortableFieldType.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public void writeByteArray(String fieldName, byte[] value) {
        add(fieldName, PortableFieldType.BYTE_ARRAY);
    }

    @Override
    public void writeBooleanArray(String fieldName, boolean[] value) {
        add(fieldName, PortableFieldType.BOOLEAN_ARRAY);
    }

    @Override
    public void writeCharArray(String fieldName, char[] value) {
        add(fieldName, PortableFieldType.CHAR_ARRAY);
    }

    @Override
    public void writeIntArray(String fieldName, int[] value) {
        add(fieldName, PortableFieldType.INT_ARRAY);
    }

    @Override
    public void writeLongArray(String fieldName, long[] value) {
        add(fieldName, PortableFieldType.LONG_ARRAY);
    }

    @Override
    public void writeDoubleArray(String fieldName, double[] value) {
        add(fieldName, PortableFieldType.DOUBLE_ARRAY);
    }

    @Override
    public void writeFloatArray(String fieldName, float[] value) {
        add(fieldName, PortableFieldType.FLOAT_ARRAY);
    }

    @Override
    public void writeShortArray(String fieldName, short[] value) {
        add(fieldName, PortableFieldType.SHORT_ARRAY);
    }

    @Override
    public void writeStringArray(String fieldName, String[] value) {
        add(fieldName, PortableFieldType.UTF_ARRAY);
    }

    @Override
    public void writePortableArray(String fieldName, Portable[] value) {
        boolean known = value != null && value.length > 0 && value[0] != null;
        add(fieldName, PortableFieldType.PORTABLE_ARRAY, known ? value[0].getFactoryId() : 0,
                known ? value[0].getClassId() : 0);
    }

    @Override
    public void writeDecimalArray(String fieldName, BigDecimal[] value) {
        add(fieldName, PortableFieldType.DECIMAL_ARRAY);
    }

    @Override
    public void writeTimeArray(String fieldName, LocalTime[] value) {
        add(fieldName, PortableFieldType.TIME_ARRAY);
    }

    @Override
    public void writeDateArray(String fieldName, LocalDate[] value) {
        add(fieldName, PortableFieldType.DATE_ARRAY);
    }

    @Override
    public void writeTimestampArray(String fieldName, LocalDateTime[] value) {
        add(fieldName, PortableFieldType.TIMESTAMP_ARRAY);
    }

    @Override
    public void writeTimestampWithTimezoneArray(String fieldName, OffsetDateTime[] value) {
        add(fieldName, PortableFieldType.TIMESTAMP_WITH_TIMEZONE_ARRAY);
    }

    @Override
    public void writeNullPortable(String fieldName, int nestedFactoryId, int nestedClassId) {
        add(fieldName, PortableFieldType.PORTABLE, nestedFactoryId, nestedClassId);
    }
}
