package io.hzclient.internal.connector;

import io.hzclient.config.ClientConfig;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Closes a connection on which nothing was read for the heartbeat timeout, and pings one on which nothing was
 * written for the heartbeat interval (the member's answer is the read that keeps it open).
 */
final class HeartbeatChecker {
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatChecker.class);

    private final ConnectionRegistry registry;
    private final ConnectionCalls calls;
    private final ConnectorThread connectorThread;
    private final long timeoutNanos;
    private final long intervalNanos;
    private final long timeoutMillis;

    HeartbeatChecker(ClientConfig config, ConnectionRegistry registry, ConnectionCalls calls,
                     ConnectorThread connectorThread) {
        this.registry = registry;
        this.calls = calls;
        this.connectorThread = connectorThread;
        this.timeoutNanos = config.heartbeatTimeout().toNanos();
        this.intervalNanos = config.heartbeatInterval().toNanos();
        this.timeoutMillis = config.heartbeatTimeout().toMillis();
    }

    /** Checks every half interval (at least every 100 ms), so that a ping goes out within the interval. */
    void start() {
        connectorThread.every(Math.max(100, TimeUnit.NANOSECONDS.toMillis(intervalNanos) / 2), this::check);
    }

    void check() {
        long now = System.nanoTime();
        for (Connection c : registry.all()) {
            if (now - c.lastReadNanos() > timeoutNanos) {
                LOG.warn("Heartbeat failed over connection {}: nothing read for {} ms", c,
                        TimeUnit.NANOSECONDS.toMillis(now - c.lastReadNanos()));
                c.close("heartbeat timeout: nothing read for " + timeoutMillis + " ms");
            } else if (now - c.lastWriteNanos() > intervalNanos) {
                calls.invoke(ClientCodec.ping(), c, null).exceptionally(e -> null);
            }
        }
    }
}
