package io.hzclient.internal.protocol.conformance;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Param;
import io.hzclient.internal.protocol.conformance.WireType.Bytes;
import io.hzclient.internal.protocol.conformance.WireType.Custom;
import io.hzclient.internal.protocol.conformance.WireType.EntryList;
import io.hzclient.internal.protocol.conformance.WireType.Fixed;
import io.hzclient.internal.protocol.conformance.WireType.PackedList;
import io.hzclient.internal.protocol.conformance.WireType.Struct;
import io.hzclient.internal.protocol.conformance.WireType.Text;
import io.hzclient.internal.protocol.conformance.WireType.VarList;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decodes a message's frames as a YAML param list lays them out, exactly as the protocol docs say: the fixed-size
 * params in the initial frame in order after the header, then every other param as frames, in order. Strict: a
 * NULL frame for a param that is not nullable, a missing frame or a frame of the wrong kind fails, naming the field.
 */
final class FrameReader {

    /** A param and its value as decoded, in the kinds {@link WireType} lists. */
    record Decoded(Param param, Object value) {
    }

    /** Thrown when the frames do not follow the YAML. */
    static final class WireException extends RuntimeException {
        WireException(String message) {
            super(message);
        }
    }

    private final ClientMessage message;
    private final ProtocolDefinitions defs;
    private final ByteBuffer initial;
    private int next = 1;

