package io.hzclient;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * A pass-through byte handler for tests, placed where TLS goes (between the socket and the codec): it reads the
 * frames in the bytes that pass it on their way out and counts the client messages by type. Each channel gets a
 * handler of its own ({@link #newHandler}); the counts are shared.
 */
final class OutboundMessageCounter {
    private static final byte[] PREAMBLE = "CP2".getBytes(StandardCharsets.US_ASCII);

    private final Map<Integer, LongAdder> byType = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> flushesByType = new ConcurrentHashMap<>();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder preambles = new LongAdder();
    private final LongAdder notBytes = new LongAdder();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    ChannelHandler newHandler() {
        return new Handler();
    }

    /** Messages of that type that went out through a handler. */
    long messages(int messageType) {
        LongAdder n = byType.get(messageType);
        return n == null ? 0 : n.sum();
    }

    /** Flushes that sent at least one message of that type (a channel's writes since its last flush, together). */
    long flushesWith(int messageType) {
        LongAdder n = flushesByType.get(messageType);
        return n == null ? 0 : n.sum();
    }

    /** Every byte that went out through a handler, preambles included. */
    long bytes() {
        return bytes.sum();
    }

    long preambles() {
        return preambles.sum();
    }

    /** Writes that reached the handler as something other than bytes (none should: the codec is above it). */
    long notBytes() {
        return notBytes.sum();
    }

    /** What made a stream unreadable as frames (nothing, if every byte of it was a whole message). */
    List<String> problems() {
        return problems;
    }

    /** One channel's handler: only its event loop touches its parse state. */
    private final class Handler extends ChannelOutboundHandlerAdapter {
        private final ByteBuf pending = Unpooled.buffer();
        private boolean preambleRead;
        private boolean atMessageStart = true;
        private int messageType;
        /** The types of the messages written since this channel's last flush. */
        private final Set<Integer> unflushedTypes = new HashSet<>();

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof ByteBuf buf) {
                bytes.add(buf.readableBytes());
                pending.writeBytes(buf, buf.readerIndex(), buf.readableBytes());
                try {
                    readFrames();
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                    pending.clear();
                }
            } else {
                notBytes.increment();
            }
            ctx.write(msg, promise);
        }

        private void readFrames() {
            if (!preambleRead) {
                if (pending.readableBytes() < PREAMBLE.length) {
                    return;
                }
                byte[] start = new byte[PREAMBLE.length];
                pending.readBytes(start);
                if (!Arrays.equals(start, PREAMBLE)) {
                    throw new IllegalStateException("the stream does not begin with the protocol preamble");
                }
                preambleRead = true;
                preambles.increment();
            }
            while (pending.readableBytes() >= Frame.HEADER_SIZE) {
                int at = pending.readerIndex();
                int length = pending.getIntLE(at);
                if (length < Frame.HEADER_SIZE) {
                    throw new IllegalStateException("bad frame length " + length);
                }
                if (pending.readableBytes() < length) {
                    return; // the rest of the frame comes with a later write
                }
                int flags = pending.getUnsignedShortLE(at + 4);
                if (atMessageStart) { // the initial frame: its content begins with the message type
                    messageType = pending.getIntLE(at + Frame.HEADER_SIZE + ClientMessage.TYPE_OFFSET);
                }
                atMessageStart = (flags & Frame.IS_FINAL) != 0;
                if (atMessageStart) {
                    byType.computeIfAbsent(messageType, t -> new LongAdder()).increment();
                    unflushedTypes.add(messageType);
                }
                pending.skipBytes(length);
            }
            pending.discardReadBytes();
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            unflushedTypes.forEach(type -> flushesByType.computeIfAbsent(type, t -> new LongAdder()).increment());
            unflushedTypes.clear();
            ctx.flush();
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            pending.release();
        }
    }
}
