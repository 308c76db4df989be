package io.hzclient.internal.topic;

import io.hzclient.SerializationException;
import io.hzclient.internal.serialization.Data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The ringbuffer item of a reliable topic: the member's {@code ReliableTopicMessage}, an IdentifiedDataSerializable
 * of factory -9, class 2, holding {@code long publishTime, Object publisherAddress, byte[] payload} (the payload is
 * the message's whole serialized Data). The address is an IdentifiedDataSerializable of factory 0, class 1
 * ({@code int port, byte type, String host}), or null when a client published. Written by hand here, big-endian
 * like the members' default, since this is the only place the client meets these two types.
 */
final class ReliableTopicMessages {
    static final int FACTORY_ID = -9;
    static final int CLASS_ID = 2;
    private static final int TYPE_NULL = 0;
    private static final int TYPE_DATA_SERIALIZABLE = -2;
    private static final int ADDRESS_FACTORY_ID = 0;
    private static final int ADDRESS_CLASS_ID = 1;
    private static final byte IDENTIFIED = 1;
    private static final byte VERSIONED = 1 << 1;

    private ReliableTopicMessages() {
    }

    /** What a ringbuffer item says. {@code publisherHost} is null when a client published. */
    record Decoded(long publishTime, String publisherHost, int publisherPort, Data payload) {
    }

    /** A client's message: no publisher address, as the official clients write it. */
    static Data encode(long publishTimeMillis, Data payload) {
        byte[] body = payload.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(Data.HEADER_SIZE + 1 + 4 + 4 + 8 + 4 + 4 + body.length);
        b.putInt(0).putInt(TYPE_DATA_SERIALIZABLE);
        b.put(IDENTIFIED).putInt(FACTORY_ID).putInt(CLASS_ID);
        b.putLong(publishTimeMillis);
        b.putInt(TYPE_NULL);
        b.putInt(body.length).put(body);
        return Data.of(b.array());
    }

    static Decoded decode(Data item) {
        ByteBuffer b = ByteBuffer.wrap(item.toByteArray());
        try {
            b.position(Data.TYPE_OFFSET);
            expectIdentified(b, b.getInt(), FACTORY_ID, CLASS_ID, "a reliable topic message");
            long publishTime = b.getLong();
            String host = null;
            int port = -1;
            int addressType = b.getInt();
            if (addressType != TYPE_NULL) {
                expectIdentified(b, addressType, ADDRESS_FACTORY_ID, ADDRESS_CLASS_ID, "a member address");
                port = b.getInt();
                b.get(); // address type: IPv4 or IPv6
                host = string(b);
            }
            int length = b.getInt();
            Data payload = null;
            if (length >= 0) {
                byte[] bytes = new byte[length];
                b.get(bytes);
                payload = Data.of(bytes);
            }
            return new Decoded(publishTime, host, port, payload);
        } catch (RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("a reliable topic item is not a ReliableTopicMessage this client can"
                    + " read: " + e, e);
        }
    }

    private static void expectIdentified(ByteBuffer b, int type, int factoryId, int classId, String what) {
        if (type != TYPE_DATA_SERIALIZABLE) {
            throw new SerializationException(what + " was expected (IdentifiedDataSerializable), found type id " + type);
        }
        byte header = b.get();
        int f = b.getInt();
        int c = b.getInt();
        if ((header & IDENTIFIED) == 0 || f != factoryId || c != classId) {
            throw new SerializationException(what + " was expected (factory " + factoryId + ", class " + classId
                    + "), found factory " + f + ", class " + c);
        }
        if ((header & VERSIONED) != 0) {
            b.get();
            b.get();
        }
    }

    private static String string(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
