package io.hzclient.internal.connection;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.hzclient.internal.protocol.Frame;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write-through and the event loop's queue share one socket: whatever path each message takes, and even when a
 * write-through only gets part of a message out (the peer reads nothing for a while), the peer receives every
 * message whole, none cut into by another.
 */
class ConnectionWriteThroughTest {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    @AfterEach
    void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void messagesArriveWholeWhateverPathTheyTake() throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.setReceiveBufferSize(1024); // small buffers on both sides: an 8 KB write-through is cut short
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            Channel channel = new Bootstrap().group(group).channelFactory(WriteThroughSocketChannel::new)
                    .option(ChannelOption.SO_SNDBUF, 1024)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(ClientMessageEncoder.INSTANCE);
                        }
                    })
                    .connect(server.getLocalSocketAddress()).sync().channel();
            try (Socket peer = server.accept()) {
                Connection connection = new Connection(1, channel, new MemberAddress("127.0.0.1", server.getLocalPort()),
                        new ClientCounters());
                List<ClientMessage> sent = new ArrayList<>();
                // as if the member had answered: write-through is on from now
                connection.markRead(message(0, 16));

                // a lone call, larger than both socket buffers: written through, only in part
                sent.add(message(1, Connection.WRITE_THROUGH_LIMIT - 64));
                assertThat(connection.write(sent.get(0))).isTrue();
                assertThat(connection.partialWriteThroughs()).as("the first message was cut short").isEqualTo(1);
                // then calls from several threads: queued (calls are in flight now) or written through
                int threads = 4;
                int perThread = 50;
                CountDownLatch done = new CountDownLatch(threads);
                List<ClientMessage> more = new ArrayList<>();
                for (int i = 0; i < threads * perThread; i++) {
                    more.add(message(2 + i, 100 + (i * 37) % 3000));
                }
                for (int t = 0; t < threads; t++) {
                    int first = t * perThread;
                    new Thread(() -> {
                        for (int i = first; i < first + perThread; i++) {
                            connection.write(more.get(i));
                        }
                        done.countDown();
                    }).start();
                }
                assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
                sent.addAll(more);

                byte[] received = readAll(peer.getInputStream(), totalSize(sent));
                List<Long> ids = parse(received);
                // each message arrived whole (parse checks every frame) and exactly once
                assertThat(ids).hasSize(sent.size());
                assertThat(ids.get(0)).isEqualTo(1L);
                assertThat(ids).containsExactlyInAnyOrderElementsOf(sent.stream().map(ClientMessage::correlationId).toList());
            } finally {
                channel.close().sync();
            }
        }
    }

    /** A message whose frames are filled with its correlation id's low byte, so a cut-in shows. */
    private static ClientMessage message(long correlationId, int payloadSize) {
        byte[] initial = new byte[ClientMessage.REQUEST_HEADER_SIZE];
        ClientMessage m = ClientMessage.of(new Frame(initial, Frame.UNFRAGMENTED), payload(correlationId, payloadSize));
        m.setCorrelationId(correlationId);
        return m;
    }

    private static Frame payload(long correlationId, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) correlationId);
        return new Frame(content, Frame.IS_FINAL);
    }

    private static int totalSize(List<ClientMessage> messages) {
        return messages.stream().mapToInt(ClientMessage::wireSize).sum();
    }

    private static byte[] readAll(InputStream in, int size) throws Exception {
        Thread.sleep(200); // let the writer find the peer's buffer full first
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (out.size() < size) {
            int n = in.read(buffer);
            assertThat(n).isPositive();
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Correlation ids of the messages in the stream, checking each frame's length and content. */
    private static List<Long> parse(byte[] stream) {
        ByteBuf in = Unpooled.wrappedBuffer(stream);
        List<Long> ids = new ArrayList<>();
        while (in.isReadable()) {
            int length = in.readIntLE();
            int flags = in.readUnsignedShortLE();
            assertThat(flags & Frame.UNFRAGMENTED).isEqualTo(Frame.UNFRAGMENTED);
            ByteBuf initial = in.readSlice(length - Frame.HEADER_SIZE);
            long id = initial.getLongLE(ClientMessage.CORRELATION_ID_OFFSET);
            int payloadLength = in.readIntLE();
            int payloadFlags = in.readUnsignedShortLE();
            assertThat(payloadFlags & Frame.IS_FINAL).isEqualTo(Frame.IS_FINAL);
            ByteBuf payload = in.readSlice(payloadLength - Frame.HEADER_SIZE);
            for (int i = 0; i < payload.readableBytes(); i++) {
                assertThat(payload.getByte(i)).as("message %d, byte %d", id, i).isEqualTo((byte) id);
            }
            ids.add(id);
        }
        return ids;
    }
}
