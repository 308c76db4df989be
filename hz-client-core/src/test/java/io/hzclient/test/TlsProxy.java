package io.hzclient.test;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TLS-terminating proxy in front of one member, for tests (open-source members have no TLS): TLS on its own
 * loopback port with the given server key (and, for mutual TLS, a required client certificate signed by a CA of the
 * trust store), plain TCP to the member, the bytes relayed both ways.
 */
public final class TlsProxy implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final AtomicInteger handshakes = new AtomicInteger();
    private final CopyOnWriteArrayList<Throwable> errors = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<String> sessions = new CopyOnWriteArrayList<>();

    private TlsProxy(SslContext context, String memberHost, int memberPort) {
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.AUTO_READ, false)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(context.newHandler(ch.alloc()), new Frontend(memberHost, memberPort));
                    }
                });
        this.server = bootstrap.bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    /**
     * Starts a proxy on a free loopback port.
     *
     * @param serverKeyStore the proxy's key (PKCS12, {@link TestCertificates#PASSWORD})
     * @param clientTrustStore for mutual TLS: the CAs a client certificate must be signed by; null for none
     * @param memberAddress the member, {@code host:port}
     */
    public static TlsProxy start(Path serverKeyStore, Path clientTrustStore, String memberAddress) {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(serverKeyStore), TestCertificates.PASSWORD.toCharArray());
            SslContextBuilder builder = SslContextBuilder.forServer(kmf).sslProvider(SslProvider.JDK);
            if (clientTrustStore != null) {
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(load(clientTrustStore));
                builder.trustManager(tmf).clientAuth(ClientAuth.REQUIRE);
            }
            int colon = memberAddress.lastIndexOf(':');
            return new TlsProxy(builder.build(), memberAddress.substring(0, colon),
                    Integer.parseInt(memberAddress.substring(colon + 1)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the TLS proxy", e);
        }
    }

    private static KeyStore load(Path path) throws Exception {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TestCertificates.PASSWORD.toCharArray());
            return store;
        }
    }

    /** The proxy's TLS port on 127.0.0.1. */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** {@code 127.0.0.1:port}. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** Handshakes that succeeded so far. */
    public int handshakes() {
        return handshakes.get();
    }

    /** Each handshake's protocol and cipher suite, as {@code "TLSv1.3 TLS_AES_128_GCM_SHA256"}. */
    public java.util.List<String> sessions() {
        return sessions;
    }

    /** What failed on the proxy's side (a refused handshake, say). */
    public java.util.List<Throwable> errors() {
        return errors;
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The client's side: once the TLS handshake is done, connects to the member and relays. */
    private final class Frontend extends ChannelInboundHandlerAdapter {
        private final String memberHost;
        private final int memberPort;
        private final java.util.List<Object> pending = new java.util.ArrayList<>();
        private Channel backend;

        Frontend(String memberHost, int memberPort) {
            this.memberHost = memberHost;
            this.memberPort = memberPort;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.read(); // the handshake
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof io.netty.handler.ssl.SslHandshakeCompletionEvent done) {
                if (!done.isSuccess()) {
                    errors.add(done.cause());
                    ctx.close();
                    return;
                }
                handshakes.incrementAndGet();
                javax.net.ssl.SSLSession session = ctx.pipeline().get(io.netty.handler.ssl.SslHandler.class).engine()
                        .getSession();
                sessions.add(session.getProtocol() + " " + session.getCipherSuite());
                Channel front = ctx.channel();
                new Bootstrap().group(front.eventLoop()).channel(NioSocketChannel.class)
                        .handler(new Relay(front)).connect(memberHost, memberPort)
                        .addListener((ChannelFutureListener) f -> {
                            if (f.isSuccess()) {
                                backend = f.channel();
                                pending.forEach(backend::write);
                                pending.clear();
                                backend.flush();
                                front.config().setAutoRead(true);
                                front.read();
                            } else {
                                front.close();
                            }
                        });
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (backend != null) {
                backend.writeAndFlush(msg);
            } else {
                pending.add(msg); // read with the handshake's last bytes, before the member is connected
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            pending.forEach(io.netty.util.ReferenceCountUtil::release);
            pending.clear();
            if (backend != null) {
                backend.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors.add(cause);
            ctx.close();
        }
    }

    /** The member's side: its bytes back to the client. */
    private static final class Relay extends ChannelInboundHandlerAdapter {
        private final Channel front;

        Relay(Channel front) {
            this.front = front;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            front.writeAndFlush(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            front.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
