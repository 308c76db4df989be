package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.FieldKind;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.function.IntFunction;

import static io.hzclient.serialization.FieldKind.*;

/**
 * Reads one Compact object's fields by name, by the schema it was written with (which may be another version
 * of the class than ours). Every offset read from the data is checked against the object's bounds. The input is
 * left just after this object, so a caller can go on reading.
 * <p>Over 400 lines on purpose: one short method per {@link CompactReader} method (46 of them), each a line of
 * kind dispatch; splitting them would scatter the rules of which kinds read as which.
 */
final class CompactBodyReader implements CompactReader {
    private final CompactStreamSerializer compact;
    private final ByteArrayInput in;
    private final Schema schema;
    private final int dataStart;
    private final int tableStart;
    private final int offsetWidth;
    private final boolean schemasInline;

    CompactBodyReader(CompactStreamSerializer compact, ByteArrayInput in, Schema schema, boolean schemasInline) {
        this.compact = compact;
        this.schemasInline = schemasInline;
        this.in = in;
        this.schema = schema;
        if (schema.varSizeCount() > 0) {
            int dataLength = in.readInt();
            dataStart = in.position();
            if (dataLength < schema.fixedSizeLength() || dataLength > in.end() - dataStart) {
                throw bad("data length " + dataLength);
            }
            offsetWidth = CompactOffsets.width(dataLength);
            tableStart = dataStart + dataLength;
            long end = tableStart + (long) schema.varSizeCount() * offsetWidth;
            if (end > in.end()) {
                throw bad("offset table past the end of the data");
            }
            in.position((int) end);
        } else {
            dataStart = in.position();
            tableStart = -1;
            offsetWidth = 0;
            if (schema.fixedSizeLength() > in.end() - dataStart) {
                throw bad("fixed-size fields past the end of the data");
            }
            in.position(dataStart + schema.fixedSizeLength());
        }
    }

    /** The schema the data was written with. */
    Schema schema() {
        return schema;
    }

    private SerializationException bad(String what) {
        return new SerializationException("corrupt Compact data for " + schema.typeName() + ": " + what);
    }

    @Override
    public FieldKind getFieldKind(String fieldName) {
        SchemaField f = schema.field(fieldName);
        return f == null ? NOT_AVAILABLE : f.kind();
    }

    private SchemaField field(String name, FieldKind kind, FieldKind alternative) {
        SchemaField f = schema.field(name);
        if (f == null || f.kind() != kind && f.kind() != alternative) {
            throw new SerializationException("the data of " + schema.typeName() + " has no " + kind + " field '"
                    + name + "'" + (f == null ? "; check getFieldKind() to read data of other versions"
                    : " (it is " + f.kind() + ")"));
        }
        return f;
    }

    private int fixedAt(SchemaField f) {
        return dataStart + f.offset();
    }

    private <T> T variable(SchemaField f, Function<ByteArrayInput, T> reader) {
        int offset = CompactOffsets.read(in, tableStart, f.index(), offsetWidth);
        if (offset == -1) {
            return null;
        }
        if (offset < 0 || offset > tableStart - dataStart) {
            throw bad("offset " + offset + " of field '" + f.name() + "'");
        }
        int saved = in.position();
        try {
            in.position(dataStart + offset);
            return reader.apply(in);
        } finally {
            in.position(saved);
        }
    }

    private <T> T nonNull(SchemaField f, Function<ByteArrayInput, T> reader) {
        T value = variable(f, reader);
        if (value == null) {
            throw new SerializationException("the field '" + f.name() + "' of " + schema.typeName()
                    + " is null and cannot be read as a primitive; read it with a nullable method");
        }
        return value;
    }

    /** [int32 data length][int32 count][items][offset table]: an item per non-null slot. */
    private static <T> T[] items(ByteArrayInput in, IntFunction<T[]> arrayOf, Function<ByteArrayInput, T> item) {
        int dataLength = in.readInt();
        int count = in.readInt();
        int itemsStart = in.position();
        int width = CompactOffsets.width(dataLength);
        if (dataLength < 0 || count < 0 || dataLength > in.end() - itemsStart
                || (long) count * width > in.end() - itemsStart - dataLength) {
            throw new SerializationException("corrupt Compact array: " + count + " items in " + dataLength + " bytes");
        }
        T[] result = arrayOf.apply(count);
        int table = itemsStart + dataLength;
        for (int i = 0; i < count; i++) {
            int offset = CompactOffsets.read(in, table, i, width);
            if (offset != -1) {
                if (offset < 0 || offset > dataLength) {
                    throw new SerializationException("corrupt Compact array: item offset " + offset);
                }
                in.position(itemsStart + offset);
                result[i] = item.apply(in);
            }
        }
        return result;
    }

