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

    /** The version of the class that wrote the data. */
    int getVersion();

    boolean hasField(String fieldName);

    /** The type of the field in the data, or null if the data has no such field. */
    PortableFieldType getFieldType(String fieldName);

    int readInt(String fieldName);

    long readLong(String fieldName);

    String readString(String fieldName);

    boolean readBoolean(String fieldName);

    byte readByte(String fieldName);

    char readChar(String fieldName);

    double readDouble(String fieldName);

    float readFloat(String fieldName);

    short readShort(String fieldName);

    <P extends Portable> P readPortable(String fieldName);

    BigDecimal readDecimal(String fieldName);

    LocalTime readTime(String fieldName);

    LocalDate readDate(String fieldName);

    LocalDateTime readTimestamp(String fieldName);

    OffsetDateTime readTimestampWithTimezone(String fieldName);

    byte[] readByteArray(String fieldName);

    boolean[] readBooleanArray(String fieldName);

    char[] readCharArray(String fieldName);

    int[] readIntArray(String fieldName);

    long[] readLongArray(String fieldName);

    double[] readDoubleArray(String fieldName);

    float[] readFloatArray(String fieldName);

    short[] readShortArray(String fieldName);

    String[] readStringArray(String fieldName);

    Portable[] readPortableArray(String fieldName);

    BigDecimal[] readDecimalArray(String fieldName);

    LocalTime[] readTimeArray(String fieldName);

    LocalDate[] readDateArray(String fieldName);

    LocalDateTime[] readTimestampArray(String fieldName);

    OffsetDateTime[] readTimestampWithTimezoneArray(String fieldName);
}
