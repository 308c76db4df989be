package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactWriter;
import io.hzclient.serialization.FieldKind;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.hzclient.serialization.FieldKind.*;

/**
 * How zero-config Compact maps a Java field type to Compact fields, the same way the official Java client does,
 * so both read each other's records: wrappers are nullable kinds, char is INT16, enums are their name,
 * List/Set are arrays, Map is two arrays ("name!keys", "name!values"), any other class is a nested Compact.
 */
final class ZeroConfigFields {

    private ZeroConfigFields() {
    }

    /** Writes and reads one Java field, and knows whether the data has it (in a kind it can read). */
    interface FieldCodec {
        boolean presentIn(CompactReader reader, String name);

        void write(CompactWriter writer, String name, Object value);

        Object read(CompactReader reader, String name);
    }

    interface Writer {
        void write(CompactWriter writer, String name, Object value);
    }

    interface Reader {
        Object read(CompactReader reader, String name);
    }

    /** One Compact field of {@code kind}; data written with its nullable (or non-nullable) twin reads too. */
    record Single(FieldKind kind, FieldKind twin, Writer writer, Reader reader) implements FieldCodec {
        @Override
        public boolean presentIn(CompactReader r, String name) {
            FieldKind inData = r.getFieldKind(name);
            return inData == kind || inData == twin;
        }

        @Override
        public void write(CompactWriter w, String name, Object value) {
            writer.write(w, name, value);
        }

        @Override
        public Object read(CompactReader r, String name) {
            return reader.read(r, name);
        }
    }

    private static final Map<Class<?>, FieldCodec> SCALARS = new HashMap<>();
    private static final Map<Class<?>, FieldCodec> ARRAYS = new HashMap<>();