    private <T> T[] nullableItems(String name, FieldKind kind, FieldKind primitiveKind, IntFunction<T[]> arrayOf,
                                  Function<ByteArrayInput, T> item, Function<ByteArrayInput, T[]> boxedPrimitives) {
        SchemaField f = field(name, kind, primitiveKind);
        return f.kind() == kind ? variable(f, i -> items(i, arrayOf, item)) : variable(f, boxedPrimitives);
    }

    /** A primitive array read from either kind; a null item in a nullable array cannot become a primitive. */
    private <T> Object primitives(String name, FieldKind kind, FieldKind nullableKind,
                                  Function<ByteArrayInput, Object> primitiveReader, IntFunction<T[]> arrayOf,
                                  Function<ByteArrayInput, T> item, Class<?> primitive) {
        SchemaField f = field(name, kind, nullableKind);
        if (f.kind() == kind) {
            return variable(f, primitiveReader);
        }
        T[] boxed = variable(f, i -> items(i, arrayOf, item));
        if (boxed == null) {
            return null;
        }
        Object result = Array.newInstance(primitive, boxed.length);
        for (int i = 0; i < boxed.length; i++) {
            if (boxed[i] == null) {
                throw new SerializationException("the array field '" + name + "' of " + schema.typeName()
                        + " holds a null at " + i + "; read it with readArrayOfNullable...");
            }
            Array.set(result, i, boxed[i]);
        }
        return result;
    }

    @Override
    public boolean readBoolean(String fieldName) {
        SchemaField f = field(fieldName, BOOLEAN, NULLABLE_BOOLEAN);
        return f.kind() == BOOLEAN ? (in.readByteAt(fixedAt(f)) >> f.bit() & 1) != 0
                : nonNull(f, ByteArrayInput::readBoolean);
    }

    @Override
    public byte readInt8(String fieldName) {
        SchemaField f = field(fieldName, INT8, NULLABLE_INT8);
        return f.kind() == INT8 ? in.readByteAt(fixedAt(f)) : nonNull(f, ByteArrayInput::readByte);
    }

    @Override
    public short readInt16(String fieldName) {
        SchemaField f = field(fieldName, INT16, NULLABLE_INT16);
        return f.kind() == INT16 ? in.readShortAt(fixedAt(f)) : nonNull(f, ByteArrayInput::readShort);
    }

    @Override
    public int readInt32(String fieldName) {
        SchemaField f = field(fieldName, INT32, NULLABLE_INT32);
        return f.kind() == INT32 ? in.readIntAt(fixedAt(f)) : nonNull(f, ByteArrayInput::readInt);
    }

    @Override
    public long readInt64(String fieldName) {
        SchemaField f = field(fieldName, INT64, NULLABLE_INT64);
        return f.kind() == INT64 ? in.readLongAt(fixedAt(f)) : nonNull(f, ByteArrayInput::readLong);
    }

    @Override
    public float readFloat32(String fieldName) {
        SchemaField f = field(fieldName, FLOAT32, NULLABLE_FLOAT32);
        return f.kind() == FLOAT32 ? Float.intBitsToFloat(in.readIntAt(fixedAt(f)))
                : nonNull(f, ByteArrayInput::readFloat);
    }

    @Override
    public double readFloat64(String fieldName) {
        SchemaField f = field(fieldName, FLOAT64, NULLABLE_FLOAT64);
        return f.kind() == FLOAT64 ? Double.longBitsToDouble(in.readLongAt(fixedAt(f)))
                : nonNull(f, ByteArrayInput::readDouble);
    }

