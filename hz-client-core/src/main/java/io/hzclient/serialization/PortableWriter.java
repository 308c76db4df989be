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

    void writeInt(String fieldName, int value);

    void writeLong(String fieldName, long value);

    void writeString(String fieldName, String value);

    void writeBoolean(String fieldName, boolean value);

    void writeByte(String fieldName, byte value);

    void writeChar(String fieldName, int value);

    void writeDouble(String fieldName, double value);

    void writeFloat(String fieldName, float value);

    void writeShort(String fieldName, short value);

    /** A nested Portable; null is allowed once the field was written non-null, else use writeNullPortable. */
    void writePortable(String fieldName, Portable value);

    void writeNullPortable(String fieldName, int factoryId, int classId);

    void writeDecimal(String fieldName, BigDecimal value);

    void writeTime(String fieldName, LocalTime value);

    void writeDate(String fieldName, LocalDate value);

    void writeTimestamp(String fieldName, LocalDateTime value);

    void writeTimestampWithTimezone(String fieldName, OffsetDateTime value);

    void writeByteArray(String fieldName, byte[] value);

    void writeBooleanArray(String fieldName, boolean[] value);

    void writeCharArray(String fieldName, char[] value);

    void writeIntArray(String fieldName, int[] value);

    void writeLongArray(String fieldName, long[] value);

    void writeDoubleArray(String fieldName, double[] value);

    void writeFloatArray(String fieldName, float[] value);

    void writeShortArray(String fieldName, short[] value);

    void writeStringArray(String fieldName, String[] value);

    void writePortableArray(String fieldName, Portable[] value);

    void writeDecimalArray(String fieldName, BigDecimal[] value);

    void writeTimeArray(String fieldName, LocalTime[] value);

    void writeDateArray(String fieldName, LocalDate[] value);

    void writeTimestampArray(String fieldName, LocalDateTime[] value);

    void writeTimestampWithTimezoneArray(String fieldName, OffsetDateTime[] value);
}
