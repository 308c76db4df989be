package io.hzclient.internal.protocol;

import io.hzclient.test.TestCluster;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The codec on a real socket to a real member: authenticate, ping, and read what the member answers. */
class ClientMessageCodecIT {
    private static TestCluster cluster;
    private static EventLoopGroup group;

    @BeforeAll
    static void start() {
        cluster = TestCluster.start(1);
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        cluster.close();
    }

    @Test
    void memberAuthenticatesAndAnswersPing() throws Exception {
        BlockingQueue<ClientMessage> received = new LinkedBlockingQueue<>();
        Channel channel = connect(received);
        try {
            channel.write(Unpooled.wrappedBuffer("CP2".getBytes(StandardCharsets.US_ASCII)));
            ClientMessage auth = authentication(cluster.clusterName());
            auth.setCorrelationId(1);
            channel.writeAndFlush(auth);

            ClientMessage authResponse = received.poll(30, TimeUnit.SECONDS);
            assertThat(authResponse).isNotNull();
            assertThat(authResponse.messageType()).isEqualTo(0x000101);
            assertThat(authResponse.correlationId()).isEqualTo(1);
            assertThat(authResponse.initialFrame().content[13]).as("status AUTHENTICATED").isEqualTo((byte) 0);
            assertThat(FixedSizes.readInt(authResponse.initialFrame().content, 32)).as("partition count").isEqualTo(271);
            assertThat(authResponse.frames().size()).isGreaterThan(3);

            // only after the answer: the member refuses any request that overtakes authentication
            ClientMessage ping = MessageWriter.request(0x000B00).build();
            ping.setCorrelationId(2);
            channel.writeAndFlush(ping);

            ClientMessage pong = received.poll(30, TimeUnit.SECONDS);
            assertThat(pong).isNotNull();
            assertThat(pong.messageType()).isEqualTo(0x000B01);
            assertThat(pong.correlationId()).isEqualTo(2);
        } finally {
            channel.close().sync();
        }
    }

    @Test
    void memberRejectsAWrongClusterName() throws Exception {
        BlockingQueue<ClientMessage> received = new LinkedBlockingQueue<>();
        Channel channel = connect(received);
        try {
            channel.write(Unpooled.wrappedBuffer("CP2".getBytes(StandardCharsets.US_ASCII)));
            ClientMessage auth = authentication("not-" + cluster.clusterName());
            auth.setCorrelationId(1);
            channel.writeAndFlush(auth);

            ClientMessage response = received.poll(30, TimeUnit.SECONDS);
            assertThat(response).isNotNull();
            assertThat(response.messageType()).isEqualTo(0x000101);
            assertThat(response.initialFrame().content[13]).as("status CREDENTIALS_FAILED").isEqualTo((byte) 1);
        } finally {
            channel.close().sync();
        }
    }

    private static Channel connect(BlockingQueue<ClientMessage> received) throws InterruptedException {
        String[] hostPort = cluster.addresses().get(0).split(":");
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(ClientMessageEncoder.INSTANCE, new ClientMessageDecoder(),
                                new SimpleChannelInboundHandler<ClientMessage>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, ClientMessage msg) {
                                        received.add(msg);
                                    }
                                });
                    }
                })
                .connect(hostPort[0], Integer.parseInt(hostPort[1])).sync().channel();
    }

    /** Client.authentication 0x000100, laid out as in the spec; the initial frame is 42 bytes on the wire. */
    private static ClientMessage authentication(String clusterName) {
        ClientMessage auth = MessageWriter.request(0x000100)
                .fixUuid(UUID.randomUUID())
                .fixByte(1) // serialization version
                .fixByte(0) // routing mode: unisocket
                .fixBoolean(false) // cpDirectToLeaderRouting
                .string(clusterName)
                .nullFrame() // username
                .nullFrame() // password
                .string("JVM")
                .string("5.7.0")
                .string("codec-it")
                .listString(List.of())
                .build();
        assertThat(auth.initialFrame().wireSize()).isEqualTo(42);
        return auth;
    }
}