    static {
        scalar(boolean.class, BOOLEAN, NULLABLE_BOOLEAN, (w, n, v) -> w.writeBoolean(n, (Boolean) v),
                CompactReader::readBoolean);
        scalar(Boolean.class, NULLABLE_BOOLEAN, BOOLEAN, (w, n, v) -> w.writeNullableBoolean(n, (Boolean) v),
                CompactReader::readNullableBoolean);
        scalar(byte.class, INT8, NULLABLE_INT8, (w, n, v) -> w.writeInt8(n, (Byte) v), CompactReader::readInt8);
        scalar(Byte.class, NULLABLE_INT8, INT8, (w, n, v) -> w.writeNullableInt8(n, (Byte) v),
                CompactReader::readNullableInt8);
        scalar(short.class, INT16, NULLABLE_INT16, (w, n, v) -> w.writeInt16(n, (Short) v), CompactReader::readInt16);
        scalar(Short.class, NULLABLE_INT16, INT16, (w, n, v) -> w.writeNullableInt16(n, (Short) v),
                CompactReader::readNullableInt16);
        scalar(char.class, INT16, NULLABLE_INT16, (w, n, v) -> w.writeInt16(n, (short) (char) (Character) v),
                (r, n) -> (char) r.readInt16(n));
        scalar(Character.class, NULLABLE_INT16, INT16,
                (w, n, v) -> w.writeNullableInt16(n, v == null ? null : (short) (char) (Character) v),
                (r, n) -> {
                    Short s = r.readNullableInt16(n);
                    return s == null ? null : (char) (short) s;
                });
        scalar(int.class, INT32, NULLABLE_INT32, (w, n, v) -> w.writeInt32(n, (Integer) v), CompactReader::readInt32);
        scalar(Integer.class, NULLABLE_INT32, INT32, (w, n, v) -> w.writeNullableInt32(n, (Integer) v),
                CompactReader::readNullableInt32);
        scalar(long.class, INT64, NULLABLE_INT64, (w, n, v) -> w.writeInt64(n, (Long) v), CompactReader::readInt64);
        scalar(Long.class, NULLABLE_INT64, INT64, (w, n, v) -> w.writeNullableInt64(n, (Long) v),
                CompactReader::readNullableInt64);
        scalar(float.class, FLOAT32, NULLABLE_FLOAT32, (w, n, v) -> w.writeFloat32(n, (Float) v),
                CompactReader::readFloat32);
        scalar(Float.class, NULLABLE_FLOAT32, FLOAT32, (w, n, v) -> w.writeNullableFloat32(n, (Float) v),
                CompactReader::readNullableFloat32);
        scalar(double.class, FLOAT64, NULLABLE_FLOAT64, (w, n, v) -> w.writeFloat64(n, (Double) v),
                CompactReader::readFloat64);
        scalar(Double.class, NULLABLE_FLOAT64, FLOAT64, (w, n, v) -> w.writeNullableFloat64(n, (Double) v),
                CompactReader::readNullableFloat64);
        scalar(String.class, STRING, STRING, (w, n, v) -> w.writeString(n, (String) v), CompactReader::readString);
        scalar(BigDecimal.class, DECIMAL, DECIMAL, (w, n, v) -> w.writeDecimal(n, (BigDecimal) v),
                CompactReader::readDecimal);
        scalar(LocalTime.class, TIME, TIME, (w, n, v) -> w.writeTime(n, (LocalTime) v), CompactReader::readTime);
        scalar(LocalDate.class, DATE, DATE, (w, n, v) -> w.writeDate(n, (LocalDate) v), CompactReader::readDate);
        scalar(LocalDateTime.class, TIMESTAMP, TIMESTAMP, (w, n, v) -> w.writeTimestamp(n, (LocalDateTime) v),
                CompactReader::readTimestamp);
        scalar(OffsetDateTime.class, TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_WITH_TIMEZONE,
                (w, n, v) -> w.writeTimestampWithTimezone(n, (OffsetDateTime) v),
                CompactReader::readTimestampWithTimezone);

        array(boolean.class, ARRAY_OF_BOOLEAN, ARRAY_OF_NULLABLE_BOOLEAN,
                (w, n, v) -> w.writeArrayOfBoolean(n, (boolean[]) v), CompactReader::readArrayOfBoolean);
        array(Boolean.class, ARRAY_OF_NULLABLE_BOOLEAN, ARRAY_OF_BOOLEAN,
                (w, n, v) -> w.writeArrayOfNullableBoolean(n, (Boolean[]) v), CompactReader::readArrayOfNullableBoolean);
        array(byte.class, ARRAY_OF_INT8, ARRAY_OF_NULLABLE_INT8, (w, n, v) -> w.writeArrayOfInt8(n, (byte[]) v),
                CompactReader::readArrayOfInt8);
        array(Byte.class, ARRAY_OF_NULLABLE_INT8, ARRAY_OF_INT8, (w, n, v) -> w.writeArrayOfNullableInt8(n, (Byte[]) v),
                CompactReader::readArrayOfNullableInt8);
        array(short.class, ARRAY_OF_INT16, ARRAY_OF_NULLABLE_INT16, (w, n, v) -> w.writeArrayOfInt16(n, (short[]) v),
                CompactReader::readArrayOfInt16);
        array(Short.class, ARRAY_OF_NULLABLE_INT16, ARRAY_OF_INT16,
                (w, n, v) -> w.writeArrayOfNullableInt16(n, (Short[]) v), CompactReader::readArrayOfNullableInt16);
        array(char.class, ARRAY_OF_INT16, ARRAY_OF_NULLABLE_INT16,
                (w, n, v) -> w.writeArrayOfInt16(n, charsToShorts((char[]) v)),
                (r, n) -> shortsToChars(r.readArrayOfInt16(n)));
        array(Character.class, ARRAY_OF_NULLABLE_INT16, ARRAY_OF_INT16,
                (w, n, v) -> w.writeArrayOfNullableInt16(n, map((Character[]) v, Short[]::new, c -> (short) (char) c)),
                (r, n) -> map(r.readArrayOfNullableInt16(n), Character[]::new, s -> (char) (short) s));
        array(int.class, ARRAY_OF_INT32, ARRAY_OF_NULLABLE_INT32, (w, n, v) -> w.writeArrayOfInt32(n, (int[]) v),
                CompactReader::readArrayOfInt32);
        array(Integer.class, ARRAY_OF_NULLABLE_INT32, ARRAY_OF_INT32,
                (w, n, v) -> w.writeArrayOfNullableInt32(n, (Integer[]) v), CompactReader::readArrayOfNullableInt32);
        array(long.class, ARRAY_OF_INT64, ARRAY_OF_NULLABLE_INT64, (w, n, v) -> w.writeArrayOfInt64(n, (long[]) v),
                CompactReader::readArrayOfInt64);
        array(Long.class, ARRAY_OF_NULLABLE_INT64, ARRAY_OF_INT64,
                (w, n, v) -> w.writeArrayOfNullableInt64(n, (Long[]) v), CompactReader::readArrayOfNullableInt64);
        array(float.class, ARRAY_OF_FLOAT32, ARRAY_OF_NULLABLE_FLOAT32,
                (w, n, v) -> w.writeArrayOfFloat32(n, (float[]) v), CompactReader::readArrayOfFloat32);
        array(Float.class, ARRAY_OF_NULLABLE_FLOAT32, ARRAY_OF_FLOAT32,
                (w, n, v) -> w.writeArrayOfNullableFloat32(n, (Float[]) v), CompactReader::readArrayOfNullableFloat32);
        array(double.class, ARRAY_OF_FLOAT64, ARRAY_OF_NULLABLE_FLOAT64,
                (w, n, v) -> w.writeArrayOfFloat64(n, (double[]) v), CompactReader::readArrayOfFloat64);
        array(Double.class, ARRAY_OF_NULLABLE_FLOAT64, ARRAY_OF_FLOAT64,
                (w, n, v) -> w.writeArrayOfNullableFloat64(n, (Double[]) v), CompactReader::readArrayOfNullableFloat64);
        array(String.class, ARRAY_OF_STRING, ARRAY_OF_STRING, (w, n, v) -> w.writeArrayOfString(n, (String[]) v),
                CompactReader::readArrayOfString);
        array(BigDecimal.class, ARRAY_OF_DECIMAL, ARRAY_OF_DECIMAL,
                (w, n, v) -> w.writeArrayOfDecimal(n, (BigDecimal[]) v), CompactReader::readArrayOfDecimal);
        array(LocalTime.class, ARRAY_OF_TIME, ARRAY_OF_TIME, (w, n, v) -> w.writeArrayOfTime(n, (LocalTime[]) v),
                CompactReader::readArrayOfTime);
        array(LocalDate.class, ARRAY_OF_DATE, ARRAY_OF_DATE, (w, n, v) -> w.writeArrayOfDate(n, (LocalDate[]) v),
                CompactReader::readArrayOfDate);
        array(LocalDateTime.class, ARRAY_OF_TIMESTAMP, ARRAY_OF_TIMESTAMP,
                (w, n, v) -> w.writeArrayOfTimestamp(n, (LocalDateTime[]) v), CompactReader::readArrayOfTimestamp);
        array(OffsetDateTime.class, ARRAY_OF_TIMESTAMP_WITH_TIMEZONE, ARRAY_OF_TIMESTAMP_WITH_TIMEZONE,
                (w, n, v) -> w.writeArrayOfTimestampWithTimezone(n, (OffsetDateTime[]) v),
                CompactReader::readArrayOfTimestampWithTimezone);
    }

