package io.hzclient.bench;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The floor for one synchronous map get: a bare socket, no client at all, sends ready-made Map.Get requests to the
 * member one at a time and busy-polls it for each answer's frames, so that no thread on this side ever sleeps. Its
 * rate is what a map call costs the member and the loopback: no client makes synchronous gets from one thread faster.
 */
final class MemberFloor {
    private static final int CORRELATION_ID_OFFSET = Frame.HEADER_SIZE + 4; // after the frame header and message type

    private MemberFloor() {
    }

    /** Gets a second and the p99 of one get, in ns, reading random keys of {@code mapName}. */
    static long[] run(String address, String cluster, String mapName, int keys, long warmupMs, long measureMs) {
        int colon = address.lastIndexOf(':');
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(
                InetAddress.getByName(address.substring(0, colon)), Integer.parseInt(address.substring(colon + 1))))) {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            OutputStream out = channel.socket().getOutputStream();
            DataInputStream in = new DataInputStream(channel.socket().getInputStream());
            out.write("CP2".getBytes(StandardCharsets.US_ASCII));
            out.write(wire(ClientCodec.authentication(cluster, null, null, UUID.randomUUID(), "JVM", "bench-floor",
                    List.of(), false)));
            ClientCodec.AuthenticationResult auth = ClientCodec.decodeAuthentication(readMessage(in));
            if (auth.status() != 0) {
                throw new IllegalStateException("the member refused authentication: status " + auth.status());
            }

            PartitionTable partitions = new PartitionTable();
            partitions.fixPartitionCount(auth.partitionCount());
            DefaultSerializationService serialization = new DefaultSerializationService(SerializationConfig.defaults());
            byte[][] requests = new byte[keys][];
            for (int k = 0; k < keys; k++) {
                Data key = serialization.toData(k);
                ClientMessage get = MapCodec.get(mapName, key, 1).request();
                get.setPartitionId(partitions.partitionId(key));
                requests[k] = wire(get);
            }

            out.write(requests[0]);
            if (MapCodec.nullableDataResponse(readMessage(in)) == null) {
                throw new IllegalStateException("key 0 of " + mapName + " is not there: the floor would read nothing");
            }

            channel.configureBlocking(false);
            SplittableRandom random = new SplittableRandom(42);
            ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer[] wires = new ByteBuffer[keys];
            for (int k = 0; k < keys; k++) {
                wires[k] = ByteBuffer.allocateDirect(requests[k].length).order(ByteOrder.LITTLE_ENDIAN);
                wires[k].put(requests[k]).flip();
            }
            long[] correlationId = {0};
            return RoundTrips.time(warmupMs, measureMs, () -> {
                ByteBuffer request = wires[random.nextInt(keys)];
                request.putLong(CORRELATION_ID_OFFSET, ++correlationId[0]).clear();
                while (request.hasRemaining()) {
                    channel.write(request);
                }
                awaitMessage(channel, buffer);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] wire(ClientMessage message) {
        ByteBuf buf = Unpooled.buffer();
        ClientMessageEncoder.encode(message, buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    /** Reads one message (its frames up to the final one). */
    private static ClientMessage readMessage(DataInputStream in) throws IOException {
        List<Frame> frames = new ArrayList<>();
        byte[] header = new byte[Frame.HEADER_SIZE];
        do {
            in.readFully(header);
            byte[] content = new byte[intLE(header) - Frame.HEADER_SIZE];
            in.readFully(content);
            frames.add(new Frame(content, flags(header)));
        } while ((flags(header) & Frame.IS_FINAL) == 0);
        return new ClientMessage(frames);
    }

    /**
     * Polls the non-blocking channel until one whole message is in (nothing else comes on this connection, so the
     * buffer holds just that message), keeping none of it: what the measured loop does.
     */
    private static void awaitMessage(SocketChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear();
        int frameStart = 0;
        while (true) {
            if (channel.read(buffer) < 0) {
                throw new IOException("the member closed the connection");
            }
            while (buffer.position() - frameStart >= Frame.HEADER_SIZE
                    && buffer.position() - frameStart >= buffer.getInt(frameStart)) {
                boolean last = (buffer.getShort(frameStart + 4) & Frame.IS_FINAL) != 0;
                frameStart += buffer.getInt(frameStart);
                if (last) {
                    return;
                }
            }
        }
    }

    private static int intLE(byte[] b) {
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | b[3] << 24;
    }

    private static int flags(byte[] header) {
        return (header[4] & 0xff) | (header[5] & 0xff) << 8;
    }
}
