package io.hzclient.internal.connection;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.hzclient.internal.protocol.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages queued for a batch wait for the batch's end, then leave together: written in order, with one flush. */
class ConnectionQueueTest {

    @Test
    void queuedMessagesLeaveTogetherOnceFlushed() {
        FlushCounter flushes = new FlushCounter();
        EmbeddedChannel channel = new EmbeddedChannel(flushes, ClientMessageEncoder.INSTANCE);
        Connection connection = new Connection(1, channel, new MemberAddress("127.0.0.1", 5701), new ClientCounters());

        for (long id = 1; id <= 3; id++) {
            assertThat(connection.queue(message(id))).isTrue();
        }
        channel.runPendingTasks();
        assertThat((Object) channel.readOutbound()).as("nothing leaves before the flush").isNull();

        connection.flushQueued();
        channel.runPendingTasks();

        assertThat(flushes.count).isEqualTo(1);
        for (long id = 1; id <= 3; id++) {
            ByteBuf bytes = channel.readOutbound();
            assertThat(bytes.getLongLE(Frame.HEADER_SIZE + ClientMessage.CORRELATION_ID_OFFSET)).isEqualTo(id);
            bytes.release();
        }
        assertThat((Object) channel.readOutbound()).isNull();
    }

    @Test
    void aClosedConnectionQueuesNothing() {
        EmbeddedChannel channel = new EmbeddedChannel(ClientMessageEncoder.INSTANCE);
        Connection connection = new Connection(1, channel, new MemberAddress("127.0.0.1", 5701), new ClientCounters());
        channel.close();

        assertThat(connection.queue(message(1))).isFalse();
    }

    private static ClientMessage message(long correlationId) {
        ClientMessage m = ClientMessage.of(new Frame(new byte[ClientMessage.REQUEST_HEADER_SIZE], Frame.UNFRAGMENTED));
        m.setCorrelationId(correlationId);
        return m;
    }

    /** Counts the flushes that reach the socket's end of the pipeline. */
    private static final class FlushCounter extends ChannelOutboundHandlerAdapter {
        int count;

        @Override
        public void flush(ChannelHandlerContext ctx) {
            count++;
            ctx.flush();
        }
    }
}