    private static void scalar(Class<?> type, FieldKind kind, FieldKind twin, Writer w, Reader r) {
        SCALARS.put(type, new Single(kind, twin, w, r));
    }

    private static void array(Class<?> component, FieldKind kind, FieldKind twin, Writer w, Reader r) {
        ARRAYS.put(component, new Single(kind, twin, w, r));
    }

    /** The codec for a field declared as {@code type} (with {@code generic} for its type arguments). */
    static FieldCodec codecFor(Class<?> type, Type generic, String where) {
        if (type.isArray()) {
            return arrayCodec(type.getComponentType(), where);
        }
        if (type == List.class || type == ArrayList.class || type == Collection.class) {
            return asCollection(arrayCodec(typeArgument(generic, 0, 1, where), where), typeArgument(generic, 0, 1, where),
                    ArrayList::new);
        }
        if (type == Set.class || type == HashSet.class) {
            return asCollection(arrayCodec(typeArgument(generic, 0, 1, where), where), typeArgument(generic, 0, 1, where),
                    HashSet::new);
        }
        if (type == Map.class || type == HashMap.class) {
            Class<?> k = typeArgument(generic, 0, 2, where);
            Class<?> v = typeArgument(generic, 1, 2, where);
            return new MapCodec(arrayCodec(k, where), arrayCodec(v, where), k, v);
        }
        if (type.isEnum()) {
            return enumCodec(type);
        }
        FieldCodec scalar = SCALARS.get(type);
        if (scalar != null) {
            return scalar;
        }
        return new Single(COMPACT, COMPACT, CompactWriter::writeCompact, CompactReader::readCompact);
    }

