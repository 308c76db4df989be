package io.hzclient.internal.connection;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.FileDescriptor;

import java.nio.ByteBuffer;

/**
 * The socket layer the event loops run on, chosen once per JVM: Linux's epoll where Netty's native library loads
 * (fewer system calls and no selector bookkeeping per read or wake-up), else the JDK's NIO. The system property
 * {@value #PROPERTY}{@code =false} keeps NIO.
 */
enum Transport {
    EPOLL {
        @Override
        IoHandlerFactory ioHandlerFactory() {
            return EpollIoHandler.newFactory();
        }

        @Override
        ChannelFactory<? extends Channel> channelFactory(boolean writeThrough) {
            return EpollSocketChannel::new;
        }

        @Override
        SocketWriter socketWriter(Channel channel) {
            FileDescriptor fd = ((EpollSocketChannel) channel).fd();
            return buffer -> buffer.position(buffer.position() + fd.write(buffer, buffer.position(), buffer.limit()));
        }
    },
    NIO {
        @Override
        IoHandlerFactory ioHandlerFactory() {
            return NioIoHandler.newFactory();
        }

        @Override
        ChannelFactory<? extends Channel> channelFactory(boolean writeThrough) {
            return writeThrough ? WriteThroughSocketChannel::new : NioSocketChannel::new;
        }

        @Override
        SocketWriter socketWriter(Channel channel) {
            return channel instanceof WriteThroughSocketChannel w ? w.raw()::write : null;
        }
    };

    static final String PROPERTY = "hz.client.native-transport";

    /** The one this JVM uses. */
    static final Transport CHOSEN = Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) && Epoll.isAvailable()
            ? EPOLL : NIO;

    abstract IoHandlerFactory ioHandlerFactory();

    /** Channels of this transport; on NIO, ones whose socket is reachable only where write-through is allowed. */
    abstract ChannelFactory<? extends Channel> channelFactory(boolean writeThrough);

    /** The channel's socket for a caller to write to itself; null where the channel does not expose it. */
    abstract SocketWriter socketWriter(Channel channel);

    /** A channel's socket, written by a caller itself (a lone call's write-through). */
    @FunctionalInterface
    interface SocketWriter {
        /** Writes what the socket takes now of the buffer's remaining bytes, advancing its position; never waits. */
        void write(ByteBuffer buffer) throws java.io.IOException;
    }
}
