package io.hzclient.internal.protocol;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A protocol message: a run of frames, the first of which (the initial frame) carries the message type, the
 * correlation id, the partition id (requests and events) or backup ack count (responses), then the fixed-size
 * parameters. Every other parameter is a frame of its own.
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

    /** Exactly the message's frames: an array, not a list, as every call makes two messages. */
    private final Frame[] frames;
    /** Whether the request may be sent again after a failure (the spec's "retryable"); not on the wire. */
    private boolean retryable;

    public ClientMessage(List<Frame> frames) {
        this(frames.toArray(new Frame[0]));
    }

    /** Takes the array as is (not copied). */
    ClientMessage(Frame[] frames) {
        if (frames.length == 0) {
            throw new IllegalArgumentException("a message has at least one frame");
        }
        this.frames = frames;
    }

    public static ClientMessage of(Frame... frames) {
        return new ClientMessage(frames.clone());
    }

    /** The frames, read-only. */
    public List<Frame> frames() {
        return Collections.unmodifiableList(Arrays.asList(frames));
    }

    public int frameCount() {
        return frames.length;
    }

    public Frame frame(int index) {
        return frames[index];
    }

    public Frame initialFrame() {
        return frames[0];
    }

    public int messageType() {
        return FixedSizes.readInt(initialFrame().content, TYPE_OFFSET);
    }

    public long correlationId() {
        return FixedSizes.readLong(initialFrame().content, CORRELATION_ID_OFFSET);
    }

    public void setCorrelationId(long id) {
        FixedSizes.writeLong(initialFrame().content, CORRELATION_ID_OFFSET, id);
    }

    public int partitionId() {
        return FixedSizes.readInt(initialFrame().content, PARTITION_ID_OFFSET);
    }

    public void setPartitionId(int partitionId) {
        FixedSizes.writeInt(initialFrame().content, PARTITION_ID_OFFSET, partitionId);
    }

    public int backupAcks() {
        return initialFrame().content[BACKUP_ACKS_OFFSET];
    }

    public boolean isEvent() {
        return initialFrame().has(Frame.IS_EVENT);
    }

    public boolean isBackupEvent() {
        return initialFrame().has(Frame.BACKUP_EVENT);
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
        initialFrame().flags |= flags;
    }

    /** A copy that shares frame contents but can get its own correlation id, for a retry. */
    public ClientMessage copyForRetry() {
        Frame[] copy = frames.clone();
        Frame initial = initialFrame();
        copy[0] = new Frame(initial.content.clone(), initial.flags);
        return new ClientMessage(copy).retryable(retryable);
    }

    /** Total size on the wire. */
    public int wireSize() {
        int size = 0;
        for (Frame f : frames) {
            size += f.wireSize();
        }
        return size;
    }

    @Override
    public String toString() {
        return "ClientMessage{type=0x" + Integer.toHexString(messageType()) + ", correlationId=" + correlationId()
                + ", frames=" + frames.length + '}';
    }
}
