package io.hzclient.internal.connection;

import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ProtocolException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The last handler of a connection's pipeline: sends the protocol preamble, hands responses and events to the
 * invocation layer, and closes the connection, with the reason logged, on any error.
 */
final class InboundHandler extends SimpleChannelInboundHandler<ClientMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(InboundHandler.class);
    private static final byte[] PREAMBLE = "CP2".getBytes(StandardCharsets.US_ASCII);

    private final ClientInvocationService invocations;
    private volatile Connection connection;

    InboundHandler(ClientInvocationService invocations) {
        this.invocations = invocations;
    }

    void connection(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(PREAMBLE));
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ClientMessage message) {
        Connection c = connection;
        if (c != null) {
            c.markRead(message);
        }
        if (!message.isEvent()) {
            invocations.handleResponse(message);
        } else if (message.isBackupEvent()) {
            invocations.handleBackupEvent(message);
        } else if (!invocations.handleEvent(message)) {
            LOG.debug("Event 0x{} for no registered listener (correlation id {})",
                    Integer.toHexString(message.messageType()), message.correlationId());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Connection c = connection;
        String reason = cause instanceof IOException ? "I/O error: " + cause.getMessage()
                : cause instanceof ProtocolException ? "bad data from the member: " + cause.getMessage()
                : "unexpected error: " + cause;
        if (cause instanceof IOException) {
            LOG.info("Closing connection {}: {}", c != null ? c : ctx.channel().remoteAddress(), reason);
        } else if (cause instanceof ProtocolException) {
            LOG.warn("Closing connection {}: {}", c != null ? c : ctx.channel().remoteAddress(), reason);
        } else {
            LOG.warn("Closing connection {}: {}", c != null ? c : ctx.channel().remoteAddress(), reason, cause);
        }
        if (c != null) {
            c.close(reason);
        } else {
            ctx.close();
        }
    }
}
