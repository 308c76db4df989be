package io.hzclient;

import io.hzclient.map.NearCacheStats;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Counters of what the client has done since it started, read without any remote call (for health checks and
 * metrics). Cumulative counters only grow; gauges say how things are now.
 */
public interface ClientStatistics {

    /**
     * Calls started, the client's own included (authentication, heartbeats, listener registrations...); a retry does
     * not count again.
     *
     * @return the number of calls started since the client started
     */
    long invocationsStarted();

    /**
     * Calls that ended with an answer.
     *
     * @return the number of calls that succeeded
     */
    long invocationsCompleted();

    /**
     * Calls that ended with an exception, timeouts included.
     *
     * @return the number of calls that failed
     */
    long invocationsFailed();

    /**
     * Tries sent again after a retryable failure (each retry counts once).
     *
     * @return the number of retries
     */
    long invocationsRetried();

    /**
     * Calls that failed with {@link OperationTimeoutException} because no answer came within the invocation timeout.
     *
     * @return the number of calls that timed out
     */
    long invocationsTimedOut();

    /**
     * Gauge: calls sent and not answered yet.
     *
     * @return the number of calls waiting for their answer now
     */
    long pendingInvocations();

    /**
     * Times the client got its connection to the cluster back after losing it.
     *
     * @return the number of reconnects
     */
    long reconnects();

    /**
     * Gauge: listeners registered by the user (entry, message, distributed object...), not the client's own.
     *
     * @return the number of user listeners registered now
     */
    long listeners();

    /**
     * Bytes of messages read from all connections.
     *
     * @return the number of bytes read
     */
    long bytesRead();

    /**
     * Bytes of messages written to all connections.
     *
     * @return the number of bytes written
     */
    long bytesWritten();

    /**
     * Gauge: the members the client has a live connection to.
     *
     * @return their addresses, as {@code host:port}
     */
    List<String> connectedMembers();

    /**
     * Registers a callback told of each finished call, with its duration; it must be quick (it runs on I/O threads).
     *
     * @param timer told of each call as it ends
     */
    void addInvocationTimer(InvocationTimer timer);

    /**
     * Gauge: the near caches alive now, keyed by the name of their map.
     *
     * @return a snapshot: near caches created later are not in it
     */
    Map<String, NearCacheStats> nearCaches();

    /**
     * Tells {@code listener} of each near cache created from now on, with its map's name (a map's proxy creates its
     * near cache when first asked for); it must be quick.
     *
     * @param listener told of each new near cache
     */
    void addNearCacheListener(BiConsumer<String, NearCacheStats> listener);

    /** Told of each finished call. */
    @FunctionalInterface
    interface InvocationTimer {
        /**
         * Records one finished call.
         *
         * @param operation     the protocol operation's name, e.g. {@code Map.Get} (a bounded set: one per protocol
         *                      method; {@code Client.Bound} for the client's own calls on one connection)
         * @param durationNanos how long the call took, from its start to its end, retries included
         * @param success       whether it ended with an answer (true) or an exception (false)
         */
        void record(String operation, long durationNanos, boolean success);
    }
}
