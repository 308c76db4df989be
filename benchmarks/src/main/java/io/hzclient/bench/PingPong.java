package io.hzclient.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The wire's own limit: one thread sends 30 bytes over loopback TCP, an echo thread sends them back, repeat. No
 * client can do a synchronous call per round trip faster than this on the same machine.
 */
final class PingPong {
    private static final int SIZE = 30;

    private PingPong() {
    }

    /** Round trips a second and the p99 of one round trip, in ns. */
    static long[] run(long warmupMs, long measureMs) {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread echo = new Thread(() -> echo(server), "pingpong-echo");
            echo.setDaemon(true);
            echo.start();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[SIZE];
                return RoundTrips.time(warmupMs, measureMs, () -> {
                    out.write(buffer);
                    readFully(in, buffer);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void echo(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[SIZE];
            while (readFully(in, buffer)) {
                out.write(buffer);
            }
        } catch (IOException ignored) {
            // the other side closed
        }
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = 0;
        while (read < buffer.length) {
            int r = in.read(buffer, read, buffer.length - read);
            if (r < 0) {
                return false;
            }
            read += r;
        }
        return true;
    }
}
