package io.hzclient.internal.connection;

import io.hzclient.MessageTooLargeException;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.OversizedMessage;
import io.hzclient.internal.protocol.ProtocolException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The last handler of a connection's pipeline: sends the protocol preamble, hands responses and events to the
 * invocation layer, fails the call whose answer was too large to read (the decoder skipped it; the connection goes
 * on), and closes the connection, with the reason logged, on any error.
 */
final class InboundHandler extends SimpleChannelInboundHandler<Object> {
    private static final Logger LOG = LoggerFactory.getLogger(InboundHandler.class);
    private static final byte[] PREAMBLE = "CP2".getBytes(StandardCharsets.US_ASCII);

    private final InboundMessages invocations;
    private volatile Connection connection;

    InboundHandler(InboundMessages invocations) {
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
    protected void channelRead0(ChannelHandlerContext ctx, Object read) {
        if (read instanceof ClientMessage message) {
            messageRead(message);
        } else if (read instanceof OversizedMessage skipped) {
            oversizedSkipped(skipped);
        }
    }

    private void messageRead(ClientMessage message) {
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

    private void oversizedSkipped(OversizedMessage m) {
        Connection c = connection;
        if (c != null) {
            c.markSkipped(m.event(), m.bytes());
        }
        String what = "message 0x" + Integer.toHexString(m.messageType()) + " (correlation id " + m.correlationId()
                + ") of " + m.bytes() + " bytes from " + (c != null ? c.address() : "a member") + ", over the limit of "
                + m.limit() + " bytes (max-message-size, hz.client.max-message-size)";
        if (m.event()) {
            LOG.warn("Dropped the event {}; the connection goes on. Raise max-message-size to receive such events",
                    what);
        } else {
            invocations.failCall(m.correlationId(), new MessageTooLargeException("The answer " + what
                    + ", was skipped unread and its call fails; the connection and other calls go on. Raise "
                    + "max-message-size to read such answers"));
        }
    }

    /** The alerts a member sends when mutual TLS refuses the client's certificate, or its lack of one. */
    private static String refusedCertificate(Throwable tls) {
        String m = String.valueOf(tls.getMessage());
        return m.contains("bad_certificate") || m.contains("certificate_required") || m.contains("unknown_ca")
                ? " (the member refused the client's certificate or wants one: mutual TLS needs a key store whose"
                + " certificate the member trusts)" : "";
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Connection c = connection;
        if (cause instanceof DecoderException && cause.getCause() instanceof SSLException tls) {
            cause = tls; // a TLS alert from the member (a refused client certificate, say) or bad TLS data
        }
        String reason = cause instanceof SSLException ? "TLS error: " + cause.getMessage() + refusedCertificate(cause)
                : cause instanceof IOException ? "I/O error: " + cause.getMessage()
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
