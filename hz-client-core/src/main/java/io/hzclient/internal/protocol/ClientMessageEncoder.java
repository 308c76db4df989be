package io.hzclient.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;


/**
 * Writes a {@link ClientMessage} as its frames, each {@code [int32 LE length incl. 6-byte header][uint16 LE flags][content]},
 * into one pooled buffer sized exactly by {@link ClientMessage#wireSize()}; a message already in wire format in a pooled
 * buffer ({@link ClientMessage#pooledWire()}) goes out as a view of that buffer, and the reference the queue took on it
 * is released. Other messages (the {@code CP2} preamble
 * as a {@link ByteBuf}, for instance) pass through untouched.
 *
 * <p>Stateless, so one instance may serve every channel. It never flushes: the caller decides when to flush, so
 * many messages written in a row go out in one flush.
 */
@ChannelHandler.Sharable
public final class ClientMessageEncoder extends ChannelOutboundHandlerAdapter {
    public static final ClientMessageEncoder INSTANCE = new ClientMessageEncoder();

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof ClientMessage message)) {
            ctx.write(msg, promise);
            return;
        }
        ByteBuf wire = message.pooledWire();
        if (wire != null) {
            // already in wire format: Netty writes (and releases) a view of it; the reference that came with the
            // message, the queue's, goes back here
            ByteBuf view;
            try {
                view = wire.retainedDuplicate();
            } catch (Throwable t) {
                message.release();
                promise.setFailure(t);
                return;
            }
            message.release();
            ctx.write(view, promise);
            return;
        }
        ByteBuf buf = ctx.alloc().ioBuffer(message.wireSize());
        try {
            encode(message, buf);
        } catch (Throwable t) {
            buf.release();
            promise.setFailure(t);
            return;
        }
        ctx.write(buf, promise);
    }

    /** Appends the frames of {@code message} to {@code out}. */
    public static void encode(ClientMessage message, ByteBuf out) {
        ByteBuf wire = message.pooledWire();
        if (wire != null) {
            out.writeBytes(wire, 0, wire.writerIndex());
            return;
        }
        for (int i = 0, n = message.frameCount(); i < n; i++) {
            byte[] content = message.content(i);
            out.writeIntLE(Frame.HEADER_SIZE + content.length);
            out.writeShortLE(message.flags(i));
            out.writeBytes(content);
        }
    }
}
