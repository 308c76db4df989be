package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.Portable;
import io.hzclient.serialization.PortableFieldType;
import io.hzclient.serialization.PortableReader;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import static io.hzclient.serialization.PortableFieldType.*;

/**
 * Reads one Portable body by field name, from the field names and types the data carries, so it reads whatever
 * version wrote it. Numbers widen (an int field reads as long); a field the data lacks reads as its default.
 * Every position read from the data is checked against the body's bounds.
 */
final class PortableBodyReader implements PortableReader {
    private final PortableSerializer portables;
    private final ByteArrayInput in;
    private final int classId;
    private final int version;
    private final int end;
    private final Map<String, Slot> fields = new HashMap<>();

    /** Where a field's value starts, and its type. */
    private record Slot(int position, PortableFieldType type) {
    }

    PortableBodyReader(PortableSerializer portables, ByteArrayInput in, int classId, int version) {
        this.portables = portables;
        this.in = in;
        this.classId = classId;
        this.version = version;
        int begin = in.position();
        this.end = in.readInt();
        int count = in.readLength(4, "Portable field table");
        if (count < 0) {
            throw bad("field count " + count);
        }
        int table = in.position();
        int dataStart = table + (count + 1) * 4;
        if (end < dataStart || end > in.end() || dataStart > in.end()) {
            throw bad("end position " + end + " (the body starts at " + begin + ")");
        }
        for (int i = 0; i < count; i++) {
            int at = in.readIntAt(table + i * 4);
            if (at < dataStart || at > end - 3) {
                continue; // a field the writer skipped
            }
            int nameLength = in.readShortAt(at);
            if (nameLength < 0 || at + 2 + nameLength + 1 > end) {
                throw bad("field name length " + nameLength);
            }
            String name = new String(in.array(), at + 2, nameLength, StandardCharsets.ISO_8859_1);
            PortableFieldType type = PortableFieldType.of(in.readByteAt(at + 2 + nameLength));
            if (type == null) {
                throw bad("field '" + name + "' has an unknown type id");
            }
            fields.put(name, new Slot(at + 3 + nameLength, type));
        }
    }

    private SerializationException bad(String what) {
        return new SerializationException("corrupt Portable data for class id " + classId + ": " + what);
    }

    void end() {
        in.position(end);
    }

    @Override
    public int getVersion() {
        return version;
    }

    @Override
    public boolean hasField(String fieldName) {
        return fields.containsKey(fieldName);
    }

    @Override
    public PortableFieldType getFieldType(String fieldName) {
        Slot slot = fields.get(fieldName);
        return slot == null ? null : slot.type();
    }

    /** Reads the field with {@code reader} if the data has it in one of the accepted types, else {@code absent}. */
    private <T> T read(String name, T absent, Function<Slot, T> reader, PortableFieldType... accepted) {
        Slot slot = fields.get(name);
        if (slot == null) {
            return absent;
        }
        for (PortableFieldType t : accepted) {
            if (slot.type() == t) {
                int saved = in.position();
                try {
                    in.position(slot.position());
                    return reader.apply(slot);
                } finally {
                    in.position(saved);
                }
            }
        }
        throw new SerializationException("the Portable field '" + name + "' of class id " + classId + " is "
                + slot.type() + ", not " + accepted[0]);
    }

    /** Any integral field, widened to long. */
    private long integral(Slot slot) {
        return switch (slot.type()) {
            case BYTE -> in.readByte();
            case SHORT -> in.readShort();
            case CHAR -> in.readChar();
            case INT -> in.readInt();
            default -> in.readLong();
        };
    }

    private <T> T nullable(Function<ByteArrayInput, T> reader) {
        return in.readBoolean() ? null : reader.apply(in);
    }

    private <T> T[] objects(IntFunction<T[]> arrayOf, Function<ByteArrayInput, T> item) {
        int length = in.readLength(4, "Portable array");
        if (length < 0) {
            return null;
        }
        int offsets = in.position();
        T[] result = arrayOf.apply(length);
        for (int i = 0; i < length; i++) {
            in.position(checked(in.readIntAt(offsets + i * 4)));
            result[i] = item.apply(in);
        }
        return result;
    }

    private int checked(int position) {
        if (position < 0 || position > end) {
            throw bad("item position " + position);
        }
        return position;
    }

    @Override
    public int readInt(String fieldName) {
        return read(fieldName, 0L, this::integral, INT, BYTE, SHORT, CHAR).intValue();
    }

    @Override
    public long readLong(String fieldName) {
        return read(fieldName, 0L, this::integral, LONG, INT, BYTE, SHORT, CHAR);
    }

    @Override
    public short readShort(String fieldName) {
        return read(fieldName, 0L, this::integral, SHORT, BYTE).shortValue();
    }

    @Override
    public byte readByte(String fieldName) {
        return read(fieldName, 0L, this::integral, BYTE).byteValue();
    }

    @Override
    public char readChar(String fieldName) {
        return (char) read(fieldName, 0L, this::integral, CHAR).intValue();
    }