    private static FieldCodec arrayCodec(Class<?> component, String where) {
        FieldCodec codec = ARRAYS.get(component);
        if (codec != null) {
            return codec;
        }
        if (component.isEnum()) {
            return new Single(ARRAY_OF_STRING, ARRAY_OF_STRING,
                    (w, n, v) -> w.writeArrayOfString(n, map((Enum<?>[]) v, String[]::new, Enum::name)),
                    (r, n) -> map(r.readArrayOfString(n), size -> (Object[]) Array.newInstance(component, size),
                            s -> enumValue(component, s)));
        }
        if (component.isArray() || component.isPrimitive()) {
            throw new SerializationException(where + ": arrays of " + component.getName()
                    + " are not supported by zero-config Compact; register a CompactSerializer");
        }
        return new Single(ARRAY_OF_COMPACT, ARRAY_OF_COMPACT, (w, n, v) -> w.writeArrayOfCompact(n, (Object[]) v),
                (r, n) -> r.readArrayOfCompact(n, component));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FieldCodec enumCodec(Class<?> type) {
        return new Single(STRING, STRING, (w, n, v) -> w.writeString(n, v == null ? null : ((Enum<?>) v).name()),
                (r, n) -> {
                    String name = r.readString(n);
                    return name == null ? null : enumValue(type, name);
                });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("enum " + type.getName() + " has no constant " + name, e);
        }
    }

    private static Class<?> typeArgument(Type generic, int index, int count, String where) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == count
                && p.getActualTypeArguments()[index] instanceof Class<?> c) {
            return c;
        }
        throw new SerializationException(where + ": zero-config Compact needs the element types of " + generic
                + " as plain classes");
    }

    private static FieldCodec asCollection(FieldCodec arrays, Class<?> element,
                                           Function<List<Object>, Collection<Object>> factory) {
        return new FieldCodec() {
            @Override
            public boolean presentIn(CompactReader r, String name) {
                return arrays.presentIn(r, name);
            }

            @Override
            public void write(CompactWriter w, String name, Object value) {
                arrays.write(w, name, value == null ? null
                        : ((Collection<?>) value).toArray((Object[]) Array.newInstance(element, 0)));
            }

            @Override
            public Object read(CompactReader r, String name) {
                Object[] items = (Object[]) arrays.read(r, name);
                return items == null ? null : factory.apply(Arrays.asList(items));
            }
        };
    }

    /** A map as two arrays of the same length, keys and values. */
    private record MapCodec(FieldCodec keys, FieldCodec values, Class<?> keyType, Class<?> valueType)
            implements FieldCodec {
        @Override
        public boolean presentIn(CompactReader r, String name) {
            return keys.presentIn(r, name + "!keys") && values.presentIn(r, name + "!values");
        }

        @Override
        public void write(CompactWriter w, String name, Object value) {
            Map<?, ?> map = (Map<?, ?>) value;
            keys.write(w, name + "!keys", map == null ? null
                    : map.keySet().toArray((Object[]) Array.newInstance(keyType, 0)));
            values.write(w, name + "!values", map == null ? null
                    : map.values().toArray((Object[]) Array.newInstance(valueType, 0)));
        }

        @Override
        public Object read(CompactReader r, String name) {
            Object[] k = (Object[]) keys.read(r, name + "!keys");
            Object[] v = (Object[]) values.read(r, name + "!values");
            if (k == null || v == null) {
                return null;
            }
            if (k.length != v.length) {
                throw new SerializationException("the map field '" + name + "' has " + k.length + " keys and "
                        + v.length + " values");
            }
            Map<Object, Object> map = new HashMap<>();
            for (int i = 0; i < k.length; i++) {
                map.put(k[i], v[i]);
            }
            return map;
        }
    }

    private static <A, B> B[] map(A[] from, java.util.function.IntFunction<B[]> arrayOf, Function<A, B> f) {
        if (from == null) {
            return null;
        }
        B[] to = arrayOf.apply(from.length);
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i] == null ? null : f.apply(from[i]);
        }
        return to;
    }

    private static short[] charsToShorts(char[] chars) {
        if (chars == null) {
            return null;
        }
        short[] shorts = new short[chars.length];
        for (int i = 0; i < chars.length; i++) {
            shorts[i] = (short) chars[i];
        }
        return shorts;
    }

    private static char[] shortsToChars(short[] shorts) {
        if (shorts == null) {
            return null;
        }
        char[] chars = new char[shorts.length];
        for (int i = 0; i < shorts.length; i++) {
            chars[i] = (char) shorts[i];
        }
        return chars;
    }
}
