package io.hzclient.internal.map;

import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Just enough serialization for unit tests: String (-11), Integer (-7) and Long (-8), as the members write them. */
final class TestSerialization implements SerializationService {

    @Override
    public Data toData(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Data d) {
            return d;
        }
        if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            return Data.of(ByteBuffer.allocate(12 + utf8.length).putInt(0).putInt(-11).putInt(utf8.length).put(utf8)
                    .array());
        }
        if (value instanceof Integer i) {
            return Data.of(ByteBuffer.allocate(12).putInt(0).putInt(-7).putInt(i).array());
        }
        if (value instanceof Long l) {
            return Data.of(ByteBuffer.allocate(16).putInt(0).putInt(-8).putLong(l).array());
        }
        throw new IllegalArgumentException("test serialization does not know " + value.getClass());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T toObject(Object data) {
        if (!(data instanceof Data d)) {
            return (T) data;
        }
        ByteBuffer b = ByteBuffer.wrap(d.toByteArray(), 8, d.payloadSize());
        return (T) switch (d.type()) {
            case -11 -> {
                byte[] utf8 = new byte[b.getInt()];
                b.get(utf8);
                yield new String(utf8, StandardCharsets.UTF_8);
            }
            case -7 -> b.getInt();
            case -8 -> b.getLong();
            default -> throw new IllegalArgumentException("type " + d.type());
        };
    }
}