    @Override
    public float readFloat(String fieldName) {
        return read(fieldName, 0f, s -> s.type() == FLOAT ? in.readFloat() : (float) integral(s),
                FLOAT, INT, BYTE, SHORT, CHAR);
    }

    @Override
    public double readDouble(String fieldName) {
        return read(fieldName, 0d, s -> s.type() == DOUBLE ? in.readDouble()
                : s.type() == FLOAT ? in.readFloat() : (double) integral(s), DOUBLE, FLOAT, LONG, INT, BYTE, SHORT, CHAR);
    }

    @Override
    public boolean readBoolean(String fieldName) {
        return read(fieldName, false, s -> in.readBoolean(), BOOLEAN);
    }

    @Override
    public String readString(String fieldName) {
        return read(fieldName, null, s -> in.readString(), UTF);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <P extends Portable> P readPortable(String fieldName) {
        return (P) read(fieldName, null, s -> {
            boolean isNull = in.readBoolean();
            int factoryId = in.readInt();
            int nestedClassId = in.readInt();
            return isNull ? null : portables.readBody(in, factoryId, nestedClassId);
        }, PORTABLE);
    }

    @Override
    public BigDecimal readDecimal(String fieldName) {
        return read(fieldName, null, s -> nullable(JavaTypeSerializers::readBigDecimal), DECIMAL);
    }

    @Override
    public LocalTime readTime(String fieldName) {
        return read(fieldName, null, s -> nullable(PortableTimes::readTime), TIME);
    }

    @Override
    public LocalDate readDate(String fieldName) {
        return read(fieldName, null, s -> nullable(PortableTimes::readDate), DATE);
    }

    @Override
    public LocalDateTime readTimestamp(String fieldName) {
        return read(fieldName, null, s -> nullable(PortableTimes::readDateTime), TIMESTAMP);
    }

    @Override
    public OffsetDateTime readTimestampWithTimezone(String fieldName) {
        return read(fieldName, null, s -> nullable(PortableTimes::readOffsetDateTime), TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public byte[] readByteArray(String fieldName) {
        return read(fieldName, null, s -> in.readByteArray(), BYTE_ARRAY);
    }

    @Override
    public boolean[] readBooleanArray(String fieldName) {
        return read(fieldName, null, s -> in.readBooleanArray(), BOOLEAN_ARRAY);
    }

    @Override
    public char[] readCharArray(String fieldName) {
        return read(fieldName, null, s -> in.readCharArray(), CHAR_ARRAY);
    }

    @Override
    public int[] readIntArray(String fieldName) {
        return read(fieldName, null, s -> in.readIntArray(), INT_ARRAY);
    }

    @Override
    public long[] readLongArray(String fieldName) {
        return read(fieldName, null, s -> in.readLongArray(), LONG_ARRAY);
    }

    @Override
    public double[] readDoubleArray(String fieldName) {
        return read(fieldName, null, s -> in.readDoubleArray(), DOUBLE_ARRAY);
    }

    @Override
    public float[] readFloatArray(String fieldName) {
        return read(fieldName, null, s -> in.readFloatArray(), FLOAT_ARRAY);
    }

    @Override
    public short[] readShortArray(String fieldName) {
        return read(fieldName, null, s -> in.readShortArray(), SHORT_ARRAY);
    }

    @Override
    public String[] readStringArray(String fieldName) {
        return read(fieldName, null, s -> in.readStringArray(), UTF_ARRAY);
    }

    @Override
    public Portable[] readPortableArray(String fieldName) {
        return read(fieldName, null, s -> {
            int length = in.readLength(4, "Portable array");
            int factoryId = in.readInt();
            int nestedClassId = in.readInt();
            if (length < 0) {
                return null;
            }
            int offsets = in.position();
            Portable[] result = new Portable[length];
            for (int i = 0; i < length; i++) {
                in.position(checked(in.readIntAt(offsets + i * 4)));
                result[i] = portables.readBody(in, factoryId, nestedClassId);
            }
            return result;
        }, PORTABLE_ARRAY);
    }

    @Override
    public BigDecimal[] readDecimalArray(String fieldName) {
        return read(fieldName, null, s -> objects(BigDecimal[]::new, JavaTypeSerializers::readBigDecimal), DECIMAL_ARRAY);
    }

    @Override
    public LocalTime[] readTimeArray(String fieldName) {
        return read(fieldName, null, s -> objects(LocalTime[]::new, PortableTimes::readTime), TIME_ARRAY);
    }

    @Override
    public LocalDate[] readDateArray(String fieldName) {
        return read(fieldName, null, s -> objects(LocalDate[]::new, PortableTimes::readDate), DATE_ARRAY);
    }

    @Override
    public LocalDateTime[] readTimestampArray(String fieldName) {
        return read(fieldName, null, s -> objects(LocalDateTime[]::new, PortableTimes::readDateTime), TIMESTAMP_ARRAY);
    }

    @Override
    public OffsetDateTime[] readTimestampWithTimezoneArray(String fieldName) {
        return read(fieldName, null, s -> objects(OffsetDateTime[]::new, PortableTimes::readOffsetDateTime),
                TIMESTAMP_WITH_TIMEZONE_ARRAY);
    }
}
