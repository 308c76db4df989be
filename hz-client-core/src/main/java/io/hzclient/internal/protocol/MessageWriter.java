package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a request the way the spec lays it out: fixed-size parameters go into the initial frame in order, each
 * other parameter becomes one or more frames of its own. A codec method reads like its line in the spec:
 * <pre>MessageWriter.request(0x010100).fixLong(threadId).fixLong(ttl).string(name).data(key).data(value).build()</pre>
 */
public final class MessageWriter {
    private byte[] initial = new byte[64];
    private int position = ClientMessage.REQUEST_HEADER_SIZE;
    private final List<Frame> frames = new ArrayList<>(6);
    private boolean retryable;

    private MessageWriter(int messageType) {
        FixedSizes.writeInt(initial, ClientMessage.TYPE_OFFSET, messageType);
        FixedSizes.writeInt(initial, ClientMessage.PARTITION_ID_OFFSET, -1);
        frames.add(null); // the initial frame, made in build()
    }

    public static MessageWriter request(int messageType) {
        return new MessageWriter(messageType);
    }

    /** Marks the request retryable, as its line in the spec says. */
    public MessageWriter retryable() {
        this.retryable = true;
        return this;
    }

    private int reserve(int size) {
        if (position + size > initial.length) {
            initial = Arrays.copyOf(initial, Math.max(initial.length * 2, position + size));
        }
        int at = position;
        position += size;
        return at;
    }

    public MessageWriter fixByte(int v) {
        initial[reserve(FixedSizes.BYTE)] = (byte) v;
        return this;
    }

    public MessageWriter fixBoolean(boolean v) {
        FixedSizes.writeBoolean(initial, reserve(FixedSizes.BOOLEAN), v);
        return this;
    }

    public MessageWriter fixInt(int v) {
        FixedSizes.writeInt(initial, reserve(FixedSizes.INT), v);
        return this;
    }

    public MessageWriter fixLong(long v) {
        FixedSizes.writeLong(initial, reserve(FixedSizes.LONG), v);
        return this;
    }

    public MessageWriter fixUuid(UUID v) {
        FixedSizes.writeUuid(initial, reserve(FixedSizes.UUID), v);
        return this;
    }

    public MessageWriter frame(Frame frame) {
        frames.add(frame);
        return this;
    }

    public MessageWriter nullFrame() {
        return frame(Frame.nullFrame());
    }

    public MessageWriter begin() {
        return frame(Frame.beginFrame());
    }

    public MessageWriter end() {
        return frame(Frame.endFrame());
    }

    public MessageWriter string(String s) {
        return frame(new Frame(s.getBytes(StandardCharsets.UTF_8)));
    }

    public MessageWriter nullableString(String s) {
        return s == null ? nullFrame() : string(s);
    }

    public MessageWriter bytes(byte[] b) {
        return frame(new Frame(b));
    }

    public MessageWriter data(Data d) {
        return frame(new Frame(d.toByteArray()));
    }

    public MessageWriter nullableData(Data d) {
        return d == null ? nullFrame() : data(d);
    }

    public MessageWriter listString(Collection<String> items) {
        begin();
        items.forEach(this::string);
        return end();
    }

    public MessageWriter listData(Collection<Data> items) {
        begin();
        items.forEach(this::data);
        return end();
    }

    public MessageWriter entryListData(Collection<? extends Map.Entry<Data, Data>> entries) {
        begin();
        for (Map.Entry<Data, Data> e : entries) {
            data(e.getKey()).data(e.getValue());
        }
        return end();
    }

    public MessageWriter mapStringString(Map<String, String> map) {
        begin();
        map.forEach((k, v) -> string(k).string(v));
        return end();
    }

    /** Packed fixed-size list: one frame of little-endian ints. */
    public MessageWriter listInt(Collection<Integer> items) {
        byte[] b = new byte[items.size() * FixedSizes.INT];
        int at = 0;
        for (int v : items) {
            FixedSizes.writeInt(b, at, v);
            at += FixedSizes.INT;
        }
        return frame(new Frame(b));
    }

    /** Packed fixed-size list: one frame of little-endian longs. */
    public MessageWriter listLong(Collection<Long> items) {
        byte[] b = new byte[items.size() * FixedSizes.LONG];
        int at = 0;
        for (long v : items) {
            FixedSizes.writeLong(b, at, v);
            at += FixedSizes.LONG;
        }
        return frame(new Frame(b));
    }

    /** Packed fixed-size list: one frame of 17-byte UUIDs. */
    public MessageWriter listUuid(Collection<UUID> items) {
        byte[] b = new byte[items.size() * FixedSizes.UUID];
        int at = 0;
        for (UUID v : items) {
            FixedSizes.writeUuid(b, at, v);
            at += FixedSizes.UUID;
        }
        return frame(new Frame(b));
    }

    public ClientMessage build() {
        frames.set(0, new Frame(Arrays.copyOf(initial, position), Frame.UNFRAGMENTED));
        frames.get(frames.size() - 1).flags |= Frame.IS_FINAL;
        return new ClientMessage(frames).retryable(retryable);
    }
}
