package io.hzclient.internal.connection;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.netty.channel.Channel;

import java.net.SocketAddress;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One authenticated TCP connection to a member. Writes from any thread are queued and written by the channel's
 * event loop in one batch with one flush, so that many concurrent callers share syscalls.
 */
public final class Connection {
    private final int id;
    private final Channel channel;
    private final MemberAddress address;
    private final ClientCounters counters;
    private final Queue<ClientMessage> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;
    private volatile UUID memberUuid;
    private volatile long lastReadNanos = System.nanoTime();
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile String closeReason;

    Connection(int id, Channel channel, MemberAddress address, ClientCounters counters) {
        this.counters = counters;
        this.id = id;
        this.channel = channel;
        this.address = address;
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

    /** Queues the message; false if the connection is already closed. */
    public boolean write(ClientMessage message) {
        if (!channel.isActive()) {
            return false;
        }
        outbox.add(message);
        if (flushScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(drain);
        }
        return true;
    }

    private void drain() {
        flushScheduled.set(false);
        ClientMessage m;
        boolean wrote = false;
        while ((m = outbox.poll()) != null) {
            channel.write(m, channel.voidPromise());
            counters.bytesWritten.add(m.wireSize());
            wrote = true;
        }
        if (wrote) {
            channel.flush();
            lastWriteNanos = System.nanoTime();
        }
    }

    void markRead(ClientMessage message) {
        lastReadNanos = System.nanoTime();
        counters.bytesRead.add(message.wireSize());
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    long lastWriteNanos() {
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

    SocketAddress localAddress() {
        return channel.localAddress();
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
