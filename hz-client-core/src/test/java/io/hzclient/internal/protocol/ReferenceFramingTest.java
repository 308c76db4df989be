package io.hzclient.internal.protocol;

import com.hazelcast.client.impl.protocol.ClientMessageReader;
import com.hazelcast.client.impl.protocol.ClientMessageWriter;
import com.hazelcast.client.impl.protocol.codec.ClientPingCodec;
import com.hazelcast.client.impl.protocol.codec.MapPutCodec;
import com.hazelcast.client.impl.protocol.util.ClientMessageSplitter;
import com.hazelcast.internal.serialization.impl.HeapData;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our framing against the member's own (test-scope jar, used as a reference for bytes only): what we write, the
 * member's reader reads; what the member's writer and splitter produce, we read.
 */
class ReferenceFramingTest {
    private static final int IS_FINAL = Frame.IS_FINAL;

    @Test
    void pingBytesEqualTheReferenceWriters() {
        com.hazelcast.client.impl.protocol.ClientMessage reference = ClientPingCodec.encodeRequest();
        reference.setCorrelationId(5);
        ClientMessage ours = MessageWriter.request(0x000B00).build();
        ours.setCorrelationId(5);

        assertThat(ClientMessageCodecTest.encode(ours)).isEqualTo(write(reference));
    }

    @Test
    void referenceFragmentsAreReassembled() {
        com.hazelcast.client.impl.protocol.ClientMessage put = MapPutCodec.encodeRequest("a-map",
                data(300, 1), data(500, 2), 7, -1);
        put.setCorrelationId(11);
        List<com.hazelcast.client.impl.protocol.ClientMessage> fragments = ClientMessageSplitter.getFragments(128, put);
        assertThat(fragments).hasSizeGreaterThan(2);
        byte[] bytes = new byte[0];
        for (com.hazelcast.client.impl.protocol.ClientMessage f : fragments) {
            bytes = concat(bytes, write(f));
        }

        EmbeddedChannel decoder = new EmbeddedChannel(new ClientMessageDecoder());
        Random random = new Random(3);
        for (int at = 0; at < bytes.length; ) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(50));
            decoder.writeInbound(Unpooled.wrappedBuffer(bytes, at, n));
            at += n;
        }
        ClientMessage read = decoder.readInbound();
        decoder.finishAndReleaseAll();

        List<com.hazelcast.client.impl.protocol.ClientMessage.Frame> expected = frames(put);
        assertThat(read.frames()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(read.frames().get(i).content).isEqualTo(expected.get(i).content);
            assertThat(read.frames().get(i).flags & ~IS_FINAL).isEqualTo(expected.get(i).flags & ~IS_FINAL);
        }
        assertThat(read.correlationId()).isEqualTo(11);
        assertThat(read.messageType()).isEqualTo(MapPutCodec.REQUEST_MESSAGE_TYPE);
    }

    @Test
    void ourBytesAreReadByTheReferenceReader() {
        ClientMessage ours = ClientMessageCodecTest.sampleMessage(9);
        ours.setCorrelationId(77);
        ClientMessageReader reader = new ClientMessageReader(Integer.MAX_VALUE);

        assertThat(reader.readFrom(ByteBuffer.wrap(ClientMessageCodecTest.encode(ours)), true)).isTrue();

        List<com.hazelcast.client.impl.protocol.ClientMessage.Frame> read = frames(reader.getClientMessage());
        assertThat(read).hasSameSizeAs(ours.frames());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).content).isEqualTo(ours.frames().get(i).content);
            assertThat(read.get(i).flags).isEqualTo(ours.frames().get(i).flags);
        }
        assertThat(reader.getClientMessage().getCorrelationId()).isEqualTo(77);
    }

    @Test
    void ourFragmentsMatchTheReferenceSplitterLayout() {
        com.hazelcast.client.impl.protocol.ClientMessage put = MapPutCodec.encodeRequest("a-map",
                data(300, 1), data(500, 2), 7, -1);
        List<Frame> frames = new ArrayList<>();
        for (com.hazelcast.client.impl.protocol.ClientMessage.Frame f : frames(put)) {
            frames.add(new Frame(f.content, f.flags));
        }
        List<ClientMessage> ours = ClientMessageFragmenter.split(new ClientMessage(frames), 128, 1);
        List<com.hazelcast.client.impl.protocol.ClientMessage> theirs = ClientMessageSplitter.getFragments(128, put);

        assertThat(ours).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.size(); i++) {
            List<com.hazelcast.client.impl.protocol.ClientMessage.Frame> expected = frames(theirs.get(i));
            List<Frame> actual = ours.get(i).frames();
            assertThat(actual.get(0).flags).as("fragment %d id frame flags", i).isEqualTo(expected.get(0).flags);
            assertThat(actual.subList(1, actual.size())).extracting(f -> f.content.length)
                    .as("fragment %d frame sizes", i)
                    .isEqualTo(expected.subList(1, expected.size()).stream().map(f -> f.content.length).toList());
        }
    }

    private static HeapData data(int payload, int seed) {
        byte[] bytes = new byte[8 + payload];
        new Random(seed).nextBytes(bytes);
        Arrays.fill(bytes, 0, 4, (byte) 0);
        bytes[4] = (byte) 0xFF; // a negative type id, like the built-in serializers
        return new HeapData(bytes);
    }

    private static byte[] write(com.hazelcast.client.impl.protocol.ClientMessage message) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        assertThat(new ClientMessageWriter().writeTo(buffer, message)).isTrue();
        buffer.flip();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static List<com.hazelcast.client.impl.protocol.ClientMessage.Frame> frames(
            com.hazelcast.client.impl.protocol.ClientMessage message) {
        List<com.hazelcast.client.impl.protocol.ClientMessage.Frame> frames = new ArrayList<>();
        for (var f = message.getStartFrame(); f != null; f = f.next) {
            frames.add(f);
        }
        return frames;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
