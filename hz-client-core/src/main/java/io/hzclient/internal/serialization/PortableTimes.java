package io.hzclient.internal.serialization;

import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Dates and times as Portable writes them: unlike the other formats, the year is an int16. */
final class PortableTimes {

    private PortableTimes() {
    }

    static void writeDate(ObjectDataOutput out, LocalDate v) {
        out.writeShort(v.getYear());
        out.writeByte(v.getMonthValue());
        out.writeByte(v.getDayOfMonth());
    }

    static LocalDate readDate(ObjectDataInput in) {
        return LocalDate.of(in.readShort(), in.readByte(), in.readByte());
    }

    static void writeDateTime(ObjectDataOutput out, LocalDateTime v) {
        writeDate(out, v.toLocalDate());
        JavaTypeSerializers.writeTime(out, v.toLocalTime());
    }

    static LocalDateTime readDateTime(ObjectDataInput in) {
        return LocalDateTime.of(readDate(in), JavaTypeSerializers.readTime(in));
    }

    static void writeOffsetDateTime(ObjectDataOutput out, OffsetDateTime v) {
        writeDateTime(out, v.toLocalDateTime());
        out.writeInt(v.getOffset().getTotalSeconds());
    }

    static OffsetDateTime readOffsetDateTime(ObjectDataInput in) {
        return OffsetDateTime.of(readDateTime(in), ZoneOffset.ofTotalSeconds(in.readInt()));
    }

    static void writeTime(ObjectDataOutput out, LocalTime v) {
        JavaTypeSerializers.writeTime(out, v);
    }

    static LocalTime readTime(ObjectDataInput in) {
        return JavaTypeSerializers.readTime(in);
    }
}