    @Override
    public Boolean readNullableBoolean(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_BOOLEAN, BOOLEAN);
        return f.kind() == BOOLEAN ? readBoolean(fieldName) : variable(f, ByteArrayInput::readBoolean);
    }

    @Override
    public Byte readNullableInt8(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_INT8, INT8);
        return f.kind() == INT8 ? readInt8(fieldName) : variable(f, ByteArrayInput::readByte);
    }

    @Override
    public Short readNullableInt16(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_INT16, INT16);
        return f.kind() == INT16 ? readInt16(fieldName) : variable(f, ByteArrayInput::readShort);
    }

    @Override
    public Integer readNullableInt32(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_INT32, INT32);
        return f.kind() == INT32 ? readInt32(fieldName) : variable(f, ByteArrayInput::readInt);
    }

    @Override
    public Long readNullableInt64(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_INT64, INT64);
        return f.kind() == INT64 ? readInt64(fieldName) : variable(f, ByteArrayInput::readLong);
    }

    @Override
    public Float readNullableFloat32(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_FLOAT32, FLOAT32);
        return f.kind() == FLOAT32 ? readFloat32(fieldName) : variable(f, ByteArrayInput::readFloat);
    }

    @Override
    public Double readNullableFloat64(String fieldName) {
        SchemaField f = field(fieldName, NULLABLE_FLOAT64, FLOAT64);
        return f.kind() == FLOAT64 ? readFloat64(fieldName) : variable(f, ByteArrayInput::readDouble);
    }

    @Override
    public String readString(String fieldName) {
        return variable(field(fieldName, STRING, STRING), ByteArrayInput::readString);
    }

    @Override
    public BigDecimal readDecimal(String fieldName) {
        return variable(field(fieldName, DECIMAL, DECIMAL), JavaTypeSerializers::readBigDecimal);
    }

    @Override
    public LocalTime readTime(String fieldName) {
        return variable(field(fieldName, TIME, TIME), JavaTypeSerializers::readTime);
    }

    @Override
    public LocalDate readDate(String fieldName) {
        return variable(field(fieldName, DATE, DATE), JavaTypeSerializers::readDate);
    }

    @Override
    public LocalDateTime readTimestamp(String fieldName) {
        return variable(field(fieldName, TIMESTAMP, TIMESTAMP), JavaTypeSerializers::readDateTime);
    }

    @Override
    public OffsetDateTime readTimestampWithTimezone(String fieldName) {
        return variable(field(fieldName, TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_WITH_TIMEZONE),
                JavaTypeSerializers::readOffsetDateTime);
    }

    @Override
    public <T> T readCompact(String fieldName) {
        return variable(field(fieldName, COMPACT, COMPACT), i -> compact.readNested(i, schemasInline));
    }

    @Override
    public boolean[] readArrayOfBoolean(String fieldName) {
        return (boolean[]) primitives(fieldName, ARRAY_OF_BOOLEAN, ARRAY_OF_NULLABLE_BOOLEAN,
                CompactBodyReader::readBooleanBits, Boolean[]::new, ByteArrayInput::readBoolean, boolean.class);
    }

    private static boolean[] readBooleanBits(ByteArrayInput in) {
        int count = in.readInt();
        if (count < 0 || (count + 7L) / 8 > in.available()) {
            throw new SerializationException("corrupt Compact boolean array of " + count + " items");
        }
        int start = in.position();
        boolean[] result = new boolean[count];
        for (int i = 0; i < count; i++) {
            result[i] = (in.readByteAt(start + i / 8) >> (i % 8) & 1) != 0;
        }
        in.position(start + (count + 7) / 8);
        return result;
    }

    @Override
    public byte[] readArrayOfInt8(String fieldName) {
        return (byte[]) primitives(fieldName, ARRAY_OF_INT8, ARRAY_OF_NULLABLE_INT8, ByteArrayInput::readByteArray,
                Byte[]::new, ByteArrayInput::readByte, byte.class);
    }

    @Override
    public short[] readArrayOfInt16(String fieldName) {
        return (short[]) primitives(fieldName, ARRAY_OF_INT16, ARRAY_OF_NULLABLE_INT16,
                ByteArrayInput::readShortArray, Short[]::new, ByteArrayInput::readShort, short.class);
    }

    @Override
    public int[] readArrayOfInt32(String fieldName) {
        return (int[]) primitives(fieldName, ARRAY_OF_INT32, ARRAY_OF_NULLABLE_INT32, ByteArrayInput::readIntArray,
                Integer[]::new, ByteArrayInput::readInt, int.class);
    }

    @Override
    public long[] readArrayOfInt64(String fieldName) {
        return (long[]) primitives(fieldName, ARRAY_OF_INT64, ARRAY_OF_NULLABLE_INT64, ByteArrayInput::readLongArray,
                Long[]::new, ByteArrayInput::readLong, long.class);
    }

    @Override
    public float[] readArrayOfFloat32(String fieldName) {
        return (float[]) primitives(fieldName, ARRAY_OF_FLOAT32, ARRAY_OF_NULLABLE_FLOAT32,
                ByteArrayInput::readFloatArray, Float[]::new, ByteArrayInput::readFloat, float.class);
    }

    @Override
    public double[] readArrayOfFloat64(String fieldName) {
        return (double[]) primitives(fieldName, ARRAY_OF_FLOAT64, ARRAY_OF_NULLABLE_FLOAT64,
                ByteArrayInput::readDoubleArray, Double[]::new, ByteArrayInput::readDouble, double.class);
    }

    @Override
    public Boolean[] readArrayOfNullableBoolean(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_BOOLEAN, ARRAY_OF_BOOLEAN, Boolean[]::new,
                ByteArrayInput::readBoolean, i -> box(readBooleanBits(i), Boolean[]::new));
    }

    @Override
    public Byte[] readArrayOfNullableInt8(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_INT8, ARRAY_OF_INT8, Byte[]::new,
                ByteArrayInput::readByte, i -> box(i.readByteArray(), Byte[]::new));
    }

    @Override
    public Short[] readArrayOfNullableInt16(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_INT16, ARRAY_OF_INT16, Short[]::new,
                ByteArrayInput::readShort, i -> box(i.readShortArray(), Short[]::new));
    }

    @Override
    public Integer[] readArrayOfNullableInt32(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_INT32, ARRAY_OF_INT32, Integer[]::new,
                ByteArrayInput::readInt, i -> box(i.readIntArray(), Integer[]::new));
    }

    @Override
    public Long[] readArrayOfNullableInt64(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_INT64, ARRAY_OF_INT64, Long[]::new,
                ByteArrayInput::readLong, i -> box(i.readLongArray(), Long[]::new));
    }

    @Override
    public Float[] readArrayOfNullableFloat32(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_FLOAT32, ARRAY_OF_FLOAT32, Float[]::new,
                ByteArrayInput::readFloat, i -> box(i.readFloatArray(), Float[]::new));
    }

    @Override
    public Double[] readArrayOfNullableFloat64(String fieldName) {
        return nullableItems(fieldName, ARRAY_OF_NULLABLE_FLOAT64, ARRAY_OF_FLOAT64, Double[]::new,
                ByteArrayInput::readDouble, i -> box(i.readDoubleArray(), Double[]::new));
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] box(Object primitiveArray, IntFunction<T[]> arrayOf) {
        if (primitiveArray == null) {
            return null;
        }
        T[] result = arrayOf.apply(Array.getLength(primitiveArray));
        for (int i = 0; i < result.length; i++) {
            result[i] = (T) Array.get(primitiveArray, i);
        }
        return result;
    }

    @Override
    public String[] readArrayOfString(String fieldName) {
        return variable(field(fieldName, ARRAY_OF_STRING, ARRAY_OF_STRING),
                i -> items(i, String[]::new, ByteArrayInput::readString));
    }

    @Override
    public BigDecimal[] readArrayOfDecimal(String fieldName) {
        return variable(field(fieldName, ARRAY_OF_DECIMAL, ARRAY_OF_DECIMAL),
                i -> items(i, BigDecimal[]::new, JavaTypeSerializers::readBigDecimal));
    }

    @Override
    public LocalTime[] readArrayOfTime(String fieldName) {
        return variable(field(fieldName, ARRAY_OF_TIME, ARRAY_OF_TIME),
                i -> items(i, LocalTime[]::new, JavaTypeSerializers::readTime));
    }

    @Override
    public LocalDate[] readArrayOfDate(String fieldName) {
        return variable(field(fieldName, ARRAY_OF_DATE, ARRAY_OF_DATE),
                i -> items(i, LocalDate[]::new, JavaTypeSerializers::readDate));
    }

    @Override
    public LocalDateTime[] readArrayOfTimestamp(String fieldName) {
        return variable(field(fieldName, ARRAY_OF_TIMESTAMP, ARRAY_OF_TIMESTAMP),
                i -> items(i, LocalDateTime[]::new, JavaTypeSerializers::readDateTime));
    }

    @Override
    public OffsetDateTime[] readArrayOfTimestampWithTimezone(String fieldName) {
        return variable(field(fieldName, ARRAY_OF_TIMESTAMP_WITH_TIMEZONE, ARRAY_OF_TIMESTAMP_WITH_TIMEZONE),
                i -> items(i, OffsetDateTime[]::new, JavaTypeSerializers::readOffsetDateTime));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] readArrayOfCompact(String fieldName, Class<T> componentType) {
        return variable(field(fieldName, ARRAY_OF_COMPACT, ARRAY_OF_COMPACT),
                i -> items(i, n -> (T[]) Array.newInstance(componentType, n), c -> compact.readNested(c, schemasInline)));
    }
}
