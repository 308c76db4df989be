package io.hzclient.internal.connection;

import io.hzclient.HzClientException;
import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageDecoder;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The channel setup decides once, for every connection, where the byte handlers go and whether callers write through. */
class ChannelSetupTest {
    private static final MemberAddress MEMBER = new MemberAddress("127.0.0.1", 5701);

    @Test
    void withoutByteHandlersTheChannelLetsItsConnectionWriteThrough() {
        ChannelSetup setup = ChannelSetup.plain();
        assertThat(setup.writeThroughAllowed()).isTrue();

        Channel channel = setup.channelFactory().newChannel();
        try {
            assertThat(channel).isInstanceOf(WriteThroughSocketChannel.class);
            assertThat(new Connection(1, channel, MEMBER, new ClientCounters()).writeThroughAllowed()).isTrue();
        } finally {
            channel.unsafe().closeForcibly();
        }
    }

    @Test
    void withAByteHandlerEveryWriteGoesThroughThePipeline() {
        ChannelSetup setup = ChannelSetup.plain().withByteHandler((ch, address) -> new ChannelDuplexHandler());
        assertThat(setup.writeThroughAllowed()).isFalse();

        Channel channel = setup.channelFactory().newChannel();
        try {
            assertThat(channel).isExactlyInstanceOf(NioSocketChannel.class);
            assertThat(new Connection(1, channel, MEMBER, new ClientCounters()).writeThroughAllowed()).isFalse();
        } finally {
            channel.unsafe().closeForcibly();
        }
        assertThat(ChannelSetup.plain().writeThroughAllowed()).as("the plain setup is left as it was").isTrue();
    }

    @Test
    void byteHandlersSitOnTheSocketSideInTheOrderAdded() {
        List<MemberAddress> askedFor = new ArrayList<>();
        ChannelHandler first = new ChannelDuplexHandler();
        ChannelHandler second = new ChannelDuplexHandler();
        ChannelSetup setup = ChannelSetup.plain()
                .withByteHandler((ch, address) -> {
                    askedFor.add(address);
                    return first;
                })
                .withByteHandler((ch, address) -> second);
        EmbeddedChannel channel = new EmbeddedChannel();
        InboundHandler inbound = new InboundHandler(new NoMessages());

        setup.initPipeline(channel, MEMBER, 1024, inbound);

        List<ChannelHandler> handlers = new ArrayList<>();
        channel.pipeline().forEach(e -> handlers.add(e.getValue()));
        assertThat(handlers).hasSize(5);
        assertThat(handlers.subList(0, 2)).containsExactly(first, second);
        assertThat(handlers.get(2)).isInstanceOf(ClientMessageDecoder.class);
        assertThat(handlers.subList(3, 5)).containsExactly(ClientMessageEncoder.INSTANCE, inbound);
        assertThat(askedFor).containsExactly(MEMBER);
        channel.finishAndReleaseAll();
    }

    @Test
    void aMissingFactoryOrHandlerIsNamed() {
        assertThatThrownBy(() -> ChannelSetup.plain().withByteHandler(null))
                .isInstanceOf(NullPointerException.class).hasMessage("factory must not be null");
        ChannelSetup setup = ChannelSetup.plain().withByteHandler((ch, address) -> null);
        EmbeddedChannel channel = new EmbeddedChannel();
        assertThatThrownBy(() -> setup.initPipeline(channel, MEMBER, 1024, new InboundHandler(new NoMessages())))
                .isInstanceOf(NullPointerException.class).hasMessage("a byte handler factory returned null");
        channel.finishAndReleaseAll();
    }

    private static final class NoMessages implements InboundMessages {
        @Override
        public void handleResponse(ClientMessage response) {
        }

        @Override
        public void handleBackupEvent(ClientMessage event) {
        }

        @Override
        public boolean handleEvent(ClientMessage event) {
            return false;
        }

        @Override
        public void failCall(long correlationId, HzClientException failure) {
        }
    }
}
