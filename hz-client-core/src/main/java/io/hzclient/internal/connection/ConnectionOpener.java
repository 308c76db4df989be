package io.hzclient.internal.connection;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.SocketOptions;
import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.FastThreadLocalThread;

import javax.net.ssl.SSLException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens TCP connections to members on the client's Netty event loops, each channel set up as the
 * {@link ChannelSetup} says; the protocol preamble goes out as soon as the channel is active (with TLS, the handler
 * holds it until the handshake is done). Authentication is the
 * caller's next step.
 */
public final class ConnectionOpener {
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final EventLoopGroup group;
    private final ChannelSetup setup;
    private final InboundMessages inbound;
    private final ClientCounters counters;
    private final int connectTimeoutMillis;
    private final int maxMessageSize;
    private final SocketOptions socket;

    public ConnectionOpener(ClientConfig config, ChannelSetup setup, InboundMessages inbound, ClientCounters counters) {
        this.setup = setup;
        this.inbound = inbound;
        this.counters = counters;
        this.connectTimeoutMillis = (int) config.connectionTimeout().toMillis();
        this.maxMessageSize = config.maxMessageSize();
        this.socket = config.socketOptions();
        this.group = new MultiThreadIoEventLoopGroup(Math.min(2, Runtime.getRuntime().availableProcessors()),
                ioThreads("hz.client.io"), NioIoHandler.newFactory());
    }

    /**
     * Netty's own thread type: its buffer pools and object recyclers keep per-thread caches only on such threads
     * (on a plain thread every socket read allocates its buffer objects anew).
     */
    private static ThreadFactory ioThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new FastThreadLocalThread(r, n.getAndIncrement() == 0 ? name : name + "-" + n.get());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Completes with the connection once TCP is connected (and, with TLS, the handshake done), or with the reason it
     * could not be: a failed TLS handshake is an {@link SSLException} naming the address and the likely reason.
     */
    public CompletableFuture<Connection> open(MemberAddress address) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        InboundHandler handler = new InboundHandler(inbound);
        Bootstrap bootstrap = new Bootstrap().group(group).channelFactory(setup.channelFactory())
                .option(ChannelOption.TCP_NODELAY, socket.tcpNoDelay())
                // pooled buffers keep their NIO view: the adaptive default makes a new one for every socket read
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.SO_KEEPALIVE, socket.keepAlive())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        setup.initPipeline(ch, address, maxMessageSize, handler);
                    }
                });
        if (socket.lingerSeconds() >= 0) {
            bootstrap.option(ChannelOption.SO_LINGER, socket.lingerSeconds());
        }
        if (socket.receiveBufferSize() > 0) {
            bootstrap.option(ChannelOption.SO_RCVBUF, socket.receiveBufferSize());
        }
        if (socket.sendBufferSize() > 0) {
            bootstrap.option(ChannelOption.SO_SNDBUF, socket.sendBufferSize());
        }
        bootstrap.connect(address.host(), address.port()).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
                return;
            }
            SslHandler tls = f.channel().pipeline().get(SslHandler.class);
            if (tls == null) {
                opened(f.channel(), address, handler, result);
                return;
            }
            tls.handshakeFuture().addListener(h -> {
                if (h.isSuccess()) {
                    opened(f.channel(), address, handler, result);
                } else {
                    f.channel().close();
                    result.completeExceptionally(new SSLException("TLS handshake with " + address + " failed: "
                            + Tls.describeHandshakeFailure(h.cause()), h.cause()));
                }
            });
        });
        return result;
    }

    private void opened(Channel channel, MemberAddress address, InboundHandler handler,
                        CompletableFuture<Connection> result) {
        Connection connection = new Connection(connectionIds.getAndIncrement(), channel, address, counters);
        handler.connection(connection);
        result.complete(connection);
    }

    /** Stops the event loops; connections still open are closed with them. */
    public void shutdown() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
