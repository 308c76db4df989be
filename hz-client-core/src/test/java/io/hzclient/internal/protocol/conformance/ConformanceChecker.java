package io.hzclient.internal.protocol.conformance;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.conformance.FrameReader.Decoded;
import io.hzclient.internal.protocol.conformance.FrameReader.WireException;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Event;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Method;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Param;
import io.hzclient.internal.protocol.conformance.WireType.Bytes;
import io.hzclient.internal.protocol.conformance.WireType.Custom;
import io.hzclient.internal.protocol.conformance.WireType.EntryList;
import io.hzclient.internal.protocol.conformance.WireType.Fixed;
import io.hzclient.internal.protocol.conformance.WireType.PackedList;
import io.hzclient.internal.protocol.conformance.WireType.Struct;
import io.hzclient.internal.protocol.conformance.WireType.VarList;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks codec methods against the protocol's YAML: a request a codec built, against the arguments it was built
 * from; a decoder, against a response or an event laid out from the YAML with sample values. A field is matched to
 * an argument or an accessor of the same name (ignoring case), else through a {@link Binding}. Every failure is an
 * {@link AssertionError} naming the message and the field.
 */
final class ConformanceChecker {

    /**
     * How a YAML field maps to a Java name where the two differ: the Java argument (request) or accessor (decoded
     * value) it is, and a function from that Java value to the field's wire value. A constant has no Java name.
     */
    record Binding(String javaName, Function<Object, Object> toWire) {
        static Binding named(String javaName) {
            return new Binding(javaName, Function.identity());
        }

        static Binding derived(String javaName, Function<Object, Object> toWire) {
            return new Binding(javaName, toWire);
        }

        static Binding constant(Object wireValue) {
            return new Binding(null, ignored -> wireValue);
        }
    }

    /** In a decoded struct: a field the client does not read (it has no accessor). */
    private static final Object NOT_READ = new Object() {
        @Override
        public String toString() {
            return "(not read)";
        }
    };

    private final ProtocolDefinitions defs;
    private final SerializationService serialization;
    private final Map<String, Map<String, Binding>> bindings;

    /**
     * @param bindings by {@code "Service.method"} for a request, {@code "Service.method#response"},
     *                 {@code "Service.method#EventName"}, or a custom type's name; then by YAML field name
     */
    ConformanceChecker(ProtocolDefinitions defs, SerializationService serialization,
                       Map<String, Map<String, Binding>> bindings) {
        this.defs = defs;
        this.serialization = serialization;
        this.bindings = bindings;
    }

    // ---- requests

    /** As {@link #checkRequest(ClientMessage, Map, Map)} with no state. */
    Method checkRequest(ClientMessage request, Map<String, Object> arguments) {
        return checkRequest(request, arguments, Map.of());
    }

    /**
     * Checks a request a codec method built from {@code arguments} (by Java parameter name; services it used left
     * out), each of which must be a field, and {@code state} (a codec object's constructor arguments), which may
     * be; returns the YAML method the request is.
     */
    Method checkRequest(ClientMessage request, Map<String, Object> arguments, Map<String, Object> state) {
        Method m = defs.method(request.messageType());
        if (m == null) {
            throw new AssertionError(String.format("message type 0x%06X is no request of the protocol%s",
                    request.messageType(), (request.messageType() & 0xFF) != 0 ? " (a request's type ends in 00)" : ""));
        }
        String context = m + " request";
        if (request.isRetryable() != m.retryable()) {
            throw new AssertionError(context + ": retryable is " + request.isRetryable() + " but the protocol says "
                    + m.retryable());
        }
        List<Decoded> decoded = decode(context, () -> FrameReader.read(request,
                ClientMessage.REQUEST_HEADER_SIZE, m.request(), defs));
        Map<String, Object> all = new LinkedHashMap<>(state);
        all.putAll(arguments);
        Map<String, Object> unused = new LinkedHashMap<>(arguments);
        String key = m.service() + "." + m.name();
        for (Decoded d : decoded) {
            // a binding applies where its argument is there (one message is built by methods of other names)
            Binding binding = bindings.getOrDefault(key, Map.of()).get(d.param().name());
            if (binding != null && binding.javaName() != null && find(all.keySet(), binding.javaName()) == null) {
                binding = null;
            }
            String name = find(all.keySet(), binding != null ? binding.javaName() : d.param().name());
            if (name == null && binding == null) {
                throw new AssertionError(context + ": field '" + d.param().name() + "' (" + d.param().type()
                        + ") matches no argument of the codec method " + all.keySet()
                        + "; rename the argument or bind it");
            }
            Object java = name == null ? null : all.get(name);
            if (name != null) {
                unused.remove(name);
            }
            compare(context, d.param(), binding != null ? binding.toWire().apply(java) : java, d.value(), true,
                    "the argument");
        }
        if (!unused.isEmpty()) {
            throw new AssertionError(context + ": argument(s) " + unused.keySet() + " match no field of the protocol "
                    + m.request().stream().map(Param::name).toList());
        }
        return m;
    }

