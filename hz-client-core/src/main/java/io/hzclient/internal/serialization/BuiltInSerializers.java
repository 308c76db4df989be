package io.hzclient.internal.serialization;

import io.hzclient.JsonValue;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The primitives, their arrays, String, UUID and JSON: exact classes with the members' type ids and layouts. */
final class BuiltInSerializers {

    private BuiltInSerializers() {
    }

    static void registerInto(SerializerRegistry.Builder registry) {
        add(registry, Byte.class, TypeIds.BYTE, (out, v) -> out.writeByte(v), ObjectDataInput::readByte);
        add(registry, Boolean.class, TypeIds.BOOLEAN, ObjectDataOutput::writeBoolean, ObjectDataInput::readBoolean);
        add(registry, Character.class, TypeIds.CHAR, (out, v) -> out.writeChar(v), ObjectDataInput::readChar);
        add(registry, Short.class, TypeIds.SHORT, (out, v) -> out.writeShort(v), ObjectDataInput::readShort);
        add(registry, Integer.class, TypeIds.INT, ObjectDataOutput::writeInt, ObjectDataInput::readInt);
        add(registry, Long.class, TypeIds.LONG, ObjectDataOutput::writeLong, ObjectDataInput::readLong);
        add(registry, Float.class, TypeIds.FLOAT, ObjectDataOutput::writeFloat, ObjectDataInput::readFloat);
        add(registry, Double.class, TypeIds.DOUBLE, ObjectDataOutput::writeDouble, ObjectDataInput::readDouble);
        add(registry, String.class, TypeIds.STRING, ObjectDataOutput::writeString, ObjectDataInput::readString);
        add(registry, byte[].class, TypeIds.BYTE_ARRAY, ObjectDataOutput::writeByteArray, ObjectDataInput::readByteArray);
        add(registry, boolean[].class, TypeIds.BOOLEAN_ARRAY, ObjectDataOutput::writeBooleanArray,
                ObjectDataInput::readBooleanArray);
        add(registry, char[].class, TypeIds.CHAR_ARRAY, ObjectDataOutput::writeCharArray, ObjectDataInput::readCharArray);
        add(registry, short[].class, TypeIds.SHORT_ARRAY, ObjectDataOutput::writeShortArray,
                ObjectDataInput::readShortArray);
        add(registry, int[].class, TypeIds.INT_ARRAY, ObjectDataOutput::writeIntArray, ObjectDataInput::readIntArray);
        add(registry, long[].class, TypeIds.LONG_ARRAY, ObjectDataOutput::writeLongArray, ObjectDataInput::readLongArray);
        add(registry, float[].class, TypeIds.FLOAT_ARRAY, ObjectDataOutput::writeFloatArray,
                ObjectDataInput::readFloatArray);
        add(registry, double[].class, TypeIds.DOUBLE_ARRAY, ObjectDataOutput::writeDoubleArray,
                ObjectDataInput::readDoubleArray);
        add(registry, String[].class, TypeIds.STRING_ARRAY, ObjectDataOutput::writeStringArray,
                ObjectDataInput::readStringArray);
        add(registry, UUID.class, TypeIds.UUID, BuiltInSerializers::writeUuid, BuiltInSerializers::readUuid);
        add(registry, JsonValue.class, TypeIds.JSON, (out, v) -> out.writeString(v.json()),
                BuiltInSerializers::readJson);
    }

    private static <T> void add(SerializerRegistry.Builder registry, Class<T> type, int typeId,
                                BiConsumer<ObjectDataOutput, T> writer, Function<ObjectDataInput, T> reader) {
        registry.builtIn(type, new SimpleSerializer<>(typeId, writer, reader));
    }

    private static void writeUuid(ObjectDataOutput out, UUID uuid) {
        out.writeLong(uuid.getMostSignificantBits());
        out.writeLong(uuid.getLeastSignificantBits());
    }

    private static UUID readUuid(ObjectDataInput in) {
        return new UUID(in.readLong(), in.readLong());
    }

    private static JsonValue readJson(ObjectDataInput in) {
        String json = in.readString();
        return json == null ? null : JsonValue.of(json);
    }
}
