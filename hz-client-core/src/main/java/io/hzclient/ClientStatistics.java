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

    long invocationsStarted();

    long invocationsCompleted();

    /** Calls that ended with an exception (timeouts included). */
    long invocationsFailed();

    long invocationsRetried();

    long invocationsTimedOut();

    /** Gauge: calls sent and not answered yet. */
    long pendingInvocations();

    /** Times the client got its connection to the cluster back after losing it. */
    long reconnects();

    /** Gauge: listeners registered by the user (entry, membership, distributed object...). */
    long listeners();

    long bytesRead();

    long bytesWritten();

    /** Gauge: addresses of the members the client has a live connection to. */
    List<String> connectedMembers();

    /** Registers a callback told of each finished call, with its duration; it must be quick (it runs on I/O threads). */
    void addInvocationTimer(InvocationTimer timer);

    /** Gauge: the near caches alive now, keyed by the name of their map. */
    Map<String, NearCacheStats> nearCaches();

    /**
     * Tells {@code listener} of each near cache created from now on, with its map's name (a map's proxy creates its
     * near cache when first asked for); it must be quick.
     */
    void addNearCacheListener(BiConsumer<String, NearCacheStats> listener);

    /** Told of each finished call. */
    @FunctionalInterface
    interface InvocationTimer {
        void record(long durationNanos, boolean success);
    }
}