    /**
     * A codec method named after a protocol method must build that method's request: methods of one layout (put,
     * set, putTransient...) differ in nothing but their id, which the fields then cannot catch.
     */
    void checkCodecMethodName(Method m, String codecMethodName) {
        if (!m.name().equals(codecMethodName)) {
            throw new AssertionError(m + " is built by the codec method '" + codecMethodName + "': a wrong message id?");
        }
    }

    // ---- responses and events

    /** Runs {@code decoder} on a response laid out from the YAML (once with samples, once with nulls if any). */
    void checkResponse(Method m, Function<ClientMessage, ?> decoder, SampleValues samples) {
        for (boolean nulls : nullVariants(m.response())) {
            List<Object> values = samples.nulls(nulls).wire(m.response());
            ClientMessage response = FrameWriter.response(m.responseType(), m.response(), values, defs);
            checkDecoded(m + " response", m.service() + "." + m.name() + "#response", m.response(), values,
                    decodeWith(m + " response", decoder, response));
        }
    }

    /** As {@link #checkResponse}, for one of the method's events. */
    void checkEvent(Method m, Event event, Function<ClientMessage, ?> decoder, SampleValues samples) {
        String context = String.format("%s.%s event %s (0x%06X)", m.service(), m.name(), event.name(),
                event.messageType());
        for (boolean nulls : nullVariants(event.params())) {
            List<Object> values = samples.nulls(nulls).wire(event.params());
            ClientMessage message = FrameWriter.event(event.messageType(), event.params(), values, defs);
            checkDecoded(context, m.service() + "." + m.name() + "#" + event.name(), event.params(), values,
                    decodeWith(context, decoder, message));
        }
    }

    /** An operation name (metrics, tracing) must be the protocol's: {@code Map.Get}. */
    void checkOperationName(Method m, String operationName) {
        if (!m.operationName().equals(operationName)) {
            throw new AssertionError(m + ": operation name is '" + operationName + "' but the protocol's is '"
                    + m.operationName() + "'");
        }
    }

    private static List<Boolean> nullVariants(List<Param> params) {
        return params.stream().anyMatch(Param::nullable) ? List.of(false, true) : List.of(false);
    }

    private static Object decodeWith(String context, Function<ClientMessage, ?> decoder, ClientMessage message) {
        try {
            return decoder.apply(message);
        } catch (RuntimeException e) {
            throw new AssertionError(context + ": the decoder failed on a message laid out as the YAML says: " + e, e);
        }
    }

