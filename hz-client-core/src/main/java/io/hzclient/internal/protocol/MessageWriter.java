package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;

import java.nio.charset.StandardCharsets;
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
    private static final int INITIAL_SIZE = 64;
    private static final int FRAMES_SIZE = 8;
    /**
     * Each thread's idle writer: a request is built in its arrays, then copied out at their exact sizes. Taken while
     * in use, so a writer started while another is open (nested codecs) gets a fresh one; returned by build().
     */
    private static final ThreadLocal<MessageWriter> IDLE = new ThreadLocal<>();
    /**
     * Frames of short strings sent again and again (object names): encoded once, the frame shared by every request.
     * A shared frame is never changed: {@link #build()} copies it when it ends a message (to flag it final).
     */
    private static final int CACHED_STRING_MAX_CHARS = 64;
    private static final int CACHED_STRINGS_MAX = 1024;
    private static final ConcurrentHashMap<String, Frame> STRING_FRAMES = new ConcurrentHashMap<>();

    /** The initial frame's content so far, zeroed beyond {@link #position}. */
    private byte[] initial = new byte[INITIAL_SIZE];
    private int position;
    /** The frames after the initial one, in order; slot 0 is the initial frame's, filled in by build(). */
    private Frame[] frames = new Frame[FRAMES_SIZE];
    private int frameCount;
    /** Whether the last frame added is a shared one (see {@link #STRING_FRAMES}). */
    private boolean lastShared;
    private boolean retryable;

    private MessageWriter() {
    }

    public static MessageWriter request(int messageType) {
        MessageWriter writer = IDLE.get();
        if (writer != null) {
            IDLE.set(null);
        } else {
            writer = new MessageWriter();
        }
        return writer.start(messageType);
    }

    private MessageWriter start(int messageType) {
        position = ClientMessage.REQUEST_HEADER_SIZE;
        frameCount = 1;
        lastShared = false;
        retryable = false;
        FixedSizes.writeInt(initial, ClientMessage.TYPE_OFFSET, messageType);
        FixedSizes.writeInt(initial, ClientMessage.PARTITION_ID_OFFSET, -1);
        return this;
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
        if (frameCount == frames.length) {
            frames = Arrays.copyOf(frames, frameCount * 2);
        }
        frames[frameCount++] = frame;
        lastShared = false;
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
        if (s.length() > CACHED_STRING_MAX_CHARS) {
            return frame(new Frame(s.getBytes(StandardCharsets.UTF_8)));
        }
        Frame shared = STRING_FRAMES.get(s);
        if (shared == null) {
            shared = new Frame(s.getBytes(StandardCharsets.UTF_8));
            if (STRING_FRAMES.size() < CACHED_STRINGS_MAX) {
                Frame earlier = STRING_FRAMES.putIfAbsent(s, shared);
                shared = earlier != null ? earlier : shared;
            }
        }
        frame(shared);
        lastShared = true;
        return this;
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

    /** The request; this writer must not be used after it. */
    public ClientMessage build() {
        Frame[] message = Arrays.copyOf(frames, frameCount);
        message[0] = new Frame(Arrays.copyOf(initial, position), Frame.UNFRAGMENTED);
        Frame last = message[frameCount - 1];
        if (lastShared) {
            message[frameCount - 1] = new Frame(last.content, last.flags | Frame.IS_FINAL);
        } else {
            last.flags |= Frame.IS_FINAL;
        }
        ClientMessage built = new ClientMessage(message).retryable(retryable);
        release();
        return built;
    }

    /** Back to the thread's idle writer, cleared, unless it grew unusually large (then it is left to the GC). */
    private void release() {
        Arrays.fill(frames, 0, frameCount, null);
        if (initial.length == INITIAL_SIZE && frames.length == FRAMES_SIZE) {
            Arrays.fill(initial, 0, position, (byte) 0);
            IDLE.set(this);
        }
    }
}
