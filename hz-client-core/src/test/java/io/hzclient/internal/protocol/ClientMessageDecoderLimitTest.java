package io.hzclient.internal.protocol;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.hzclient.internal.protocol.ClientMessageCodecTest.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A message over the decoder's limit is skipped as its bytes stream in, whatever their chunking, and handed on as an
 * {@link OversizedMessage} once it has passed; the messages after it decode as usual. Fed byte by byte and in chunks
 * of several sizes (0 stands for random chunks of 1 to 300 bytes).
 */
class ClientMessageDecoderLimitTest {
    private static final int LIMIT = 1024;
    private static final int GET_ANSWER = 0x010201;
    private static final int EVENT = 0x010602;

    private final ClientMessageDecoder decoder = new ClientMessageDecoder(LIMIT, 8);
    private final EmbeddedChannel channel = new EmbeddedChannel(decoder);
    private final Random random = new Random(3);
    /** The most the decoder held after any write. */
    private long mostHeld;

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 0})
    void aSingleFrameLongerThanTheLimitIsSkippedAndTheNextMessageDecodes(int chunk) {
        ClientMessage big = ClientMessage.of(new Frame(initialContent(GET_ANSWER, 41, 5 * LIMIT), Frame.UNFRAGMENTED));
        ClientMessage next = answer(42, 300);

        feed(chunk, encode(big), encode(next));

        assertThat(channel.<Object>readInbound())
                .isEqualTo(new OversizedMessage(GET_ANSWER, 41, false, big.wireSize(), LIMIT));
        assertSameFrames(channel.readInbound(), next);
        assertThat(channel.<Object>readInbound()).isNull();
        assertThat(mostHeld).as("bytes held at most").isLessThanOrEqualTo(LIMIT + chunk(chunk) - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 0})
    void aMultiFrameMessageOverTheLimitIsSkippedFromTheFrameThatTakesItOver(int chunk) {
        // frames of 306 bytes: the fourth takes it over 1024; the ones after are skipped too
        ClientMessage big = MessageWriter.request(GET_ANSWER).bytes(new byte[300]).bytes(new byte[300])
                .bytes(new byte[300]).bytes(new byte[300]).bytes(new byte[300]).build();
        big.setCorrelationId(7);
        ClientMessage next = answer(8, 10);

        feed(chunk, encode(big), encode(next));

        assertThat(channel.<Object>readInbound())
                .isEqualTo(new OversizedMessage(GET_ANSWER, 7, false, big.wireSize(), LIMIT));
        assertSameFrames(channel.readInbound(), next);
        assertThat(mostHeld).isLessThanOrEqualTo(LIMIT + chunk(chunk) - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 0})
    void aMessageWithOneFrameLongerThanTheLimitIsSkippedAcrossReads(int chunk) {
        ClientMessage big = MessageWriter.request(GET_ANSWER).bytes(new byte[4 * LIMIT]).nullFrame().build();
        big.setCorrelationId(9);
        ClientMessage next = answer(10, 0);

        feed(chunk, encode(big), encode(next));

        assertThat(channel.<Object>readInbound())
                .isEqualTo(new OversizedMessage(GET_ANSWER, 9, false, big.wireSize(), LIMIT));
        assertSameFrames(channel.readInbound(), next);
        assertThat(mostHeld).isLessThanOrEqualTo(LIMIT + chunk(chunk) - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 0})
    void aFragmentedMessageOverTheLimitIsSkippedAndReportedAfterItsLastFragment(int chunk) {
        ClientMessage big = MessageWriter.request(GET_ANSWER).bytes(new byte[400]).bytes(new byte[400])
                .bytes(new byte[400]).bytes(new byte[400]).build();
        big.setCorrelationId(11);
        List<ClientMessage> fragments = ClientMessageFragmenter.split(big, 500, 77);
        assertThat(fragments).hasSizeGreaterThan(3);
        ClientMessage small = sampleFragmentable(12);
        List<ClientMessage> smallFragments = ClientMessageFragmenter.split(small, 60, 78);
        ClientMessage plain = answer(13, 5);
        // the big one's fragments, with a plain message and a small fragmented one (that fits) in between
        List<byte[]> wire = new ArrayList<>();
        wire.add(encode(fragments.get(0)));
        smallFragments.forEach(f -> wire.add(encode(f)));
        wire.add(encode(fragments.get(1)));
        wire.add(encode(plain));
        fragments.subList(2, fragments.size()).forEach(f -> wire.add(encode(f)));
        ClientMessage after = answer(14, 5);
        wire.add(encode(after));

        feed(chunk, wire.toArray(new byte[0][]));

        assertSameFrames(channel.readInbound(), small);
        assertSameFrames(channel.readInbound(), plain);
        assertThat(channel.<Object>readInbound()).as("reported once its last fragment has passed")
                .isEqualTo(new OversizedMessage(GET_ANSWER, 11, false, big.wireSize(), LIMIT));
        assertSameFrames(channel.readInbound(), after);
        assertThat(decoder.pendingFragmented()).isZero();
        assertThat(mostHeld).isLessThanOrEqualTo(LIMIT + chunk(chunk) - 1 + 14);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void aFragmentedMessageWhoseInitialFrameIsOverTheLimitIsSkippedToo(int chunk) {
        ClientMessage big = ClientMessage.of(new Frame(initialContent(GET_ANSWER, 15, 2 * LIMIT), Frame.UNFRAGMENTED),
                new Frame(new byte[20]), new Frame(new byte[20]));
        List<ClientMessage> fragments = ClientMessageFragmenter.split(big, 100, 5);
        assertThat(fragments).hasSize(2);

        feed(chunk, encode(fragments.get(0)), encode(fragments.get(1)), encode(answer(16, 1)));

        assertThat(channel.<Object>readInbound())
                .isEqualTo(new OversizedMessage(GET_ANSWER, 15, false, big.wireSize(), LIMIT));
        assertThat(channel.<ClientMessage>readInbound().correlationId()).isEqualTo(16);
    }

    @Test
    void anOversizedEventIsReportedAsAnEvent() {
        ClientMessage event = MessageWriter.request(EVENT).bytes(new byte[2 * LIMIT]).build();
        event.setCorrelationId(3);
        event.addFlags(Frame.IS_EVENT);

        feed(50, encode(event));

        assertThat(channel.<Object>readInbound())
                .isEqualTo(new OversizedMessage(EVENT, 3, true, event.wireSize(), LIMIT));
    }

    @Test
    void aMessageOfExactlyTheLimitIsReadAndOneByteMoreIsSkipped() {
        int overhead = answer(1, 0).wireSize();
        ClientMessage fits = answer(1, LIMIT - overhead);
        ClientMessage over = answer(2, LIMIT - overhead + 1);
        assertThat(fits.wireSize()).isEqualTo(LIMIT);

        feed(0, encode(fits), encode(over));

        assertSameFrames(channel.readInbound(), fits);
        assertThat(channel.<Object>readInbound())
                .isEqualTo(new OversizedMessage(GET_ANSWER, 2, false, LIMIT + 1, LIMIT));
    }

    @Test
    void aForgedHugeFrameLengthIsSkippedAsItComesNeverBuffered() {
        byte[] header = Unpooled.buffer().writeIntLE(Integer.MAX_VALUE)
                .writeShortLE(Frame.UNFRAGMENTED | Frame.IS_FINAL).writeIntLE(GET_ANSWER).writeLongLE(5).array();
        channel.writeInbound(Unpooled.wrappedBuffer(header, 0, 18));
        for (int i = 0; i < 100; i++) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[4096]));
            assertThat(decoder.heldBytes()).isZero();
        }
        assertThat(channel.<Object>readInbound()).isNull();
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void garbageAfterASkippedMessageStillFails() {
        ClientMessage big = MessageWriter.request(GET_ANSWER).bytes(new byte[2 * LIMIT]).build();
        feed(100, encode(big));
        assertThat(channel.<Object>readInbound()).isInstanceOf(OversizedMessage.class);

        assertThatThrownBy(() -> channel.writeInbound(Unpooled.buffer().writeIntLE(3).writeShortLE(0)))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("Bad frame length 3");
    }

    @Test
    void aFragmentIdFrameLongerThanTheLimitIsBadData() {
        byte[] header = Unpooled.buffer().writeIntLE(LIMIT + 1).writeShortLE(Frame.BEGIN_FRAGMENT).array();
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(header, 0, 6)))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("Fragment id frame of 1025 bytes exceeds the limit of 1024 bytes");
    }

    @Test
    void aSkippedMessageWhoseInitialFrameHoldsNoCorrelationIdIsBadData() {
        ClientMessage bad = ClientMessage.of(new Frame(new byte[4], Frame.UNFRAGMENTED),
                new Frame(new byte[2 * LIMIT]));
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(encode(bad))))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("holds no correlation id");
    }

    @Test
    void theLimitMustHoldACorrelationId() {
        assertThatThrownBy(() -> new ClientMessageDecoder(17, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 18");
    }

    // ---- helpers

    /** Writes the bytes in chunks of {@code chunk} bytes (0: random sizes), noting the most the decoder held. */
    private void feed(int chunk, byte[]... messages) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            all.writeBytes(m);
        }
        byte[] bytes = all.toByteArray();
        for (int at = 0; at < bytes.length; ) {
            int n = Math.min(bytes.length - at, chunk > 0 ? chunk : 1 + random.nextInt(300));
            channel.writeInbound(Unpooled.wrappedBuffer(bytes, at, n));
            mostHeld = Math.max(mostHeld, decoder.heldBytes());
            at += n;
        }
    }

    /** The largest chunk that {@link #feed} writes at once. */
    private static int chunk(int chunk) {
        return chunk > 0 ? chunk : 300;
    }

    private static ClientMessage answer(long correlationId, int valueBytes) {
        ClientMessage m = MessageWriter.request(GET_ANSWER).bytes(new byte[valueBytes]).build();
        m.setCorrelationId(correlationId);
        return m;
    }

    private static ClientMessage sampleFragmentable(long correlationId) {
        ClientMessage m = MessageWriter.request(GET_ANSWER).string("one").string("two").string("three").build();
        m.setCorrelationId(correlationId);
        return m;
    }

    private static byte[] initialContent(int type, long correlationId, int size) {
        byte[] content = new byte[size];
        FixedSizes.writeInt(content, ClientMessage.TYPE_OFFSET, type);
        FixedSizes.writeLong(content, ClientMessage.CORRELATION_ID_OFFSET, correlationId);
        return content;
    }

    private static void assertSameFrames(Object read, ClientMessage expected) {
        assertThat(read).isInstanceOf(ClientMessage.class);
        ClientMessage actual = (ClientMessage) read;
        assertThat(actual.frameCount()).isEqualTo(expected.frameCount());
        for (int i = 0; i < expected.frameCount(); i++) {
            assertThat(actual.flags(i)).as("flags of frame %d", i).isEqualTo(expected.flags(i));
            assertThat(actual.content(i)).as("content of frame %d", i).isEqualTo(expected.content(i));
        }
    }
}
