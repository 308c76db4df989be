package io.hzclient.internal.connection;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.protocol.ClientMessageDecoder;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.nio.NioSocketChannel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How every connection's channel is built, decided once for the client: the handlers between the socket and the
 * protocol codec ("byte handlers", TLS for one), and from them whether a caller may write a lone call to the socket
 * itself ({@link Connection}'s write-through). A byte handler must see every byte that goes out, so with any of them
 * the channel is a plain Netty socket and every write goes through the pipeline; without one, the channel lets the
 * connection reach its socket. Nothing is checked per write.
 *
 * <p>The pipeline, socket side first: the byte handlers in the order they were added, the frame decoder, the
 * message encoder, the {@link InboundHandler}.
 */
public final class ChannelSetup {
    private static final ChannelSetup PLAIN = new ChannelSetup(List.of());

    private final List<ByteHandlerFactory> byteHandlers;

    private ChannelSetup(List<ByteHandlerFactory> byteHandlers) {
        this.byteHandlers = byteHandlers;
    }

    /** No byte handler: the codec talks to the socket, and a lone call may be written through. */
    public static ChannelSetup plain() {
        return PLAIN;
    }

    /** This setup with one more byte handler, on the codec side of those already added. */
    public ChannelSetup withByteHandler(ByteHandlerFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        List<ByteHandlerFactory> handlers = new ArrayList<>(byteHandlers);
        handlers.add(factory);
        return new ChannelSetup(List.copyOf(handlers));
    }

    /** True when no pipeline handler needs the outbound bytes, so a caller may write them to the socket. */
    public boolean writeThroughAllowed() {
        return byteHandlers.isEmpty();
    }

    /** The channel type: one that exposes its socket only when write-through is allowed. */
    ChannelFactory<? extends Channel> channelFactory() {
        return writeThroughAllowed() ? WriteThroughSocketChannel::new : NioSocketChannel::new;
    }

    void initPipeline(Channel channel, MemberAddress address, int maxMessageSize, InboundHandler inbound) {
        ChannelPipeline pipeline = channel.pipeline();
        for (ByteHandlerFactory factory : byteHandlers) {
            pipeline.addLast(Objects.requireNonNull(factory.newHandler(channel, address),
                    "a byte handler factory returned null"));
        }
        pipeline.addLast(new ClientMessageDecoder(maxMessageSize, ClientMessageDecoder.DEFAULT_MAX_PENDING_FRAGMENTED),
                ClientMessageEncoder.INSTANCE, inbound);
    }

    @Override
    public String toString() {
        return "ChannelSetup{byteHandlers=" + byteHandlers.size() + ", writeThrough=" + writeThroughAllowed() + '}';
    }

    /** Makes the byte handler of one new channel to a member (a handler per channel: TLS keeps state per peer). */
    @FunctionalInterface
    public interface ByteHandlerFactory {
        ChannelHandler newHandler(Channel channel, MemberAddress address);
    }
}
