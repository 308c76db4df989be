package io.hzclient.test;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP server that plays a broken member, for fault tests only (behaviour tests use real members).
 * Each accepted connection runs a {@link Responder} on its own daemon thread.
 *
 * <pre>
 * try (FakeServer server = FakeServer.start(FakeServer.silent())) {
 *     connect a client to server.address(), expect a timeout ...
 *     assertThat(server.acceptedConnections()).isEqualTo(1);
 * }
 * </pre>
 */
public final class FakeServer implements AutoCloseable {
    /** What the fake member does with one connection. Returning ends the connection (the socket is closed). */
    @FunctionalInterface
    public interface Responder {
        void serve(InputStream in, OutputStream out) throws IOException;
    }

    private final ServerSocket serverSocket;
    private final Responder responder;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile boolean closed;

    private FakeServer(ServerSocket serverSocket, Responder responder) {
        this.serverSocket = serverSocket;
        this.responder = responder;
    }

    /** Listens on a free loopback port and serves each connection with {@code responder}. */
    public static FakeServer start(Responder responder) {
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            FakeServer server = new FakeServer(socket, responder);
            Thread acceptor = new Thread(server::acceptLoop, "fake-server-" + socket.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- responders

    /** Accepts and reads everything, never answers. */
    public static Responder silent() {
        return (in, out) -> drain(in);
    }

    /** Closes each connection as soon as it is accepted. */
    public static Responder closeImmediately() {
        return (in, out) -> { };
    }

    /** After the first bytes from the client, answers {@code count} random bytes, then reads on without answering. */
    public static Responder garbage(int count, long seed) {
        return (in, out) -> {
            if (in.read() < 0) {
                return;
            }
            byte[] junk = new byte[count];
            new Random(seed).nextBytes(junk);
            out.write(junk);
            out.flush();
            drain(in);
        };
    }

    /**
     * After the first bytes from the client, answers the header of a frame of {@code announcedLength} bytes (flags
     * IS_FINAL) followed by only {@code sentContent} bytes of it, then reads on without answering.
     */
    public static Responder truncatedFrame(int announcedLength, int sentContent) {
        return (in, out) -> {
            if (in.read() < 0) {
                return;
            }
            out.write(frameHeader(announcedLength, 0x2000));
            out.write(new byte[sentContent]);
            out.flush();
            drain(in);
        };
    }

    /** After the first bytes from the client, answers a frame header announcing {@code Integer.MAX_VALUE} bytes. */
    public static Responder hugeLength() {
        return truncatedFrame(Integer.MAX_VALUE, 16);
    }

    /** After the first bytes from the client, answers {@code bytes} verbatim, then reads on without answering. */
    public static Responder answer(byte[] bytes) {
        return (in, out) -> {
            if (in.read() < 0) {
                return;
            }
            out.write(bytes);
            out.flush();
            drain(in);
        };
    }

    /** {@code [int32 LE length][uint16 LE flags]}, the 6-byte header of a frame. */
    public static byte[] frameHeader(int length, int flags) {
        return ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN).putInt(length).putShort((short) flags).array();
    }

    // ---- state

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** {@code "127.0.0.1:port"}. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** How many connections were accepted so far. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** How many connections are still open on the server's side. */
    public int openConnections() {
        int open = 0;
        for (Socket s : sockets) {
            if (!s.isClosed()) {
                open++;
            }
        }
        return open;
    }

    /** The bytes received on all connections so far, in arrival order (the first 1 MiB only). */
    public byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    /** Closes the listening socket and every connection. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        sockets.forEach(FakeServer::closeQuietly);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return; // closed
            }
            accepted.incrementAndGet();
            sockets.add(socket);
            Thread worker = new Thread(() -> serve(socket), "fake-server-conn-" + socket.getPort());
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            responder.serve(new RecordingInput(socket.getInputStream()), socket.getOutputStream());
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private void record(byte[] b, int off, int len) {
        synchronized (received) {
            int room = (1 << 20) - received.size();
            if (room > 0) {
                received.write(b, off, Math.min(room, len));
            }
        }
    }

    /** Records what the responder reads. */
    private final class RecordingInput extends FilterInputStream {
        RecordingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                record(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                record(b, off, n);
            }
            return n;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