    /** One field: the decoded value is the field; several: the value's accessors are the fields, by name. */
    private void checkDecoded(String context, String key, List<Param> params, List<Object> wire, Object result) {
        if (params.isEmpty()) {
            return;
        }
        if (params.size() == 1) {
            compare(context, params.get(0), result, wire.get(0), false, "the decoder's result");
            return;
        }
        if (result == null) {
            throw new AssertionError(context + ": the decoder returned null for " + params.size() + " fields");
        }
        List<String> matched = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            Accessor accessor = accessor(p, key, result);
            if (accessor != null) {
                compare(context, p, accessor.value(result), wire.get(i), false,
                        "the decoder's " + accessor.method().getName() + "()");
                matched.add(accessor.method().getName());
            }
        }
        if (matched.isEmpty()) {
            throw new AssertionError(context + ": the decoder's " + result.getClass().getSimpleName()
                    + " has no accessor for any of the fields " + params.stream().map(Param::name).toList());
        }
        if (result.getClass().isRecord()) {
            for (RecordComponent c : result.getClass().getRecordComponents()) {
                if (!matched.contains(c.getName())) {
                    throw new AssertionError(context + ": the decoder's " + result.getClass().getSimpleName() + "."
                            + c.getName() + " matches no field " + params.stream().map(Param::name).toList()
                            + "; rename it or bind it");
                }
            }
        }
    }

    /** A field's accessor on a Java value, and the binding that led to it (if any). */
    private record Accessor(java.lang.reflect.Method method, Binding binding) {
        Object value(Object owner) {
            Object value = invoke(method, owner);
            return binding != null ? binding.toWire().apply(value) : value;
        }
    }

    /** The accessor of {@code owner} for a field (plain, get or is): its binding's where there is one, else its own. */
    private Accessor accessor(Param field, String key, Object owner) {
        Binding binding = bindings.getOrDefault(key, Map.of()).get(field.name());
        if (binding != null && binding.javaName() != null) {
            java.lang.reflect.Method method = method(owner.getClass(), binding.javaName());
            if (method != null) {
                return new Accessor(method, binding);
            }
        }
        java.lang.reflect.Method method = method(owner.getClass(), field.name());
        return method == null ? null : new Accessor(method, null);
    }

    private static java.lang.reflect.Method method(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
                String n = method.getName();
                if (method.getParameterCount() == 0 && method.getReturnType() != void.class && !method.isSynthetic()
                        && (n.equalsIgnoreCase(name) || n.equalsIgnoreCase("get" + name)
                        || n.equalsIgnoreCase("is" + name))) {
                    method.setAccessible(true);
                    return method;
                }
            }
        }
        return null;
    }

    private static Object invoke(java.lang.reflect.Method accessor, Object owner) {
        try {
            return accessor.invoke(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(accessor + " failed", e.getCause());
        }
    }

    // ---- comparing

    private void compare(String context, Param p, Object java, Object wire, boolean strict, String javaSide) {
        Object expected;
        try {
            expected = toWire(java, WireType.of(p.type(), defs), strict);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(context + ": field '" + p.name() + "' (" + p.type() + "): " + e.getMessage());
        }
        if (!same(expected, wire)) {
            throw new AssertionError(context + ": field '" + p.name() + "' (" + p.type() + ") is " + show(wire)
                    + " on the wire but " + javaSide + " is " + show(expected));
        }
    }

    /** A Java value as the wire value it should be: Data as its bytes, collections as lists, objects as structs. */
    private Object toWire(Object java, WireType type, boolean strict) {
        if (java == null) {
            return null;
        }
        if (type instanceof Fixed fixed) {
            Object value = java instanceof Enum<?> e ? enumId(e) : java;
            switch (fixed.name()) {
                case "byte":
                    return value instanceof Number n ? n.byteValue() : value;
                case "int":
                    return value instanceof Number n ? n.intValue() : value;
                case "long":
                    return value instanceof Number n ? n.longValue() : value;
                case "float":
                    return value instanceof Number n ? n.floatValue() : value;
                default:
                    return value;
            }
        }
        if (type instanceof Bytes) {
            return java instanceof Data d ? d.toByteArray() : java instanceof byte[] ? java
                    : serialization.toDataBytes(java); // an object the codec serializes itself
        }
        if (type instanceof PackedList list) {
            return elements(java).stream().map(e -> toWire(e, list.element(), strict)).toList();
        }
        if (type instanceof VarList list) {
            return elements(java).stream().map(e -> toWire(e, list.element(), strict)).toList();
        }
        if (type instanceof EntryList entries) {
            Collection<?> source = java instanceof Map<?, ?> map ? map.entrySet() : (Collection<?>) java;
            List<Map.Entry<Object, Object>> list = source.stream().map(e -> (Map.Entry<?, ?>) e)
                    .map(e -> new SimpleImmutableEntry<>(toWire(e.getKey(), entries.key(), strict),
                            toWire(e.getValue(), entries.value(), strict)))
                    .collect(Collectors.toList());
            // a map that keeps no order (a decoder's HashMap) matches the entries in any order
            return java instanceof Map<?, ?> && !(java instanceof LinkedHashMap<?, ?>) ? new Unordered(list) : list;
        }
        if (type instanceof Custom custom) {
            return struct(java, custom, strict);
        }
        return java;
    }

    private Struct struct(Object java, Custom type, boolean strict) {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        for (Param f : type.fields()) {
            WireType fieldType = WireType.of(f.type(), defs);
            if (java instanceof Struct s) {
                fields.put(f.name(), toWire(s.fields().get(f.name()), fieldType, strict));
                continue;
            }
            Binding binding = bindings.getOrDefault(type.name(), Map.of()).get(f.name());
            if (binding != null && binding.javaName() == null) { // a constant: what the client always writes
                fields.put(f.name(), toWire(binding.toWire().apply(null), fieldType, strict));
                continue;
            }
            Accessor accessor = accessor(f, type.name(), java);
            if (accessor == null) {
                if (strict) {
                    throw new IllegalArgumentException(java.getClass().getSimpleName() + " has no accessor for the "
                            + type.name() + " field '" + f.name() + "'");
                }
                fields.put(f.name(), NOT_READ); // the client need not read every field it is sent
                continue;
            }
            fields.put(f.name(), toWire(accessor.value(java), fieldType, strict));
        }
        return new Struct(type.name(), fields);
    }

    private static Object enumId(Enum<?> e) {
        try {
            return e.getClass().getMethod("id").invoke(e); // protocol enums carry their wire id
        } catch (ReflectiveOperationException noId) {
            throw new IllegalArgumentException("the enum " + e.getClass().getSimpleName() + " has no id()");
        }
    }

    private static List<?> elements(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return items;
        }
        throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " is no list");
    }

    /** Entries of a Java map without an order of its own. */
    private record Unordered(List<Map.Entry<Object, Object>> entries) {
        @Override
        public String toString() {
            return show(entries) + " (any order)";
        }
    }

    /** Equal as wire values: bytes by content, lists element by element, structs field by field. */
    static boolean same(Object expected, Object wire) {
        if (expected == NOT_READ) {
            return true;
        }
        if (expected instanceof Unordered u && wire instanceof List<?> b) {
            List<Object> left = new ArrayList<>(b);
            for (Map.Entry<Object, Object> e : u.entries()) {
                int match = 0;
                while (match < left.size() && !same(e, left.get(match))) {
                    match++;
                }
                if (match == left.size()) {
                    return false;
                }
                left.remove(match);
            }
            return left.isEmpty();
        }
        if (expected == null || wire == null) {
            return expected == wire;
        }
        if (expected instanceof byte[] a && wire instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (expected instanceof List<?> a && wire instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map.Entry<?, ?> a && wire instanceof Map.Entry<?, ?> b) {
            return same(a.getKey(), b.getKey()) && same(a.getValue(), b.getValue());
        }
        if (expected instanceof Struct a && wire instanceof Struct b) {
            return a.type().equals(b.type()) && a.fields().keySet().equals(b.fields().keySet())
                    && a.fields().keySet().stream().allMatch(k -> same(a.fields().get(k), b.fields().get(k)));
        }
        return expected.equals(wire);
    }

    static String show(Object value) {
        if (value instanceof byte[] b) {
            return "bytes[" + b.length + "] " + HexFormat.of().formatHex(b, 0, Math.min(b.length, 24))
                    + (b.length > 24 ? "..." : "");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ConformanceChecker::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map.Entry<?, ?> e) {
            return show(e.getKey()) + "=" + show(e.getValue());
        }
        if (value instanceof Struct s) {
            return s.type() + s.fields().entrySet().stream().map(e -> e.getKey() + "=" + show(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value instanceof String ? "\"" + value + "\"" : Objects.toString(value);
    }

    private static List<Decoded> decode(String context, Supplier<List<Decoded>> read) {
        try {
            return read.get();
        } catch (WireException e) {
            throw new AssertionError(context + ": " + e.getMessage());
        }
    }

    /** The name in {@code names} equal to {@code name} but for case, or null. */
    private static String find(Collection<String> names, String name) {
        if (name == null) {
            return null;
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
