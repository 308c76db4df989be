package io.hzclient.internal.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A protocol message: a run of frames, the first of which (the initial frame) carries the message type, the
 * correlation id, the partition id (requests and events) or backup ack count (responses), then the fixed-size
 * parameters. Every other parameter is a frame of its own.
 *
 * <p>Held without a {@link Frame} object per frame, as every call makes two messages: slot 0 of {@link #parts} is the
 * initial frame's content (its flags are {@link #initialFlags}); every other slot is the content array of a frame
 * whose flags are 0, or a {@link Frame} for one with flags (a shared one for the empty BEGIN, END and NULL frames).
 * {@link Frame#IS_FINAL} is never stored: the last frame has it, no other frame does. {@link #frame(int)} and
 * {@link #frames()} make Frame objects on demand (sharing the contents), for the few readers that want them.
 */
public final class ClientMessage {
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

    /** byte[] (initial content at 0; flags 0 elsewhere) or Frame (flags without IS_FINAL); see the class comment. */
    private final Object[] parts;
    private int initialFlags;
    /** Whether the request may be sent again after a failure (the spec's "retryable"); not on the wire. */
    private boolean retryable;

    public ClientMessage(List<Frame> frames) {
        this(partsOf(frames), frames.isEmpty() ? 0 : frames.get(0).flags & ~Frame.IS_FINAL);
    }

    /** Takes the array as is (not copied): slot 0 a byte[], the others as {@link #part} makes them. */
    ClientMessage(Object[] parts, int initialFlags) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("a message has at least one frame");
        }
        this.parts = parts;
        this.initialFlags = initialFlags;
    }

    public static ClientMessage of(Frame... frames) {
        return new ClientMessage(List.of(frames));
    }

    private static Object[] partsOf(List<Frame> frames) {
        Object[] parts = new Object[frames.size()];
        for (int i = 0; i < parts.length; i++) {
            Frame f = frames.get(i);
            parts[i] = i == 0 ? f.content : part(f.content, f.flags);
        }
        return parts;
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

    // ---- frames, by index

    public int frameCount() {
        return parts.length;
    }

    /** The content of frame {@code index}: shared, not copied. */
    public byte[] content(int index) {
        Object p = parts[index];
        return p instanceof byte[] b ? b : ((Frame) p).content;
    }

    /** The flags of frame {@code index} as on the wire ({@link Frame#IS_FINAL} on the last one). */
    public int flags(int index) {
        int flags = index == 0 ? initialFlags : parts[index] instanceof Frame f ? f.flags : 0;
        return index == parts.length - 1 ? flags | Frame.IS_FINAL : flags;
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
        List<Frame> frames = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            frames.add(frame(i));
        }
        return Collections.unmodifiableList(frames);
    }

    public Frame initialFrame() {
        return frame(0);
    }

    private byte[] initial() {
        return (byte[]) parts[0];
    }

    public int messageType() {
        return FixedSizes.readInt(initial(), TYPE_OFFSET);
    }

    public long correlationId() {
        return FixedSizes.readLong(initial(), CORRELATION_ID_OFFSET);
    }

    public void setCorrelationId(long id) {
        FixedSizes.writeLong(initial(), CORRELATION_ID_OFFSET, id);
    }

    public int partitionId() {
        return FixedSizes.readInt(initial(), PARTITION_ID_OFFSET);
    }

    public void setPartitionId(int partitionId) {
        FixedSizes.writeInt(initial(), PARTITION_ID_OFFSET, partitionId);
    }

    public int backupAcks() {
        return initial()[BACKUP_ACKS_OFFSET];
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
        return retryable;
    }

    public ClientMessage retryable(boolean retryable) {
        this.retryable = retryable;
        return this;
    }

    public void addFlags(int flags) {
        initialFlags |= flags & ~Frame.IS_FINAL;
    }

    /** A copy that shares frame contents but can get its own correlation id, for a retry. */
    public ClientMessage copyForRetry() {
        Object[] copy = parts.clone();
        copy[0] = initial().clone();
        return new ClientMessage(copy, initialFlags).retryable(retryable);
    }

    /** Total size on the wire. */
    public int wireSize() {
        int size = 0;
        for (int i = 0; i < parts.length; i++) {
            size += wireSize(i);
        }
        return size;
    }

    @Override
    public String toString() {
        return "ClientMessage{type=0x" + Integer.toHexString(messageType()) + ", correlationId=" + correlationId()
                + ", frames=" + parts.length + '}';
    }
}
