package io.hzclient.internal.connection;

import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * Netty's NIO socket channel, with its JDK channel reachable so that {@link Connection} can write through. Only
 * {@link ChannelSetup} makes one, and only when no pipeline handler needs the outbound bytes.
 */
final class WriteThroughSocketChannel extends NioSocketChannel {
    java.nio.channels.SocketChannel raw() {
        return javaChannel();
    }
}
