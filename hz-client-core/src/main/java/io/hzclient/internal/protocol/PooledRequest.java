package io.hzclient.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.util.IllegalReferenceCountException;
import io.netty.util.ReferenceCounted;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A request held as its wire bytes in one pooled direct buffer (no arrays on the heap), built by
 * {@link MessageWriter#pooledRequest}. Its fields are read and written in place, with absolute indexes only: the
 * buffer's reader index is never moved, so a queued copy ({@link ByteBuf#retainedDuplicate()}) and a retry's copy
 * can read it at the same time.
 *
 * <p>Reference counted, on this object rather than the buffer: a released Netty buffer goes back to a pool and
 * may come out again as another message's, so "is it still alive?" must be asked of something that is never reused
 * ({@link #tryRetain()}). The invocation holds one reference from build to its end; whoever sends it takes one for
 * as long as it reads it; a queued write takes one that the encoder (or Netty, if the write fails first) gives back.
 * Implements {@link ReferenceCounted} so that Netty releases a message it drops without encoding it.
 */
final class PooledRequest extends ClientMessage implements ReferenceCounted {
    private static final AtomicIntegerFieldUpdater<PooledRequest> REF_CNT =
            AtomicIntegerFieldUpdater.newUpdater(PooledRequest.class, "refCnt");
    private static final int INITIAL_CONTENT = Frame.HEADER_SIZE;

    private final ByteBuf wire;
    /** Kept apart from the buffer: error messages read it, possibly after the call ended and the buffer was freed. */
    private final int messageType;
    private volatile int refCnt = 1;

    /** Takes {@code wire} (its only reference; the message's wire bytes from index 0 to its writer index). */
    PooledRequest(ByteBuf wire, int messageType, boolean retryable) {
        super(null, 0, null);
        this.wire = wire;
        this.messageType = messageType;
        retryable(retryable);
    }

    // ---- ownership

    @Override
    public ByteBuf pooledWire() {
        return wire;
    }

    @Override
    public boolean tryRetain() {
        for (;;) {
            int n = refCnt;
            if (n <= 0) {
                return false;
            }
            if (REF_CNT.compareAndSet(this, n, n + 1)) {
                return true;
            }
        }
    }

    @Override
    public PooledRequest retain() {
        return retain(1);
    }

    @Override
    public PooledRequest retain(int increment) {
        int before = REF_CNT.getAndAdd(this, increment);
        if (before <= 0) {
            REF_CNT.getAndAdd(this, -increment);
            throw new IllegalReferenceCountException(before, increment);
        }
        return this;
    }

    @Override
    public boolean release() {
        return release(1);
    }

    @Override
    public boolean release(int decrement) {
        int after = REF_CNT.addAndGet(this, -decrement);
        if (after == 0) {
            wire.release();
            return true;
        }
        if (after < 0) {
            throw new IllegalReferenceCountException(after + decrement, -decrement);
        }
        return false;
    }

    @Override
    public int refCnt() {
        return refCnt;
    }

    @Override
    public PooledRequest touch() {
        return this;
    }

    @Override
    public PooledRequest touch(Object hint) {
        wire.touch(hint);
        return this;
    }

    // ---- frames, read from the wire bytes

    /** Where frame {@code index} starts (its length field). */
    private int frameAt(int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += wire.getIntLE(at);
            if (at >= wire.writerIndex()) {
                throw new IndexOutOfBoundsException("frame " + index + " of a message of " + (i + 1) + " frames");
            }
        }
        return at;
    }

    @Override
    public int frameCount() {
        int count = 0;
        for (int at = 0, end = wire.writerIndex(); at < end; at += wire.getIntLE(at)) {
            count++;
        }
        return count;
    }

    /** A copy: this message keeps no arrays. */
    @Override
    public byte[] content(int index) {
        int at = frameAt(index);
        byte[] content = new byte[wire.getIntLE(at) - Frame.HEADER_SIZE];
        wire.getBytes(at + Frame.HEADER_SIZE, content);
        return content;
    }

    @Override
    public int flags(int index) {
        return wire.getUnsignedShortLE(frameAt(index) + 4);
    }

    @Override
    public int wireSize(int index) {
        return wire.getIntLE(frameAt(index));
    }

    @Override
    public int wireSize() {
        return wire.writerIndex();
    }

    @Override
    public int messageType() {
        return messageType;
    }

    @Override
    public long correlationId() {
        return wire.getLongLE(INITIAL_CONTENT + CORRELATION_ID_OFFSET);
    }

    @Override
    public void setCorrelationId(long id) {
        wire.setLongLE(INITIAL_CONTENT + CORRELATION_ID_OFFSET, id);
    }

    @Override
    public int partitionId() {
        return wire.getIntLE(INITIAL_CONTENT + PARTITION_ID_OFFSET);
    }

    @Override
    public void setPartitionId(int partitionId) {
        wire.setIntLE(INITIAL_CONTENT + PARTITION_ID_OFFSET, partitionId);
    }

    @Override
    public int backupAcks() {
        return wire.getByte(INITIAL_CONTENT + BACKUP_ACKS_OFFSET);
    }

    @Override
    public boolean isEvent() {
        return (flags(0) & Frame.IS_EVENT) != 0;
    }

    @Override
    public boolean isBackupEvent() {
        return (flags(0) & Frame.BACKUP_EVENT) != 0;
    }

    @Override
    public void addFlags(int flags) {
        wire.setShortLE(4, wire.getUnsignedShortLE(4) | (flags & 0xFFFF & ~Frame.IS_FINAL));
    }

    /**
     * A copy in a buffer of its own (the caller must hold a reference to this one): this one may still be in Netty's
     * queue, so the retry's correlation id goes into the copy only.
     */
    @Override
    public ClientMessage copyForRetry() {
        int size = wire.writerIndex();
        ByteBuf copy = wire.alloc().directBuffer(size, size);
        try {
            copy.writeBytes(wire.nioBuffer(0, size));
        } catch (RuntimeException | Error e) {
            copy.release();
            throw e;
        }
        return new PooledRequest(copy, messageType, isRetryable());
    }

    @Override
    public String toString() {
        if (refCnt <= 0) {
            return "ClientMessage{type=0x" + Integer.toHexString(messageType) + ", released}";
        }
        return super.toString();
    }
}
