package io.hzclient.internal.connection;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.netty.channel.embedded.EmbeddedChannel;

import java.util.UUID;

/** Connections over Netty's EmbeddedChannel, for unit tests of what sits above a connection. */
public final class TestConnections {
    private TestConnections() {
    }

    /** A live connection to {@code member} at 127.0.0.1:{@code port}; what is written to it stays in the channel. */
    public static Connection embedded(UUID member, int port) {
        Connection c = new Connection(port, new EmbeddedChannel(ClientMessageEncoder.INSTANCE),
                new MemberAddress("127.0.0.1", port), new ClientCounters());
        c.memberUuid(member);
        return c;
    }

    /** The Netty channel of a connection, for tests that read its socket options back. */
    public static io.netty.channel.Channel channelOf(Connection connection) {
        return connection.channel();
    }
}
