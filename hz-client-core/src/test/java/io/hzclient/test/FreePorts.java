package io.hzclient.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free loopback ports for members and fake servers. The operating system picks them from its ephemeral range (far from
 * 5701, so a member of another run or a developer's own cluster is never hit), and this JVM never hands the same port
 * out twice. A port can still be taken by another process between this call and the bind, so callers that bind retry
 * with a new port.
 */
public final class FreePorts {
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port that was free on 127.0.0.1 a moment ago and that this JVM has not handed out before. */
    public static int next() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not find a free port", e);
            }
        }
        throw new IllegalStateException("No free port found in 100 attempts");
    }
}
