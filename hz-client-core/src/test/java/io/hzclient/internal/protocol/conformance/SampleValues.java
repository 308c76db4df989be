package io.hzclient.internal.protocol.conformance;

import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Param;
import io.hzclient.internal.protocol.conformance.WireType.Bytes;
import io.hzclient.internal.protocol.conformance.WireType.Custom;
import io.hzclient.internal.protocol.conformance.WireType.EntryList;
import io.hzclient.internal.protocol.conformance.WireType.Fixed;
import io.hzclient.internal.protocol.conformance.WireType.PackedList;
import io.hzclient.internal.protocol.conformance.WireType.Struct;
import io.hzclient.internal.protocol.conformance.WireType.Text;
import io.hzclient.internal.protocol.conformance.WireType.VarList;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.serialization.FieldKind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sample values that are all different from each other (strings s0001, s0002...; longs 1001, 1002...; booleans in
 * turn; Data of different bytes; lists of two different elements), so that two fields of the same type swapped
 * on the wire cannot go unnoticed. Java values for codec arguments, wire values ({@link WireType}) for responses.
 */
final class SampleValues {
    private final SerializationService serialization;
    private final ProtocolDefinitions defs;
    private final Map<Class<?>, Function<SampleValues, Object>> javaSamples = new HashMap<>();
    private final Map<String, Function<SampleValues, Object>> fieldSamples = new HashMap<>();
    private int counter;
    private boolean nulls;

    SampleValues(SerializationService serialization, ProtocolDefinitions defs) {
        this.serialization = serialization;
        this.defs = defs;
    }

    /** With the values the protocol itself restricts: a Compact field's kind must be one the client knows. */
    static SampleValues forProtocol(SerializationService serialization, ProtocolDefinitions defs) {
        FieldKind[] kinds = Arrays.stream(FieldKind.values()).filter(k -> k != FieldKind.NOT_AVAILABLE)
                .toArray(FieldKind[]::new);
        return new SampleValues(serialization, defs)
                .fieldSample("FieldDescriptor.kind", s -> kinds[s.nextInt() % kinds.length].id());
    }

    /** How to make an argument of a type the generic rules do not know. */
    SampleValues javaSample(Class<?> type, Function<SampleValues, Object> sample) {
        javaSamples.put(type, sample);
        return this;
    }

    /**
     * How to make a custom type's field ({@code "FieldDescriptor.kind"}) whose values are restricted, where any
     * other value would (rightly) be refused by a decoder.
     */
    SampleValues fieldSample(String typeAndField, Function<SampleValues, Object> sample) {
        fieldSamples.put(typeAndField, sample);
        return this;
    }

    /** Whether the wire values of nullable params and fields are null (else never). */
    SampleValues nulls(boolean nullable) {
        this.nulls = nullable;
        return this;
    }

    int nextInt() {
        return ++counter;
    }

    long nextLong() {
        return 1000 + ++counter;
    }

    boolean nextBoolean() {
        return ++counter % 2 == 0;
    }

    String nextString() {
        return String.format("s%04d", ++counter);
    }

    UUID nextUuid() {
        int n = ++counter;
        return new UUID(n, -n);
    }

    /** The bytes of a real Data (a serialized string), different every time. */
    byte[] nextDataBytes() {
        return serialization.toDataBytes("d" + nextString());
    }

    // ---- Java arguments

    Object java(Type type) {
        Class<?> raw = raw(type);
        Function<SampleValues, Object> registered = javaSamples.get(raw);
        if (registered != null) {
            return registered.apply(this);
        }
        if (raw == String.class) {
            return nextString();
        }
        if (raw == Data.class || raw == Serialized.class) { // a Data is the Serialized a codec gets most
            return Data.of(nextDataBytes());
        }
        if (raw == byte[].class) {
            return nextDataBytes();
        }
        if (raw == long.class || raw == Long.class) {
            return nextLong();
        }
        if (raw == int.class || raw == Integer.class) {
            return nextInt();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return nextBoolean();
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) nextInt();
        }
        if (raw == UUID.class) {
            return nextUuid();
        }
        if (raw == Object.class) {
            return "o" + nextString(); // a value for the codec to serialize
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < 2; i++) {
                map.put(java(typeArgument(type, 0)), java(typeArgument(type, 1)));
            }
            return map;
        }
        if (raw == Map.Entry.class) {
            return new SimpleImmutableEntry<>(java(typeArgument(type, 0)), java(typeArgument(type, 1)));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                items.add(java(typeArgument(type, 0)));
            }
            return items;
        }
        throw new IllegalArgumentException("no sample value for a parameter of type " + type.getTypeName());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        throw new IllegalArgumentException("no sample value for a parameter of type " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof WildcardType w) {
            return typeArgument(w.getUpperBounds()[0], index);
        }
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("the collection type " + type.getTypeName() + " has no element type");
    }

    // ---- wire values, as FrameWriter takes them

    /** Values for the params, in order (null for a nullable one in {@link #nulls} mode). */
    List<Object> wire(List<Param> params) {
        List<Object> values = new ArrayList<>();
        params.forEach(p -> values.add(wire(p)));
        return values;
    }

    Object wire(Param param) {
        return wire(WireType.of(param.type(), defs), param.nullable());
    }

    /** A restricted sample given as an int, as the field's own fixed type (a byte field's value is a Byte). */
    private static Object asType(Object sample, WireType type) {
        if (sample instanceof Number n && type instanceof Fixed fixed) {
            switch (fixed.name()) {
                case "byte":
                    return n.byteValue();
                case "long":
                    return n.longValue();
                default:
                    return sample;
            }
        }
        return sample;
    }

    private Object wire(WireType type, boolean nullable) {
        if (nullable && nulls) {
            return null;
        }
        if (type instanceof Fixed fixed) {
            switch (fixed.name()) {
                case "boolean":
                    return nextBoolean();
                case "byte":
                    return (byte) nextInt();
                case "int":
                    return nextInt();
                case "long":
                    long n = nextLong();
                    return n << 32 | n; // high bits too, so that a decoder reading an int for a long fails
                case "float":
                    return nextInt() + 0.5f;
                default:
                    return nextUuid();
            }
        }
        if (type instanceof Text) {
            return nextString();
        }
        if (type instanceof Bytes) {
            return nextDataBytes();
        }
        if (type instanceof PackedList list) {
            return List.of(wire(list.element(), false), wire(list.element(), false));
        }
        if (type instanceof VarList list) {
            return List.of(wire(list.element(), false), wire(list.element(), false));
        }
        if (type instanceof EntryList entries) {
            List<Map.Entry<Object, Object>> list = new ArrayList<>();
            // a map (whose order means nothing, so that a receiver may keep it in any order) gets one entry
            for (int i = 0; i < (entries.map() ? 1 : 2); i++) {
                list.add(new SimpleImmutableEntry<>(wire(entries.key(), false), wire(entries.value(), false)));
            }
            return list;
        }
        Custom custom = (Custom) type;
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        for (Param f : custom.fields()) {
            Function<SampleValues, Object> restricted = fieldSamples.get(custom.name() + "." + f.name());
            fields.put(f.name(), restricted != null ? asType(restricted.apply(this), WireType.of(f.type(), defs))
                    : wire(f));
        }
        return new Struct(custom.name(), fields);
    }
}
