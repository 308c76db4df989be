package io.hzclient.internal.protocol;

import io.netty.util.IllegalReferenceCountException;
import io.netty.util.ReferenceCounted;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A request held as its wire bytes in one array, the array and this object used again for later requests of the
 * same thread once released (built by {@link MessageWriter#pooledRequest}): a plain get or put makes no request
 * object and no array of its own. (Netty's pooled buffers would not do: taken by a thread that is not one of
 * Netty's, each costs a buffer object of about 120 bytes.)
 *
 * <p>Reference counted: the invocation holds one reference from build to its end; whoever sends it holds one for
 * as long as it reads it; a queued write holds one that the encoder (or Netty, if it drops the write) gives back.
 * With the last one the request goes back to the {@link Spares} of the thread that built it. A request that is never
 * released is merely not used again (the GC takes it): nothing leaks. Releasing one too often would hand it to a new
 * request while still in use, so every holder releases exactly once. Someone who holds no reference and asks for one
 * ({@link #tryRetain()}) must then check that the request is still the one they meant (see the invocation's send).
 * Implements {@link ReferenceCounted} so that Netty releases a message it drops without encoding it.
 */
final class PooledRequest extends ClientMessage implements ReferenceCounted {
    private static final AtomicIntegerFieldUpdater<PooledRequest> REF_CNT =
            AtomicIntegerFieldUpdater.newUpdater(PooledRequest.class, "refCnt");
    private static final int INITIAL_CONTENT = Frame.HEADER_SIZE;
    /**
     * A request whose array grew past this is left to the GC rather than used again: a thread keeps at most
     * {@link Spares#SLOTS} of these (64 KB), however large the values it once sent.
     */
    private static final int KEEP_LIMIT = 8 * 1024;

    /** Where this request goes when released, or null (a retry's copy): the spares of the thread that built it. */
    private final Spares home;
    private byte[] wire;
    private int size;
    private int messageType;
    private volatile int refCnt;

    private PooledRequest(Spares home, int capacity) {
        super(null, 0, null);
        this.home = home;
        this.wire = new byte[capacity];
    }

    /**
     * Released requests of one thread, waiting to be used again. Released from any thread (where the call ended),
     * taken only by their thread's writer; a few, so that a thread with some async calls in flight finds one too.
     */
    static final class Spares {
        private static final int SLOTS = 8;
        private final AtomicReferenceArray<PooledRequest> slots = new AtomicReferenceArray<>(SLOTS);

        /** A request with room for {@code size} bytes, its reference count 1: a spare if there is one, else new. */
        PooledRequest take(int size) {
            for (int i = 0; i < SLOTS; i++) {
                if (slots.get(i) != null) {
                    PooledRequest spare = slots.getAndSet(i, null);
                    if (spare != null) {
                        return spare.reuse(size);
                    }
                }
            }
            return new PooledRequest(this, Math.max(size, 128)).reuse(size);
        }

        private void give(PooledRequest released) {
            for (int i = 0; i < SLOTS; i++) {
                if (slots.get(i) == null && slots.compareAndSet(i, null, released)) {
                    return;
                }
            }
        }
    }

    private PooledRequest reuse(int newSize) {
        if (wire.length < newSize) {
            wire = new byte[newSize];
        }
        size = newSize;
        refCnt = 1;
        return this;
    }

    /** Sets what the writer filled in; the array is {@link #array()}, {@code size} bytes long. */
    PooledRequest filled(int type, boolean retryable) {
        this.messageType = type;
        retryable(retryable);
        return this;
    }

    /** Where the writer copies the wire bytes, before the request is handed out. */
    byte[] array() {
        return wire;
    }

    // ---- ownership

    @Override
    public byte[] pooledWire() {
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
        if (!tryRetain()) {
            throw new IllegalReferenceCountException(0, increment);
        }
        if (increment > 1) {
            REF_CNT.getAndAdd(this, increment - 1);
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
            if (home != null && wire.length <= KEEP_LIMIT) {
                home.give(this);
            }
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
        return this;
    }

    // ---- frames, read from the wire bytes

    /** Where frame {@code index} starts (its length field). */
    private int frameAt(int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at += FixedSizes.readInt(wire, at);
            if (at >= size) {
                throw new IndexOutOfBoundsException("frame " + index + " of a message of " + (i + 1) + " frames");
            }
        }
        return at;
    }

    @Override
    public int frameCount() {
        int count = 0;
        for (int at = 0; at < size; at += FixedSizes.readInt(wire, at)) {
            count++;
        }
        return count;
    }

    /** A copy: frames of this message are not arrays of their own. */
    @Override
    public byte[] content(int index) {
        int at = frameAt(index);
        int length = FixedSizes.readInt(wire, at) - Frame.HEADER_SIZE;
        byte[] content = new byte[length];
        System.arraycopy(wire, at + Frame.HEADER_SIZE, content, 0, length);
        return content;
    }

    @Override
    public int flags(int index) {
        int at = frameAt(index) + 4;
        return (wire[at] & 0xFF) | (wire[at + 1] & 0xFF) << 8;
    }

    @Override
    public int wireSize(int index) {
        return FixedSizes.readInt(wire, frameAt(index));
    }

    @Override
    public int wireSize() {
        return size;
    }

    @Override
    public int messageType() {
        return messageType;
    }

    @Override
    public long correlationId() {
        return FixedSizes.readLong(wire, INITIAL_CONTENT + CORRELATION_ID_OFFSET);
    }

    @Override
    public void setCorrelationId(long id) {
        FixedSizes.writeLong(wire, INITIAL_CONTENT + CORRELATION_ID_OFFSET, id);
    }

    @Override
    public int partitionId() {
        return FixedSizes.readInt(wire, INITIAL_CONTENT + PARTITION_ID_OFFSET);
    }

    @Override
    public void setPartitionId(int partitionId) {
        FixedSizes.writeInt(wire, INITIAL_CONTENT + PARTITION_ID_OFFSET, partitionId);
    }

    @Override
    public int backupAcks() {
        return wire[INITIAL_CONTENT + BACKUP_ACKS_OFFSET];
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
        int added = flags & 0xFFFF & ~Frame.IS_FINAL;
        wire[4] |= (byte) added;
        wire[5] |= (byte) (added >>> 8);
    }

    /**
     * A copy of its own (the caller must hold a reference to this one): this one may still wait in a connection's
     * queue, so the retry's correlation id goes into the copy only. Not used again once released (a retry is rare).
     */
    @Override
    public ClientMessage copyForRetry() {
        PooledRequest copy = new PooledRequest(null, size).reuse(size).filled(messageType, isRetryable());
        System.arraycopy(wire, 0, copy.wire, 0, size);
        return copy;
    }

    @Override
    public String toString() {
        if (refCnt <= 0) {
            return "ClientMessage{type=0x" + Integer.toHexString(messageType) + ", released}";
        }
        return super.toString();
    }
}
