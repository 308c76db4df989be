package io.hzclient.serialization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Reads the fields of a Compact value by name. Reading a field the data does not have, or with another kind,
 * throws {@link io.hzclient.SerializationException}; check {@link #getFieldKind} first to read data written by
 * other versions of the class. A nullable and a non-nullable kind read each other (a null read as a primitive fails).
 */
public interface CompactReader {

    /** The kind of the field in the data being read, or {@link FieldKind#NOT_AVAILABLE} if it has no such field. */
    FieldKind getFieldKind(String fieldName);

    boolean readBoolean(String fieldName);

    byte readInt8(String fieldName);

    short readInt16(String fieldName);

    int readInt32(String fieldName);

    long readInt64(String fieldName);

    float readFloat32(String fieldName);

    double readFloat64(String fieldName);

    String readString(String fieldName);

    BigDecimal readDecimal(String fieldName);

    LocalTime readTime(String fieldName);

    LocalDate readDate(String fieldName);

    LocalDateTime readTimestamp(String fieldName);

    OffsetDateTime readTimestampWithTimezone(String fieldName);

    <T> T readCompact(String fieldName);

    boolean[] readArrayOfBoolean(String fieldName);

    byte[] readArrayOfInt8(String fieldName);

    short[] readArrayOfInt16(String fieldName);

    int[] readArrayOfInt32(String fieldName);

    long[] readArrayOfInt64(String fieldName);

    float[] readArrayOfFloat32(String fieldName);

    double[] readArrayOfFloat64(String fieldName);

    String[] readArrayOfString(String fieldName);

    BigDecimal[] readArrayOfDecimal(String fieldName);

    LocalTime[] readArrayOfTime(String fieldName);

    LocalDate[] readArrayOfDate(String fieldName);

    LocalDateTime[] readArrayOfTimestamp(String fieldName);

    OffsetDateTime[] readArrayOfTimestampWithTimezone(String fieldName);

    <T> T[] readArrayOfCompact(String fieldName, Class<T> componentType);

    Boolean readNullableBoolean(String fieldName);

    Byte readNullableInt8(String fieldName);

    Short readNullableInt16(String fieldName);

    Integer readNullableInt32(String fieldName);

    Long readNullableInt64(String fieldName);

    Float readNullableFloat32(String fieldName);

    Double readNullableFloat64(String fieldName);

    Boolean[] readArrayOfNullableBoolean(String fieldName);

    Byte[] readArrayOfNullableInt8(String fieldName);

    Short[] readArrayOfNullableInt16(String fieldName);

    Integer[] readArrayOfNullableInt32(String fieldName);

    Long[] readArrayOfNullableInt64(String fieldName);

    Float[] readArrayOfNullableFloat32(String fieldName);

    Double[] readArrayOfNullableFloat64(String fieldName);
}
