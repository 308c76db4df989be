package io.hzclient.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Where a {@link Portable} writes its fields, by name. The first write of a class (per factory id, class id and
 * version) fixes its class definition: the fields, in the order written, with their types.
 */
public interface PortableWriter {

    /**
     * Writes an {@link PortableFieldType#INT} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeInt(String fieldName, int value);

    /**
     * Writes a {@link PortableFieldType#LONG} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeLong(String fieldName, long value);

    /**
     * Writes an {@link PortableFieldType#UTF} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeString(String fieldName, String value);

    /**
     * Writes a {@link PortableFieldType#BOOLEAN} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeBoolean(String fieldName, boolean value);

    /**
     * Writes a {@link PortableFieldType#BYTE} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeByte(String fieldName, byte value);

    /**
     * Writes a {@link PortableFieldType#CHAR} field: the low 16 bits of {@code value}.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeChar(String fieldName, int value);

    /**
     * Writes a {@link PortableFieldType#DOUBLE} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeDouble(String fieldName, double value);

    /**
     * Writes a {@link PortableFieldType#FLOAT} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeFloat(String fieldName, float value);

    /**
     * Writes a {@link PortableFieldType#SHORT} field.
     *
     * @param fieldName the field's name
     * @param value     the value
     */
    void writeShort(String fieldName, short value);

    /**
     * Writes a nested Portable ({@link PortableFieldType#PORTABLE}); null is allowed once the field was written
     * non-null, else use {@link #writeNullPortable}.
     *
     * @param fieldName the field's name
     * @param value     the nested value
     */
    void writePortable(String fieldName, Portable value);

    /**
     * Writes a null nested Portable, naming its class so the field's type is known.
     *
     * @param fieldName the field's name
     * @param factoryId the factory id of the field's Portable class
     * @param classId   the class id of the field's Portable class
     */
    void writeNullPortable(String fieldName, int factoryId, int classId);

    /**
     * Writes a {@link PortableFieldType#DECIMAL} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDecimal(String fieldName, BigDecimal value);

    /**
     * Writes a {@link PortableFieldType#TIME} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTime(String fieldName, LocalTime value);

    /**
     * Writes a {@link PortableFieldType#DATE} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDate(String fieldName, LocalDate value);

    /**
     * Writes a {@link PortableFieldType#TIMESTAMP} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimestamp(String fieldName, LocalDateTime value);

    /**
     * Writes a {@link PortableFieldType#TIMESTAMP_WITH_TIMEZONE} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimestampWithTimezone(String fieldName, OffsetDateTime value);

    /**
     * Writes a {@link PortableFieldType#BYTE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeByteArray(String fieldName, byte[] value);

    /**
     * Writes a {@link PortableFieldType#BOOLEAN_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeBooleanArray(String fieldName, boolean[] value);

    /**
     * Writes a {@link PortableFieldType#CHAR_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeCharArray(String fieldName, char[] value);

    /**
     * Writes an {@link PortableFieldType#INT_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeIntArray(String fieldName, int[] value);

    /**
     * Writes a {@link PortableFieldType#LONG_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeLongArray(String fieldName, long[] value);

    /**
     * Writes a {@link PortableFieldType#DOUBLE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDoubleArray(String fieldName, double[] value);

    /**
     * Writes a {@link PortableFieldType#FLOAT_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeFloatArray(String fieldName, float[] value);

    /**
     * Writes a {@link PortableFieldType#SHORT_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeShortArray(String fieldName, short[] value);

    /**
     * Writes an {@link PortableFieldType#UTF_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeStringArray(String fieldName, String[] value);

    /**
     * Writes a {@link PortableFieldType#PORTABLE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writePortableArray(String fieldName, Portable[] value);

    /**
     * Writes a {@link PortableFieldType#DECIMAL_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDecimalArray(String fieldName, BigDecimal[] value);

    /**
     * Writes a {@link PortableFieldType#TIME_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimeArray(String fieldName, LocalTime[] value);

    /**
     * Writes a {@link PortableFieldType#DATE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeDateArray(String fieldName, LocalDate[] value);

    /**
     * Writes a {@link PortableFieldType#TIMESTAMP_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimestampArray(String fieldName, LocalDateTime[] value);

    /**
     * Writes a {@link PortableFieldType#TIMESTAMP_WITH_TIMEZONE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @param value     the value; null is allowed
     */
    void writeTimestampWithTimezoneArray(String fieldName, OffsetDateTime[] value);
}
