package io.hzclient.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Reads a {@link Portable}'s fields by name from data that names its own fields, so a reader can read data
 * written by another version of the class: a field the data lacks reads as its default (0, false, null), and a
 * number reads from a narrower number field. Reading a field of another type fails.
 */
public interface PortableReader {

    /**
     * The version of the class that wrote the data.
     *
     * @return the class version of the data being read
     */
    int getVersion();

    /**
     * Whether the data has a field of that name.
     *
     * @param fieldName the field's name
     * @return true if the data has it
     */
    boolean hasField(String fieldName);

    /**
     * The type of a field in the data.
     *
     * @param fieldName the field's name
     * @return the field's type, or null if the data has no such field
     */
    PortableFieldType getFieldType(String fieldName);

    /**
     * Reads an {@link PortableFieldType#INT} field, or a narrower number field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    int readInt(String fieldName);

    /**
     * Reads a {@link PortableFieldType#LONG} field, or a narrower number field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    long readLong(String fieldName);

    /**
     * Reads an {@link PortableFieldType#UTF} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    String readString(String fieldName);

    /**
     * Reads a {@link PortableFieldType#BOOLEAN} field.
     *
     * @param fieldName the field's name
     * @return the value; false if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    boolean readBoolean(String fieldName);

    /**
     * Reads a {@link PortableFieldType#BYTE} field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    byte readByte(String fieldName);

    /**
     * Reads a {@link PortableFieldType#CHAR} field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    char readChar(String fieldName);

    /**
     * Reads a {@link PortableFieldType#DOUBLE} field, or a narrower number field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    double readDouble(String fieldName);

    /**
     * Reads a {@link PortableFieldType#FLOAT} field, or a narrower number field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    float readFloat(String fieldName);

    /**
     * Reads a {@link PortableFieldType#SHORT} field, or a narrower number field.
     *
     * @param fieldName the field's name
     * @return the value; 0 if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    short readShort(String fieldName);

    /**
     * Reads a {@link PortableFieldType#PORTABLE} field.
     *
     * @param fieldName the field's name
     * @param <P> the class of the nested Portable
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    <P extends Portable> P readPortable(String fieldName);

    /**
     * Reads a {@link PortableFieldType#DECIMAL} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    BigDecimal readDecimal(String fieldName);

    /**
     * Reads a {@link PortableFieldType#TIME} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    LocalTime readTime(String fieldName);

    /**
     * Reads a {@link PortableFieldType#DATE} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    LocalDate readDate(String fieldName);

    /**
     * Reads a {@link PortableFieldType#TIMESTAMP} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    LocalDateTime readTimestamp(String fieldName);

    /**
     * Reads a {@link PortableFieldType#TIMESTAMP_WITH_TIMEZONE} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    OffsetDateTime readTimestampWithTimezone(String fieldName);

    /**
     * Reads a {@link PortableFieldType#BYTE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    byte[] readByteArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#BOOLEAN_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    boolean[] readBooleanArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#CHAR_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    char[] readCharArray(String fieldName);

    /**
     * Reads an {@link PortableFieldType#INT_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    int[] readIntArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#LONG_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    long[] readLongArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#DOUBLE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    double[] readDoubleArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#FLOAT_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    float[] readFloatArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#SHORT_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    short[] readShortArray(String fieldName);

    /**
     * Reads an {@link PortableFieldType#UTF_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    String[] readStringArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#PORTABLE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    Portable[] readPortableArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#DECIMAL_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    BigDecimal[] readDecimalArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#TIME_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    LocalTime[] readTimeArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#DATE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    LocalDate[] readDateArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#TIMESTAMP_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    LocalDateTime[] readTimestampArray(String fieldName);

    /**
     * Reads a {@link PortableFieldType#TIMESTAMP_WITH_TIMEZONE_ARRAY} field.
     *
     * @param fieldName the field's name
     * @return the value, or null; null if the data has no such field
     * @throws io.hzclient.SerializationException if the data has the field with a type this method does not read
     */
    OffsetDateTime[] readTimestampWithTimezoneArray(String fieldName);
}
