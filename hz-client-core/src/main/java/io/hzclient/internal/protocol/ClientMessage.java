package io.hzclient.internal.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A protocol message: a run of frames, the first of which (the initial frame) carries the message type, the
 * correlation id, the partition id (requests and events) or backup ack count (responses), then the fixed-size
 * parameters. Every other parameter is a frame of its own.
 *
 * <p>Held without a {@link Frame} object per frame, as every call makes two messages: the initial frame's content
 * (its flags are {@link #initialFlags}), then each other frame as a "part": the content array of a frame whose flags
 * are 0, or a {@link Frame} for one with flags (a shared one for the empty BEGIN, END and NULL frames). The parts
 * are in {@link #rest}: nothing for a message of one frame, the part itself for two (most responses), else an array.
 * {@link Frame#IS_FINAL} is never stored: the last frame has it, no other frame does. {@link #frame(int)} and
 * {@link #frames()} make Frame objects on demand (sharing the contents), for the few readers that want them.
 *
 * <p>A request of the hot path (a plain map get or put) is instead built in wire format into one array that is used
 * again once the call ends ({@link PooledRequest}, made by {@link MessageWriter#pooledRequest}): the same methods
 * read it, and {@link #pooledWire()} hands its bytes to the writers. Such a message is reference counted
 * ({@link #tryRetain()}, {@link #retain()}, {@link #release()}); for every other message these do nothing, so the
 * layers that send messages treat both kinds alike.
 */
public class ClientMessage {
    public static final int TYPE_OFFSET = 0;
    public static final int CORRELATION_ID_OFFSET = 4;
    public static final int PARTITION_ID_OFFSET = 12;
    public static final int BACKUP_ACKS_OFFSET = 12;
    /** Where the fixed parameters of a request or an event start. */
    public static final int REQUEST_HEADER_SIZE = 16;
    /** Where the fixed parameters of a response start. */
    public static final int RESPONSE_HEADER_SIZE = 13;
    /** Error responses have message type 0. */
    public static final int ERROR_TYPE = 0;

    static final byte[] EMPTY = new byte[0];
    /** Never handed out: {@link #frame(int)} copies them. */
    static final Frame NULL = new Frame(EMPTY, Frame.IS_NULL);
    static final Frame BEGIN = new Frame(EMPTY, Frame.BEGIN_DATA_STRUCTURE);
    static final Frame END = new Frame(EMPTY, Frame.END_DATA_STRUCTURE);

    private final byte[] initial;
    /** The initial frame's flags (16 bits on the wire), and {@link #RETRYABLE} above them. */
    private int initialFlags;
    /** null, one part (a byte[] or a Frame, flags without IS_FINAL), or an Object[] of two or more; see above. */
    private final Object rest;
    /**
     * Whether the request may be sent again after a failure (the spec's "retryable"); not on the wire, so kept in a
     * bit of {@link #initialFlags} above the 16 that are (a field of its own would make every message 8 bytes larger).
     */
    private static final int RETRYABLE = 1 << 16;
    private static final int WIRE_FLAGS = 0xFFFF;

    public ClientMessage(List<Frame> frames) {
        this(first(frames).content, first(frames).flags & ~Frame.IS_FINAL, restOf(frames));
    }

    /**
     * Takes the arrays as they are (not copied).
     *
     * @param rest the other frames as {@link #part} makes them: null if none, the part itself if one, else an array
     */
    ClientMessage(byte[] initial, int initialFlags, Object rest) {
        this.initial = initial;
        this.initialFlags = initialFlags & WIRE_FLAGS & ~Frame.IS_FINAL;
        this.rest = rest;
    }

    public static ClientMessage of(Frame... frames) {
        return new ClientMessage(List.of(frames));
    }

    private static Frame first(List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a message has at least one frame");
        }
        return frames.get(0);
    }

    private static Object restOf(List<Frame> frames) {
        Object[] parts = new Object[frames.size() - 1];
        for (int i = 0; i < parts.length; i++) {
            Frame f = frames.get(i + 1);
            parts[i] = part(f.content, f.flags);
        }
        return parts.length == 0 ? null : parts.length == 1 ? parts[0] : parts;
    }

    /** How a non-initial frame is held: its content alone when it has no flags but IS_FINAL. */
    static Object part(byte[] content, int flags) {
        int stored = flags & ~Frame.IS_FINAL;
        if (stored == 0) {
            return content;
        }
        if (content.length == 0) {
            switch (stored) {
                case Frame.IS_NULL:
                    return NULL;
                case Frame.BEGIN_DATA_STRUCTURE:
                    return BEGIN;
                case Frame.END_DATA_STRUCTURE:
                    return END;
                default:
                    break;
            }
        }
        return new Frame(content, stored);
    }

    // ---- ownership: only a message in a pooled buffer has any (see PooledRequest)

    /**
     * The whole message in wire format (its first {@link #wireSize()} bytes) for a {@link PooledRequest}, to be read
     * only while holding a reference; null for other messages.
     */
    public byte[] pooledWire() {
        return null;
    }

    /** Takes one more reference unless the message was released already (then false); true for heap messages. */
    public boolean tryRetain() {
        return true;
    }

    /** Takes one more reference; the caller must hold one. */
    public ClientMessage retain() {
        return this;
    }

    /** Gives one reference back; with the last, the request may be used again. Nothing for heap messages. */
    public boolean release() {
        return false;
    }

    // ---- frames, by index

    public int frameCount() {
        return rest == null ? 1 : rest instanceof Object[] parts ? 1 + parts.length : 2;
    }

    /** Frame {@code index} (1 or more) as {@link #part} holds it. */
    private Object part(int index) {
        if (rest instanceof Object[] parts) {
            return parts[index - 1];
        }
        if (index != 1 || rest == null) {
            throw new IndexOutOfBoundsException("frame " + index + " of a message of " + frameCount() + " frames");
        }
        return rest;
    }

    /** The content of frame {@code index}: shared, not copied. */
    public byte[] content(int index) {
        if (index == 0) {
            return initial;
        }
        Object p = part(index);
        return p instanceof byte[] b ? b : ((Frame) p).content;
    }

    /** The flags of frame {@code index} as on the wire ({@link Frame#IS_FINAL} on the last one). */
    public int flags(int index) {
        int flags = index == 0 ? initialFlags & WIRE_FLAGS : part(index) instanceof Frame f ? f.flags : 0;
        return index == frameCount() - 1 ? flags | Frame.IS_FINAL : flags;
    }

    /** Size of frame {@code index} on the wire, header included. */
    public int wireSize(int index) {
        return Frame.HEADER_SIZE + content(index).length;
    }

    /** A new Frame for frame {@code index}, sharing its content. */
    public Frame frame(int index) {
        return new Frame(content(index), flags(index));
    }

    /** The frames, read-only; made on demand, sharing their contents. */
    public List<Frame> frames() {
        int count = frameCount();
        List<Frame> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(frame(i));
        }
        return Collections.unmodifiableList(frames);
    }

    public Frame initialFrame() {
        return frame(0);
    }

    public int messageType() {
        return FixedSizes.readInt(initial, TYPE_OFFSET);
    }

    public long correlationId() {
        return FixedSizes.readLong(initial, CORRELATION_ID_OFFSET);
    }

    public void setCorrelationId(long id) {
        FixedSizes.writeLong(initial, CORRELATION_ID_OFFSET, id);
    }

    public int partitionId() {
        return FixedSizes.readInt(initial, PARTITION_ID_OFFSET);
    }

    public void setPartitionId(int partitionId) {
        FixedSizes.writeInt(initial, PARTITION_ID_OFFSET, partitionId);
    }

    public int backupAcks() {
        return initial[BACKUP_ACKS_OFFSET];
    }

    public boolean isEvent() {
        return (initialFlags & Frame.IS_EVENT) != 0;
    }

    public boolean isBackupEvent() {
        return (initialFlags & Frame.BACKUP_EVENT) != 0;
    }

    public boolean isError() {
        return messageType() == ERROR_TYPE;
    }

    public boolean isRetryable() {
        return (initialFlags & RETRYABLE) != 0;
    }

    public ClientMessage retryable(boolean retryable) {
        initialFlags = retryable ? initialFlags | RETRYABLE : initialFlags & ~RETRYABLE;
        return this;
    }

    public void addFlags(int flags) {
        initialFlags |= flags & WIRE_FLAGS & ~Frame.IS_FINAL;
    }

    /** A copy that shares frame contents but can get its own correlation id, for a retry. */
    public ClientMessage copyForRetry() {
        return new ClientMessage(initial.clone(), initialFlags, rest).retryable(isRetryable());
    }

    /** Total size on the wire. */
    public int wireSize() {
        int size = 0;
        for (int i = 0, n = frameCount(); i < n; i++) {
            size += wireSize(i);
        }
        return size;
    }

    @Override
    public String toString() {
        return "ClientMessage{type=0x" + Integer.toHexString(messageType()) + ", correlationId=" + correlationId()
                + ", frames=" + frameCount() + '}';
    }
}
