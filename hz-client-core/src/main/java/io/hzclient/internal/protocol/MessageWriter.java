package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;

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
 *
 * <p>A writer started with {@link #pooledRequest} (the hot path: plain map get and put) writes every frame after
 * the initial one in wire format into a reused array as it goes, and build() copies the whole message into the array of a request
 * this writer built before and that has been released ({@link PooledRequest}): no object per request.
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
     * Encoded short strings sent again and again (object names): encoded once, the content shared by every request
     * (a message never changes a frame's content but the initial frame's).
     */
    private static final int CACHED_STRING_MAX_CHARS = 64;
    private static final int CACHED_STRINGS_MAX = 1024;
    private static final ConcurrentHashMap<String, byte[]> STRING_FRAMES = new ConcurrentHashMap<>();

    /** The initial frame's content so far, zeroed beyond {@link #position}. */
    private byte[] initial = new byte[INITIAL_SIZE];
    private int position;
    /**
     * The frames after the initial one, in order, as {@link ClientMessage} holds them (a content array, or a Frame
     * for a frame with flags); slot 0 is unused (the initial frame is {@link #initial}).
     */
    private Object[] frames = new Object[FRAMES_SIZE];
    private int frameCount;
    private boolean retryable;

    /** Building a {@link PooledRequest}: the frames after the initial one go into {@link #tail}, not {@link #frames}. */
    private boolean pooled;
    /** Pooled mode: the frames after the initial one in wire format (header, then content). */
    private byte[] tail = new byte[TAIL_SIZE];
    private int tailLength;
    /** Pooled mode: where the last frame in {@link #tail} starts (it gets IS_FINAL), or -1 if there is none. */
    private int lastFrameAt = -1;
    /** Released requests this writer built, to build the next ones in. */
    private final PooledRequest.Spares spares = new PooledRequest.Spares();
    private static final int TAIL_SIZE = 512;
    /** A writer whose arrays grew past these is left to the GC rather than kept by its thread. */
    private static final int TAIL_KEEP_LIMIT = 64 * 1024;
    private static final int INITIAL_KEEP_LIMIT = 1024;
    private static final int FRAMES_KEEP_LIMIT = 256;

    private MessageWriter() {
    }

    public static MessageWriter request(int messageType) {
        return idle().start(messageType, false);
    }

    /**
     * A request built into an array used again once it is released ({@link PooledRequest}): its receiver must
     * release it exactly once, when done with it (an invocation does, however it ends).
     */
    public static MessageWriter pooledRequest(int messageType) {
        return idle().start(messageType, true);
    }

    private static MessageWriter idle() {
        MessageWriter writer = IDLE.get();
        if (writer != null) {
            IDLE.set(null);
            return writer;
        }
        return new MessageWriter();
    }

    private MessageWriter start(int messageType, boolean pooled) {
        position = ClientMessage.REQUEST_HEADER_SIZE;
        frameCount = 1;
        retryable = false;
        this.pooled = pooled;
        tailLength = 0;
        lastFrameAt = -1;
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

    /** Sets the partition the request goes to (-1, for none, unless set). */
    public MessageWriter partitionId(int partitionId) {
        FixedSizes.writeInt(initial, ClientMessage.PARTITION_ID_OFFSET, partitionId);
        return this;
    }

    /** A frame as given (its content shared; IS_FINAL is set by build() on the last frame only). */
    public MessageWriter frame(Frame frame) {
        return part(ClientMessage.part(frame.content, frame.flags));
    }

    /** A frame without flags. */
    private MessageWriter content(byte[] content) {
        return part(content);
    }

    private MessageWriter part(Object part) {
        if (pooled) {
            if (part instanceof byte[] content) {
                return tailFrame(content, 0);
            }
            Frame frame = (Frame) part;
            return tailFrame(frame.content, frame.flags);
        }
        if (frameCount == frames.length) {
            frames = Arrays.copyOf(frames, frameCount * 2);
        }
        frames[frameCount++] = part;
        return this;
    }

    public MessageWriter nullFrame() {
        return part(ClientMessage.NULL);
    }

    public MessageWriter begin() {
        return part(ClientMessage.BEGIN);
    }

    public MessageWriter end() {
        return part(ClientMessage.END);
    }

    public MessageWriter string(String s) {
        if (s.length() > CACHED_STRING_MAX_CHARS) {
            return content(s.getBytes(StandardCharsets.UTF_8));
        }
        byte[] shared = STRING_FRAMES.get(s);
        if (shared == null) {
            shared = s.getBytes(StandardCharsets.UTF_8);
            if (STRING_FRAMES.size() < CACHED_STRINGS_MAX) {
                byte[] earlier = STRING_FRAMES.putIfAbsent(s, shared);
                shared = earlier != null ? earlier : shared;
            }
        }
        return content(shared);
    }

    public MessageWriter nullableString(String s) {
        return s == null ? nullFrame() : string(s);
    }

    public MessageWriter bytes(byte[] b) {
        return content(b);
    }

    /** A serialized value as a frame: in a pooled request copied in, else kept as a Data's array. */
    public MessageWriter data(Serialized value) {
        if (pooled) {
            int length = value.length();
            int at = tailRoom(length, 0); // first: it may replace the tail with a larger one
            System.arraycopy(value.array(), 0, tail, at, length);
            return this;
        }
        return content(value.toData().toByteArray());
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

    /** {@code EntryList_Data_List_Data}: each key, then its values as a list. */
    public MessageWriter entryListDataListData(Collection<? extends Map.Entry<Data, ? extends Collection<Data>>> entries) {
        begin();
        for (Map.Entry<Data, ? extends Collection<Data>> e : entries) {
            data(e.getKey()).listData(e.getValue());
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
        return content(b);
    }

    /** Packed fixed-size list: one frame of little-endian longs. */
    public MessageWriter listLong(Collection<Long> items) {
        byte[] b = new byte[items.size() * FixedSizes.LONG];
        int at = 0;
        for (long v : items) {
            FixedSizes.writeLong(b, at, v);
            at += FixedSizes.LONG;
        }
        return content(b);
    }

    /** Packed fixed-size list: one frame of 17-byte UUIDs. */
    public MessageWriter listUuid(Collection<UUID> items) {
        byte[] b = new byte[items.size() * FixedSizes.UUID];
        int at = 0;
        for (UUID v : items) {
            FixedSizes.writeUuid(b, at, v);
            at += FixedSizes.UUID;
        }
        return content(b);
    }

    /** Pooled mode: one more frame, its content copied in. */
    private MessageWriter tailFrame(byte[] content, int flags) {
        int at = tailRoom(content.length, flags);
        System.arraycopy(content, 0, tail, at, content.length);
        return this;
    }

    /** Pooled mode: room for one more frame, its header written; returns where its content goes. */
    private int tailRoom(int contentLength, int flags) {
        int frameSize = Frame.HEADER_SIZE + contentLength;
        if (frameSize > tail.length - tailLength) {
            long needed = (long) tailLength + frameSize;
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("a request cannot exceed 2 GB (" + needed + " bytes)");
            }
            tail = Arrays.copyOf(tail, (int) Math.max(Math.min((long) tail.length * 2, Integer.MAX_VALUE - 8), needed));
        }
        int at = tailLength;
        FixedSizes.writeInt(tail, at, frameSize);
        tail[at + 4] = (byte) flags;
        tail[at + 5] = (byte) (flags >>> 8);
        lastFrameAt = at;
        tailLength = at + frameSize;
        frameCount++;
        return at + Frame.HEADER_SIZE;
    }

    /** The request; this writer must not be used after it. */
    public ClientMessage build() {
        if (pooled) {
            return buildPooled();
        }
        Object rest = frameCount == 1 ? null : frameCount == 2 ? frames[1] : Arrays.copyOfRange(frames, 1, frameCount);
        ClientMessage built = new ClientMessage(Arrays.copyOf(initial, position), Frame.UNFRAGMENTED, rest)
                .retryable(retryable);
        release();
        return built;
    }

    /** The initial frame, then the tail, copied into one array (a released request's, if there is one). */
    private ClientMessage buildPooled() {
        int initialFlags = Frame.UNFRAGMENTED;
        if (lastFrameAt < 0) {
            initialFlags |= Frame.IS_FINAL;
        } else {
            tail[lastFrameAt + 5] |= (byte) (Frame.IS_FINAL >>> 8);
        }
        int size = Frame.HEADER_SIZE + position + tailLength;
        PooledRequest built = spares.take(size);
        byte[] wire = built.array();
        FixedSizes.writeInt(wire, 0, Frame.HEADER_SIZE + position);
        wire[4] = (byte) initialFlags;
        wire[5] = (byte) (initialFlags >>> 8);
        System.arraycopy(initial, 0, wire, Frame.HEADER_SIZE, position);
        System.arraycopy(tail, 0, wire, Frame.HEADER_SIZE + position, tailLength);
        built.filled(FixedSizes.readInt(initial, ClientMessage.TYPE_OFFSET), retryable);
        release();
        return built;
    }

    /**
     * Back to the thread's idle writer, cleared, unless it grew unusually large (then it is left to the GC). A writer
     * that grew a little is kept as it is: a request of more frames than {@link #FRAMES_SIZE} (an SQL query has nine)
     * would otherwise cost a new writer every time.
     */
    private void release() {
        if (!pooled) {
            Arrays.fill(frames, 0, frameCount, null);
        }
        if (initial.length <= INITIAL_KEEP_LIMIT && frames.length <= FRAMES_KEEP_LIMIT
                && tail.length <= TAIL_KEEP_LIMIT) {
            Arrays.fill(initial, 0, position, (byte) 0);
            IDLE.set(this);
        }
    }

    /** Whether this writer went back to its thread, for tests: it is the thread's next writer then. */
    boolean isIdle() {
        return IDLE.get() == this;
    }
}
