package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a request the way the spec lays it out: fixed-size parameters go into the initial frame in order, each
 * other parameter becomes one or more frames of its own. A codec method reads like its line in the spec:
 * <pre>MessageWriter.request(0x010100).fixLong(threadId).fixLong(ttl).string(name).data(key).data(value).build()</pre>
 */
public final class MessageWriter {
    private static final int SCRATCH_SIZE = 64;
    /** A zeroed array per thread for the initial frame while it is built (taken, so nested writers get their own). */
    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();
    /** UTF-8 of short strings sent again and again (object names): encoded once, the array shared by frames. */
    private static final int CACHED_STRING_MAX_CHARS = 64;
    private static final int CACHED_STRINGS_MAX = 1024;
    private static final ConcurrentHashMap<String, byte[]> UTF8_CACHE = new ConcurrentHashMap<>();

    private byte[] initial;
    private int position = ClientMessage.REQUEST_HEADER_SIZE;
    private final List<Frame> frames = new ArrayList<>(6);
    private boolean retryable;

    private MessageWriter(int messageType) {
        byte[] scratch = SCRATCH.get();
        if (scratch != null) {
            SCRATCH.set(null);
        } else {
            scratch = new byte[SCRATCH_SIZE];
        }
        initial = scratch;
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
        return frame(new Frame(utf8(s)));
    }

    /** Frame contents are never changed once built, so one array may serve every frame of the same string. */
    private static byte[] utf8(String s) {
        if (s.length() > CACHED_STRING_MAX_CHARS) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = UTF8_CACHE.get(s);
        if (bytes == null) {
            bytes = s.getBytes(StandardCharsets.UTF_8);
            if (UTF8_CACHE.size() < CACHED_STRINGS_MAX) {
                UTF8_CACHE.putIfAbsent(s, bytes);
            }
        }
        return bytes;
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
        byte[] content = Arrays.copyOf(initial, position);
        frames.set(0, new Frame(content, Frame.UNFRAGMENTED));
        if (initial.length == SCRATCH_SIZE) {
            Arrays.fill(initial, 0, position, (byte) 0);
            SCRATCH.set(initial);
            initial = content; // the scratch is no longer ours
        }
        frames.get(frames.size() - 1).flags |= Frame.IS_FINAL;
        return new ClientMessage(frames).retryable(retryable);
    }
}
