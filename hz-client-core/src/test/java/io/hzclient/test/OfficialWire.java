package io.hzclient.test;

import com.hazelcast.client.impl.protocol.ClientMessageReader;
import com.hazelcast.client.impl.protocol.ClientMessageWriter;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageDecoder;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages as bytes on the wire, ours and the official codecs', and read back by either side. */
public final class OfficialWire {
    private OfficialWire() {
    }

    /** The official message's bytes on the wire (correlation id 9). */
    public static byte[] wire(com.hazelcast.client.impl.protocol.ClientMessage message) {
        message.setCorrelationId(9);
        ByteBuffer buffer = ByteBuffer.allocate(1024 * 1024);
        assertThat(new ClientMessageWriter().writeTo(buffer, message)).isTrue();
        buffer.flip();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Our message's bytes as our encoder writes them to the socket (correlation id 9, as the official's). */
    public static byte[] wire(ClientMessage message) {
        message.setCorrelationId(9);
        EmbeddedChannel channel = new EmbeddedChannel(ClientMessageEncoder.INSTANCE);
        channel.writeOutbound(message);
        ByteBuf out = Unpooled.buffer();
        for (ByteBuf b; (b = channel.readOutbound()) != null; ) {
            out.writeBytes(b);
            b.release();
        }
        channel.finishAndReleaseAll();
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    /** Bytes read by the official reader, as a member reads a request. */
    public static com.hazelcast.client.impl.protocol.ClientMessage readOfficial(byte[] bytes) {
        ClientMessageReader reader = new ClientMessageReader(Integer.MAX_VALUE);
        assertThat(reader.readFrom(ByteBuffer.wrap(bytes), true)).isTrue();
        return reader.getClientMessage();
    }

    /** Bytes read by our decoder fed one byte at a time, the hardest way they can arrive. */
    public static ClientMessage readByteByByte(byte[] bytes) {
        EmbeddedChannel channel = new EmbeddedChannel(new ClientMessageDecoder());
        for (byte b : bytes) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        ClientMessage message = channel.readInbound();
        assertThat((Object) channel.readInbound()).isNull();
        channel.finishAndReleaseAll();
        return message;
    }
}
