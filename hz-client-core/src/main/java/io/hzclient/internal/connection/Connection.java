package io.hzclient.internal.connection;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One authenticated TCP connection to a member.
 *
 * <p>Writes: a lone call (no other call in flight on this connection, nothing queued, no bytes left in Netty's
 * outbound buffer) is written to the socket by its caller ("write-through"): no hop to the event loop, which would
 * otherwise be woken for every call of a lone caller. Otherwise the message is queued and the event loop
 * writes the queue in one batch with one flush, so that many concurrent callers share syscalls; one caller's batch of
 * calls (a getAll's, one per partition) is queued whole before the event loop is woken ({@link #queue},
 * {@link #flushQueued}), so that it leaves in one flush rather than a few at a time. Who may touch the
 * socket's write side is decided by one token ({@link #writing}): a write-through caller or the event loop's drain;
 * neither ever waits for it (the drain, finding it taken, is run again by whoever releases it).
 *
 * <p>Write-through skips the pipeline, so it is only for a channel whose pipeline has no handler that must see the
 * outbound bytes: {@link ChannelSetup} decides once, by the channel type it makes, and on any other channel every
 * message goes through the pipeline.
 */
public final class Connection {
    private final int id;
    private final Channel channel;
    private final MemberAddress address;
    private final ClientCounters counters;
    private final Queue<ClientMessage> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;
    /** Messages up to this size may be written through; larger ones always go through the event loop. */
    static final int WRITE_THROUGH_LIMIT = 8 * 1024;
    private static final ThreadLocal<ByteBuffer> SCRATCH = ThreadLocal.withInitial(
            () -> ByteBuffer.allocateDirect(WRITE_THROUGH_LIMIT).order(ByteOrder.LITTLE_ENDIAN));
    /** The socket, for write-through; null where a pipeline handler needs the bytes, or in unit tests' channels. */
    private final java.nio.channels.SocketChannel raw;
    /** The write token: held by a caller writing through, or by the event loop while it drains. */
    private final AtomicBoolean writing = new AtomicBoolean();
    /** A drain found the token taken and left; whoever releases the token runs it again. */
    private final AtomicBoolean drainDeferred = new AtomicBoolean();
    /**
     * Requests written minus responses read: write-through is for a lone call (nothing else in flight here); with
     * calls in flight, the event loop's batches (one flush for many messages) cost fewer syscalls.
     */
    private final AtomicInteger outstanding = new AtomicInteger();
    /** On once the member has answered: the preamble and the authentication have left by then. */
    private volatile boolean writeThrough;
    private volatile int partialWriteThroughs;
    /** Written only by the write token's holder (no fence added to the write-through path). */
    private int writeThroughs;
    private volatile UUID memberUuid;
    private volatile long lastReadNanos = System.nanoTime();
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile String closeReason;

    Connection(int id, Channel channel, MemberAddress address, ClientCounters counters) {
        this.counters = counters;
        this.id = id;
        this.channel = channel;
        this.address = address;
        this.raw = channel instanceof WriteThroughSocketChannel w ? w.raw() : null;
    }

    public int id() {
        return id;
    }

    public MemberAddress address() {
        return address;
    }

    public UUID memberUuid() {
        return memberUuid;
    }

    void memberUuid(UUID uuid) {
        this.memberUuid = uuid;
    }

    public boolean isAlive() {
        return channel.isActive() && closeReason == null;
    }

    /**
     * Sends or queues the message; false if the connection is already closed (the message was not sent). The caller
     * keeps its reference to the message: a queued one gets a reference of its own, released once it is written
     * (or dropped).
     */
    public boolean write(ClientMessage message) {
        if (!channel.isActive()) {
            return false;
        }
        boolean lone = outstanding.getAndIncrement() <= 0;
        if (lone && writeThrough && outbox.isEmpty() && writing.compareAndSet(false, true)) {
            int result = WRITE_QUEUE;
            try {
                result = tryWriteThrough(message);
            } finally {
                if (result != WRITE_PARTIAL) {
                    releaseToken();
                }
            }
            if (result == WRITE_FAILED) {
                outstanding.decrementAndGet();
                return false;
            }
            if (result != WRITE_QUEUE) {
                return true;
            }
        }
        outbox.add(message.retain());
        if (!scheduleDrain()) {
            outstanding.decrementAndGet();
            return false;
        }
        return true;
    }

    /**
     * Queues the message for the event loop without waking it: {@link #flushQueued} does, once the caller has queued
     * everything it has for this connection, so that the event loop writes it all with one flush. False if the
     * connection is already closed (the message was not queued).
     */
    public boolean queue(ClientMessage message) {
        if (!channel.isActive()) {
            return false;
        }
        outstanding.getAndIncrement();
        outbox.add(message.retain());
        return true;
    }

    /**
     * Has the event loop write what {@link #queue} left. If the event loop is gone (the client is shutting down),
     * nothing queued is written and the connection closes: its calls fail as any call on a closed connection does.
     */
    public void flushQueued() {
        if (!scheduleDrain()) {
            channel.close();
        }
    }

    /** False if the event loop is gone: then nothing queued will be written, and the queue is emptied. */
    private boolean scheduleDrain() {
        if (flushScheduled.compareAndSet(false, true)) {
            try {
                channel.eventLoop().execute(drain);
            } catch (RejectedExecutionException e) {
                flushScheduled.set(false);
                discardOutbox();
                return false;
            }
        }
        return true;
    }

    /** Releases whatever is queued: it will never be written. */
    private void discardOutbox() {
        ClientMessage m;
        while ((m = outbox.poll()) != null) {
            m.release();
        }
    }

    private static final int WRITE_QUEUE = 0;
    private static final int WRITE_DONE = 1;
    private static final int WRITE_PARTIAL = 2;
    private static final int WRITE_FAILED = 3;

    /**
     * With the token held: writes the message to the socket if nothing is pending anywhere. On a partial write the
     * rest goes to Netty on the event loop, which releases the token after it (so nothing can overtake those bytes).
     */
    private int tryWriteThrough(ClientMessage message) {
        int size = message.wireSize();
        if (size > WRITE_THROUGH_LIMIT || !outbox.isEmpty() || !nettyIdle() || channel.eventLoop().inEventLoop()) {
            return WRITE_QUEUE;
        }
        ByteBuffer buffer = SCRATCH.get();
        buffer.clear();
        byte[] wire = message.pooledWire();
        if (wire != null) {
            buffer.put(wire, 0, size);
        } else {
            for (int i = 0, n = message.frameCount(); i < n; i++) {
                byte[] content = message.content(i);
                buffer.putInt(Frame.HEADER_SIZE + content.length);
                buffer.putShort((short) message.flags(i));
                buffer.put(content);
            }
        }
        buffer.flip();
        try {
            raw.write(buffer);
        } catch (IOException e) {
            channel.close();
            return WRITE_FAILED; // nothing of it was written
        }
        counters.bytesWritten.add(size);
        lastWriteNanos = System.nanoTime();
        writeThroughs++; // under the token
        if (!buffer.hasRemaining()) {
            return WRITE_DONE;
        }
        partialWriteThroughs++; // under the token
        ByteBuf rest = Unpooled.copiedBuffer(buffer);
        try {
            channel.eventLoop().execute(() -> {
                try {
                    channel.writeAndFlush(rest, channel.voidPromise());
                } finally {
                    releaseToken();
                }
            });
        } catch (RuntimeException e) {
            rest.release();
            channel.close();
            releaseToken();
        }
        return WRITE_PARTIAL;
    }

    /** How many written-through messages did not fit the socket at once (their rest went through Netty). */
    int partialWriteThroughs() {
        return partialWriteThroughs;
    }

    /**
     * How many messages their callers wrote to the socket themselves, past the pipeline. A plain field, so that the
     * write-through path gains no fence: exact when read by the thread that made those writes (as tests do).
     */
    public int writeThroughs() {
        return writeThroughs;
    }

    /** False when a pipeline handler needs the outbound bytes: then every message goes through the pipeline. */
    public boolean writeThroughAllowed() {
        return raw != null;
    }

    /** No bytes waiting in Netty's outbound buffer: whatever Netty wrote has reached the socket. */
    private boolean nettyIdle() {
        ChannelOutboundBuffer out = channel.unsafe().outboundBuffer();
        return out != null && out.totalPendingWriteBytes() == 0;
    }

    private void releaseToken() {
        writing.set(false);
        if (drainDeferred.get() && drainDeferred.compareAndSet(true, false)) {
            channel.eventLoop().execute(drain);
        }
    }

    private void drain() {
        if (!writing.compareAndSet(false, true)) {
            drainDeferred.set(true);
            if (!writing.compareAndSet(false, true)) {
                return; // the holder runs us again when it releases the token
            }
            drainDeferred.set(false);
        }
        try {
            flushScheduled.set(false);
            ClientMessage m;
            boolean wrote = false;
            while ((m = outbox.poll()) != null) {
                counters.bytesWritten.add(m.wireSize()); // before the write: it may release the message
                channel.write(m, channel.voidPromise());
                wrote = true;
            }
            if (wrote) {
                channel.flush();
                lastWriteNanos = System.nanoTime();
            }
        } finally {
            writing.set(false);
        }
    }

    void markRead(ClientMessage message) {
        if (!message.isEvent()) {
            outstanding.decrementAndGet();
        }
        if (!writeThrough && raw != null) {
            writeThrough = true;
        }
        lastReadNanos = System.nanoTime();
        counters.bytesRead.add(message.wireSize());
    }

    /** As {@link #markRead}, for a message the decoder skipped because it was over the limit. */
    void markSkipped(boolean event, long bytes) {
        if (!event) {
            outstanding.decrementAndGet();
        }
        lastReadNanos = System.nanoTime();
        counters.bytesRead.add(bytes);
    }

    public long lastReadNanos() {
        return lastReadNanos;
    }

    public long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** Closes the channel once, remembering the first reason given. */
    public void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        channel.close();
    }

    public String closeReason() {
        return closeReason;
    }

    public SocketAddress localAddress() {
        return channel.localAddress();
    }

    /**
     * Runs {@code action} once the channel is closed, on its event loop after the work that closed it: a handler that
     * closes the channel and then handles the error (TLS does) has set the close reason by then.
     */
    public void onClose(Runnable action) {
        channel.closeFuture().addListener(f -> {
            try {
                channel.eventLoop().execute(action);
            } catch (RejectedExecutionException e) {
                action.run(); // the event loops are stopping
            }
        });
    }

    Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "Connection{id=" + id + ", member=" + address + (memberUuid == null ? "" : ":" + memberUuid)
                + ", alive=" + isAlive() + '}';
    }
}
