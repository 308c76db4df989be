package io.hzclient.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;


/**
 * Writes a {@link ClientMessage} as its frames, each {@code [int32 LE length incl. 6-byte header][uint16 LE flags][content]},
 * into one pooled buffer sized exactly by {@link ClientMessage#wireSize()} (a {@link PooledRequest}'s bytes are copied
 * as they are). A message written here comes with a reference of its own, released once encoded. Other messages (the {@code CP2} preamble
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
        ByteBuf buf = null;
        try {
            buf = ctx.alloc().ioBuffer(message.wireSize());
            encode(message, buf);
        } catch (Throwable t) {
            if (buf != null) {
                buf.release();
            }
            promise.setFailure(t);
            return;
        } finally {
            message.release(); // the reference its queue took (a no-op but for a PooledRequest)
        }
        ctx.write(buf, promise);
    }

    /** Appends the frames of {@code message} to {@code out}. */
    public static void encode(ClientMessage message, ByteBuf out) {
        byte[] wire = message.pooledWire();
        if (wire != null) {
            out.writeBytes(wire, 0, message.wireSize());
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
