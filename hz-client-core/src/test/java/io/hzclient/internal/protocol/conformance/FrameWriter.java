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

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a response or an event from a YAML param list and values of the kinds {@link WireType} lists: the
 * mirror of {@link FrameReader}, written from the protocol docs alone (never from our codecs), so that a decoder
 * under test meets a message laid out as a member would lay it out.
 */
final class FrameWriter {
    private static final byte[] EMPTY = new byte[0];

    private final ProtocolDefinitions defs;
    private final List<Frame> frames = new ArrayList<>();

    private FrameWriter(ProtocolDefinitions defs) {
        this.defs = defs;
    }

    /** A request: type, correlation id, partition id -1 (16 bytes), then the params. */
    static ClientMessage request(int messageType, List<Param> params, List<Object> values, ProtocolDefinitions defs) {
        return new FrameWriter(defs).message(messageType, ClientMessage.REQUEST_HEADER_SIZE, 0, params, values);
    }

    /** A response: type, correlation id, backup acks (13 bytes), then the params. */
    static ClientMessage response(int messageType, List<Param> params, List<Object> values, ProtocolDefinitions defs) {
        return new FrameWriter(defs).message(messageType, ClientMessage.RESPONSE_HEADER_SIZE, 0, params, values);
    }

    /** An event: type, correlation id, partition id -1 (16 bytes), IS_EVENT, then the params. */
    static ClientMessage event(int messageType, List<Param> params, List<Object> values, ProtocolDefinitions defs) {
        return new FrameWriter(defs).message(messageType, ClientMessage.REQUEST_HEADER_SIZE, Frame.IS_EVENT, params,
                values);
    }

    private ClientMessage message(int messageType, int headerSize, int flags, List<Param> params, List<Object> values) {
        ByteArrayOutputStream initial = new ByteArrayOutputStream();
        initial.writeBytes(le(4).putInt(messageType).array());
        initial.writeBytes(le(8).putLong(0).array()); // correlation id
        if (headerSize == ClientMessage.REQUEST_HEADER_SIZE) {
            initial.writeBytes(le(4).putInt(-1).array()); // partition id
        } else {
            initial.write(0); // backup acks
        }
        frames.add(null); // the initial frame, made once the fixed params are in
        for (int i = 0; i < params.size(); i++) {
            WireType type = WireType.of(params.get(i).type(), defs);
            if (type instanceof Fixed fixed) {
                initial.writeBytes(fixed(fixed, values.get(i)));
            } else {
                value(type, values.get(i));
            }
        }
        frames.set(0, new Frame(initial.toByteArray(), Frame.UNFRAGMENTED | flags));
        return new ClientMessage(frames);
    }

    static byte[] fixed(Fixed type, Object value) {
        switch (type.name()) {
            case "boolean":
                return new byte[] {(byte) ((Boolean) value ? 1 : 0)};
            case "byte":
                return new byte[] {((Number) value).byteValue()};
            case "int":
                return le(4).putInt(((Number) value).intValue()).array();
            case "long":
                return le(8).putLong(((Number) value).longValue()).array();
            case "float":
                return le(4).putFloat(((Number) value).floatValue()).array();
            case "UUID":
                UUID uuid = (UUID) value;
                return uuid == null ? le(17).put((byte) 1).array()
                        : le(17).put((byte) 0).putLong(uuid.getMostSignificantBits())
                                .putLong(uuid.getLeastSignificantBits()).array();
            default:
                throw new IllegalArgumentException("not a fixed type: " + type.name());
        }
    }

    private void value(WireType type, Object value) {
        if (value == null) {
            frames.add(new Frame(EMPTY, Frame.IS_NULL));
        } else if (type instanceof Text) {
            frames.add(new Frame(((String) value).getBytes(StandardCharsets.UTF_8)));
        } else if (type instanceof Bytes) {
            frames.add(new Frame((byte[]) value));
        } else if (type instanceof PackedList list) {
            frames.add(new Frame(packed(list.element(), (List<?>) value)));
        } else if (type instanceof VarList list) {
            frames.add(new Frame(EMPTY, Frame.BEGIN_DATA_STRUCTURE));
            ((List<?>) value).forEach(item -> value(list.element(), item));
            frames.add(new Frame(EMPTY, Frame.END_DATA_STRUCTURE));
        } else if (type instanceof EntryList entries) {
            entryList(entries, (List<?>) value);
        } else if (type instanceof Custom custom) {
            struct(custom, (Struct) value);
        } else {
            throw new IllegalArgumentException("a fixed-size type outside the fixed fields: " + type);
        }
    }

    private void entryList(EntryList type, List<?> entries) {
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Object e : entries) {
            keys.add(((Map.Entry<?, ?>) e).getKey());
            values.add(((Map.Entry<?, ?>) e).getValue());
        }
        if (type.key() instanceof Fixed key && type.value() instanceof Fixed value) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int i = 0; i < keys.size(); i++) {
                b.writeBytes(fixed(key, keys.get(i)));
                b.writeBytes(fixed(value, values.get(i)));
            }
            frames.add(new Frame(b.toByteArray()));
        } else if (type.key() instanceof Fixed key) {
            value(new VarList(type.value(), false), values);
            frames.add(new Frame(packed(key, keys)));
        } else {
            frames.add(new Frame(EMPTY, Frame.BEGIN_DATA_STRUCTURE));
            for (int i = 0; i < keys.size(); i++) {
                value(type.key(), keys.get(i));
                value(type.value(), values.get(i));
            }
            frames.add(new Frame(EMPTY, Frame.END_DATA_STRUCTURE));
        }
    }

    private void struct(Custom type, Struct value) {
        frames.add(new Frame(EMPTY, Frame.BEGIN_DATA_STRUCTURE));
        ByteArrayOutputStream fixedFields = new ByteArrayOutputStream();
        boolean anyFixed = false;
        for (Param f : type.fields()) {
            if (WireType.of(f.type(), defs) instanceof Fixed fixed) {
                fixedFields.writeBytes(fixed(fixed, value.fields().get(f.name())));
                anyFixed = true;
            }
        }
        if (anyFixed) {
            frames.add(new Frame(fixedFields.toByteArray()));
        }
        for (Param f : type.fields()) {
            WireType fieldType = WireType.of(f.type(), defs);
            if (!(fieldType instanceof Fixed)) {
                value(fieldType, value.fields().get(f.name()));
            }
        }
        frames.add(new Frame(EMPTY, Frame.END_DATA_STRUCTURE));
    }

    private static byte[] packed(Fixed element, List<?> items) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        items.forEach(item -> b.writeBytes(fixed(element, item)));
        return b.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
