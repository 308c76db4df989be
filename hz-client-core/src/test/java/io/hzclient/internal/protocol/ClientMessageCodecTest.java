package io.hzclient.internal.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientMessageCodecTest {
    private static final int PING = 0x000B00;

    private final EmbeddedChannel decoder = new EmbeddedChannel(new ClientMessageDecoder());

    @AfterEach
    void close() {
        decoder.finishAndReleaseAll();
    }

    @Test
    void pingRequestIs22BytesWithTheSpecLayout() {
        ClientMessage ping = MessageWriter.request(PING).build();
        ping.setCorrelationId(0x0102030405060708L);

        byte[] bytes = encode(ping);

        assertThat(bytes).hasSize(22);
        ByteBuf b = Unpooled.wrappedBuffer(bytes);
        assertThat(b.getIntLE(0)).isEqualTo(22);
        assertThat(b.getUnsignedShortLE(4)).isEqualTo(0xE000);
        assertThat(b.getIntLE(6)).isEqualTo(PING);
        assertThat(b.getLongLE(10)).isEqualTo(0x0102030405060708L);
        assertThat(b.getIntLE(18)).isEqualTo(-1);
        assertThat(bytes).startsWith(0x16, 0x00, 0x00, 0x00, 0x00, 0xE0, 0x00, 0x0B, 0x00, 0x00);
    }

    @Test
    void encoderPassesOtherMessagesThrough() {
        EmbeddedChannel ch = new EmbeddedChannel(ClientMessageEncoder.INSTANCE);
        ch.writeOutbound(Unpooled.wrappedBuffer("CP2".getBytes(StandardCharsets.US_ASCII)));
        ByteBuf out = ch.readOutbound();
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("CP2");
        out.release();
        ch.finishAndReleaseAll();
    }

    @Test
    void singleFrameMessageRoundTrips() {
        ClientMessage ping = MessageWriter.request(PING).build();
        ping.setCorrelationId(42);

        decoder.writeInbound(Unpooled.wrappedBuffer(encode(ping)));

        ClientMessage read = decoder.readInbound();
        assertSameFrames(read, ping);
        assertThat(read.correlationId()).isEqualTo(42);
        assertThat(decoder.<Object>readInbound()).isNull();
    }

    @Test
    void multiFrameMessageRoundTripsInOnePiece() {
        ClientMessage put = sampleMessage(7);
        decoder.writeInbound(Unpooled.wrappedBuffer(encode(put)));
        assertSameFrames(decoder.readInbound(), put);
    }

    @Test
    void multiFrameMessageRoundTripsFrameByFrame() {
        ClientMessage put = sampleMessage(7);
        byte[] bytes = encode(put);
        int at = 0;
        for (Frame f : put.frames()) {
            decoder.writeInbound(Unpooled.wrappedBuffer(bytes, at, f.wireSize()));
            at += f.wireSize();
        }
        assertSameFrames(decoder.readInbound(), put);
    }

    @Test
    void messagesRoundTripByteByByte() {
        ClientMessage first = sampleMessage(1);
        ClientMessage second = sampleMessage(2);
        byte[] bytes = concat(encode(first), encode(second));

        for (byte b : bytes) {
            decoder.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }

        assertSameFrames(decoder.readInbound(), first);
        assertSameFrames(decoder.readInbound(), second);
        assertThat(decoder.<Object>readInbound()).isNull();
    }

    @Test
    void messagesRoundTripInRandomChunks() {
        Random random = new Random(1);
        List<ClientMessage> sent = new ArrayList<>();
        byte[] bytes = new byte[0];
        for (int i = 0; i < 50; i++) {
            ClientMessage m = sampleMessage(i);
            sent.add(m);
            bytes = concat(bytes, encode(m));
        }
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(40));
            decoder.writeInbound(Unpooled.wrappedBuffer(bytes, at, n));
            at += n;
        }
        for (ClientMessage m : sent) {
            assertSameFrames(decoder.readInbound(), m);
        }
    }

    @Test
    void fragmentedMessageIsReassembled() {
        ClientMessage big = sampleMessage(3);
        List<ClientMessage> fragments = ClientMessageFragmenter.split(big, 40, 99);
        assertThat(fragments).hasSizeGreaterThan(2);

        for (ClientMessage fragment : fragments) {
            decoder.writeInbound(Unpooled.wrappedBuffer(encode(fragment)));
        }

        ClientMessage read = decoder.readInbound();
        assertSameFrames(read, big);
        assertThat(read.frames().subList(0, read.frames().size() - 1)).noneMatch(Frame::isFinal);
        assertThat(read.frames().get(read.frames().size() - 1).isFinal()).isTrue();
        assertThat(((ClientMessageDecoder) decoder.pipeline().first()).pendingFragmented()).isZero();
    }

    @Test
    void interleavedFragmentsOfDifferentIdsAreReassembled() {
        ClientMessage a = sampleMessage(10);
        ClientMessage b = sampleMessage(20);
        ClientMessage plain = MessageWriter.request(PING).build();
        List<ClientMessage> fa = ClientMessageFragmenter.split(a, 40, 1);
        List<ClientMessage> fb = ClientMessageFragmenter.split(b, 40, 2);
        List<ClientMessage> order = new ArrayList<>();
        for (int i = 0; i < Math.max(fa.size(), fb.size()); i++) {
            if (i < fb.size()) {
                order.add(fb.get(i));
            }
            if (i == 1) {
                order.add(plain);
            }
            if (i < fa.size()) {
                order.add(fa.get(i));
            }
        }
        byte[] bytes = new byte[0];
        for (ClientMessage m : order) {
            bytes = concat(bytes, encode(m));
        }
        for (byte x : bytes) {
            decoder.writeInbound(Unpooled.wrappedBuffer(new byte[] {x}));
        }

        List<ClientMessage> read = new ArrayList<>();
        for (Object m; (m = decoder.readInbound()) != null; ) {
            read.add((ClientMessage) m);
        }
        assertThat(read).hasSize(3);
        assertSameFrames(read.get(0), plain);
        // b has one fragment more than a, or the same count; whichever ends first comes first
        ClientMessage firstDone = fa.size() < fb.size() ? a : b;
        ClientMessage secondDone = firstDone == a ? b : a;
        assertSameFrames(read.get(1), firstDone);
        assertSameFrames(read.get(2), secondDone);
    }

    @Test
    void frameLengthBelowHeaderSizeIsRejected() {
        ByteBuf bad = Unpooled.buffer().writeIntLE(5).writeShortLE(Frame.IS_FINAL);
        assertThatThrownBy(() -> decoder.writeInbound(bad))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("Bad frame length 5");
    }

    @Test
    void negativeFrameLengthIsRejected() {
        ByteBuf bad = Unpooled.buffer().writeIntLE(-1).writeShortLE(0);
        assertThatThrownBy(() -> decoder.writeInbound(bad))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("Bad frame length -1");
    }

    @Test
    void tooManyPendingFragmentedMessagesAreRejected() {
        EmbeddedChannel ch = new EmbeddedChannel(new ClientMessageDecoder(1024, 2));
        assertThatThrownBy(() -> {
            for (long id = 0; id < 3; id++) {
                ClientMessage first = ClientMessageFragmenter.split(sampleMessage(1), 40, id).get(0);
                ch.writeInbound(Unpooled.wrappedBuffer(encode(first)));
            }
        }).isInstanceOf(ProtocolException.class).hasMessageContaining("More than 2 fragmented messages");
        ch.finishAndReleaseAll();
    }

    @Test
    void fragmentOfUnknownIdIsRejected() {
        ClientMessage last = ClientMessageFragmenter.split(sampleMessage(1), 40, 77).get(1);
        assertThatThrownBy(() -> decoder.writeInbound(Unpooled.wrappedBuffer(encode(last))))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("fragment of unknown fragment id 77");
    }

    @Test
    void fragmentWithoutItsIdIsRejected() {
        ClientMessage noId = ClientMessage.of(new Frame(new byte[3], Frame.BEGIN_FRAGMENT | Frame.IS_FINAL));
        assertThatThrownBy(() -> decoder.writeInbound(Unpooled.wrappedBuffer(encode(noId))))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("fragment id");
    }

    @Test
    void bytesAfterAnErrorAreDropped() {
        ByteBuf bad = Unpooled.buffer().writeIntLE(2).writeShortLE(0);
        assertThatThrownBy(() -> decoder.writeInbound(bad)).isInstanceOf(ProtocolException.class);

        decoder.writeInbound(Unpooled.wrappedBuffer(encode(MessageWriter.request(PING).build())));

        assertThat(decoder.<Object>readInbound()).isNull();
    }

    @Test
    void randomGarbageNeverHangsOrThrowsAnythingButProtocolException() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            EmbeddedChannel ch = new EmbeddedChannel(new ClientMessageDecoder(4096, 8));
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            try {
                ch.writeInbound(Unpooled.wrappedBuffer(garbage));
            } catch (ProtocolException expected) {
                // fine
            }
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void splitKeepsSmallMessagesWhole() {
        ClientMessage ping = MessageWriter.request(PING).build();
        assertThat(ClientMessageFragmenter.split(ping, 1000, 1)).containsExactly(ping);
    }

    @Test
    void splitMarksFragmentsAsTheSpecSays() {
        List<ClientMessage> fragments = ClientMessageFragmenter.split(sampleMessage(4), 40, 12);
        for (int i = 0; i < fragments.size(); i++) {
            Frame id = fragments.get(i).initialFrame();
            assertThat(FixedSizes.readLong(id.content, 0)).isEqualTo(12);
            int expected = i == 0 ? Frame.BEGIN_FRAGMENT : i == fragments.size() - 1 ? Frame.END_FRAGMENT : 0;
            assertThat(id.flags).isEqualTo(expected);
            List<Frame> frames = fragments.get(i).frames();
            assertThat(frames.get(frames.size() - 1).isFinal()).isTrue();
        }
    }

    // ---- helpers

    static ClientMessage sampleMessage(int seed) {
        return MessageWriter.request(0x010100)
                .fixLong(seed)
                .fixLong(-1)
                .string("map-" + seed)
                .bytes(("key-" + seed).getBytes(StandardCharsets.UTF_8))
                .nullFrame()
                .begin()
                .string("a")
                .string("value that is a little longer " + seed)
                .end()
                .build();
    }

    static byte[] encode(ClientMessage message) {
        EmbeddedChannel ch = new EmbeddedChannel(ClientMessageEncoder.INSTANCE);
        ch.writeOutbound(message);
        ByteBuf buf = ch.readOutbound();
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        buf.release();
        ch.finishAndReleaseAll();
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void assertSameFrames(ClientMessage actual, ClientMessage expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.frames()).hasSameSizeAs(expected.frames());
        for (int i = 0; i < expected.frames().size(); i++) {
            Frame a = actual.frames().get(i);
            Frame e = expected.frames().get(i);
            assertThat(a.flags).as("flags of frame %d", i).isEqualTo(e.flags);
            assertThat(a.content).as("content of frame %d", i).isEqualTo(e.content);
        }
    }
}