    private FrameReader(ClientMessage message, int headerSize, ProtocolDefinitions defs) {
        this.message = message;
        this.defs = defs;
        byte[] content = message.content(0);
        if (content.length < headerSize) {
            throw new WireException("the initial frame has " + content.length + " bytes, less than the header ("
                    + headerSize + ")");
        }
        this.initial = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).position(headerSize);
    }

    /**
     * The params' values in YAML order. {@code headerSize} is where the fixed params start (13 for a response, 16
     * for a request or an event). Fails if anything is left over after the last param.
     */
    static List<Decoded> read(ClientMessage message, int headerSize, List<Param> params, ProtocolDefinitions defs) {
        FrameReader reader = new FrameReader(message, headerSize, defs);
        Object[] values = new Object[params.size()];
        List<WireType> types = params.stream().map(p -> WireType.of(p.type(), defs)).toList();
        for (int i = 0; i < params.size(); i++) {
            if (types.get(i) instanceof Fixed fixed) {
                values[i] = reader.named(params.get(i), () -> fixed(reader.initial, fixed));
            }
        }
        for (int i = 0; i < params.size(); i++) {
            if (!(types.get(i) instanceof Fixed)) {
                Param p = params.get(i);
                WireType type = types.get(i);
                values[i] = reader.named(p, () -> reader.value(type, p.nullable()));
            }
        }
        reader.expectNothingLeft();
        List<Decoded> decoded = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            decoded.add(new Decoded(params.get(i), values[i]));
        }
        return decoded;
    }

    private Object named(Param p, Supplier<Object> read) {
        try {
            return read.get();
        } catch (WireException e) {
            throw new WireException("field '" + p.name() + "' (" + p.type() + "): " + e.getMessage());
        }
    }

    private void expectNothingLeft() {
        if (initial.hasRemaining()) {
            throw new WireException(initial.remaining() + " bytes left in the initial frame after the fixed fields"
                    + " (it has " + initial.limit() + ", the YAML's fields end at " + initial.position() + ")");
        }
        if (next < message.frameCount()) {
            throw new WireException((message.frameCount() - next) + " frame(s) left over after the last field (from"
                    + " frame " + next + ", " + describe(next) + ")");
        }
    }

    static Object fixed(ByteBuffer b, Fixed type) {
        if (b.remaining() < type.size()) {
            throw new WireException("needs " + type.size() + " bytes at offset " + b.position() + " of a frame of "
                    + b.limit());
        }
        switch (type.name()) {
            case "boolean":
                return b.get() != 0;
            case "byte":
                return b.get();
            case "int":
                return b.getInt();
            case "long":
                return b.getLong();
            case "float":
                return b.getFloat();
            case "UUID":
                boolean isNull = b.get() != 0;
                long msb = b.getLong();
                long lsb = b.getLong();
                return isNull ? null : new UUID(msb, lsb);
            default:
                throw new IllegalArgumentException("not a fixed type: " + type.name());
        }
    }

    private Object value(WireType type, boolean nullable) {
        if (nextHas(Frame.IS_NULL)) {
            if (!nullable) {
                throw new WireException("a NULL frame (frame " + next + ") but the field is not nullable");
            }
            next++;
            return null;
        }
        if (type instanceof Text) {
            return new String(content("a String"), StandardCharsets.UTF_8);
        }
        if (type instanceof Bytes) {
            return content("a " + ((Bytes) type).name()).clone();
        }
        if (type instanceof PackedList list) {
            return packed(content("a packed list"), list.element());
        }
        if (type instanceof VarList list) {
            return varList(list);
        }
        if (type instanceof EntryList entries) {
            return entryList(entries);
        }
        if (type instanceof Custom custom) {
            return struct(custom);
        }
        throw new WireException("a fixed-size type outside the fixed fields: " + type);
    }

    private List<Object> varList(VarList list) {
        expect(Frame.BEGIN_DATA_STRUCTURE, "BEGIN of the list");
        List<Object> items = new ArrayList<>();
        while (!nextHas(Frame.END_DATA_STRUCTURE)) {
            items.add(value(list.element(), list.nullElements()));
        }
        next++;
        return items;
    }

    private List<Map.Entry<Object, Object>> entryList(EntryList type) {
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        if (type.key() instanceof Fixed key && type.value() instanceof Fixed value) {
            ByteBuffer b = buffer(content("packed entries"));
            requireWhole(b, key.size() + value.size());
            while (b.hasRemaining()) {
                entries.add(new SimpleImmutableEntry<>(fixed(b, key), fixed(b, value)));
            }
        } else if (type.key() instanceof Fixed key) {
            // the values in BEGIN..END, then one frame of the packed keys
            List<Object> values = varList(new VarList(type.value(), false));
            List<Object> keys = packed(content("the packed keys after END"), key);
            if (keys.size() != values.size()) {
                throw new WireException(keys.size() + " keys for " + values.size() + " values");
            }
            for (int i = 0; i < keys.size(); i++) {
                entries.add(new SimpleImmutableEntry<>(keys.get(i), values.get(i)));
            }
        } else {
            expect(Frame.BEGIN_DATA_STRUCTURE, "BEGIN of the entries");
            while (!nextHas(Frame.END_DATA_STRUCTURE)) {
                Object key = value(type.key(), false);
                entries.add(new SimpleImmutableEntry<>(key, value(type.value(), false)));
            }
            next++;
        }
        return entries;
    }

    private Struct struct(Custom type) {
        expect(Frame.BEGIN_DATA_STRUCTURE, "BEGIN of " + type.name());
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        List<Param> fixed = type.fields().stream().filter(f -> WireType.of(f.type(), defs) instanceof Fixed).toList();
        if (!fixed.isEmpty()) {
            ByteBuffer b = buffer(content("the fixed fields of " + type.name()));
            for (Param f : fixed) {
                fields.put(f.name(), named(f, () -> fixed(b, (Fixed) WireType.of(f.type(), defs))));
            }
            if (b.hasRemaining()) {
                throw new WireException(b.remaining() + " bytes left in the fixed frame of " + type.name());
            }
        }
        for (Param f : type.fields()) {
            WireType fieldType = WireType.of(f.type(), defs);
            if (!(fieldType instanceof Fixed)) {
                fields.put(f.name(), named(f, () -> value(fieldType, f.nullable())));
            }
        }
        // keep the YAML's field order, fixed and variable fields interleaved as declared
        LinkedHashMap<String, Object> ordered = new LinkedHashMap<>();
        type.fields().forEach(f -> ordered.put(f.name(), fields.get(f.name())));
        expect(Frame.END_DATA_STRUCTURE, "END of " + type.name());
        return new Struct(type.name(), ordered);
    }

    private static List<Object> packed(byte[] content, Fixed element) {
        ByteBuffer b = buffer(content);
        requireWhole(b, element.size());
        List<Object> items = new ArrayList<>();
        while (b.hasRemaining()) {
            items.add(fixed(b, element));
        }
        return items;
    }

    private static void requireWhole(ByteBuffer b, int entrySize) {
        if (b.remaining() % entrySize != 0) {
            throw new WireException("a packed frame of " + b.remaining() + " bytes is not a whole number of "
                    + entrySize + "-byte entries");
        }
    }

    private static ByteBuffer buffer(byte[] content) {
        return ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The next frame's content; it must be a plain frame, not BEGIN, END or NULL. */
    private byte[] content(String what) {
        requireFrame(what);
        int structural = Frame.BEGIN_DATA_STRUCTURE | Frame.END_DATA_STRUCTURE | Frame.IS_NULL;
        if ((message.flags(next) & structural) != 0) {
            throw new WireException("expected " + what + " at frame " + next + ", got " + describe(next));
        }
        return message.content(next++);
    }

    private void expect(int flag, String what) {
        requireFrame(what);
        if ((message.flags(next) & flag) == 0) {
            throw new WireException("expected " + what + " at frame " + next + ", got " + describe(next));
        }
        next++;
    }

    private void requireFrame(String what) {
        if (next >= message.frameCount()) {
            throw new WireException("expected " + what + " at frame " + next + ", but the message has only "
                    + message.frameCount() + " frames");
        }
    }

    /** False at the end of the message too: reading on then fails with what was expected there. */
    private boolean nextHas(int flag) {
        return next < message.frameCount() && (message.flags(next) & flag) != 0;
    }

    private String describe(int index) {
        int flags = message.flags(index);
        return (flags & Frame.BEGIN_DATA_STRUCTURE) != 0 ? "a BEGIN frame"
                : (flags & Frame.END_DATA_STRUCTURE) != 0 ? "an END frame"
                : (flags & Frame.IS_NULL) != 0 ? "a NULL frame"
                : "a frame of " + message.content(index).length + " bytes";
    }
}
