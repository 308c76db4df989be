package io.hzclient.internal.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each thread builds its requests in one writer: a request of many frames must not cost a new writer each time. */
class MessageWriterReuseTest {
    private static final int TYPE = 0x210400;

    private static MessageWriter withStrings(int count) {
        MessageWriter w = MessageWriter.request(TYPE).fixLong(7);
        for (int i = 0; i < count; i++) {
            w.string("frame-" + i);
        }
        return w;
    }

    @Test
    void aWriterThatGrewPastEightFramesIsStillTheThreadsNextWriter() {
        MessageWriter writer = withStrings(12);
        writer.build();

        assertThat(writer.isIdle()).isTrue();
        assertThat(MessageWriter.request(TYPE)).isSameAs(writer);
    }

    @Test
    void aRequestBuiltInAWriterThatGrewCarriesNothingOfTheOneBefore() {
        MessageWriter grown = withStrings(12);
        grown.build();
        MessageWriter again = withStrings(2);
        assertThat(again).isSameAs(grown);
        byte[] reused = ClientMessageCodecTest.encode(again.build());

        MessageWriter other = MessageWriter.request(TYPE); // take the idle one, so the next is fresh
        byte[] fresh = ClientMessageCodecTest.encode(withStrings(2).build());
        other.build();

        assertThat(reused).isEqualTo(fresh);
    }

    @Test
    void aWriterThatGrewUnusuallyLargeIsLeftToTheGc() {
        MessageWriter huge = withStrings(1000);
        huge.build();

        assertThat(huge.isIdle()).isFalse();
    }
}
