package io.hzclient.internal.metrics;

import io.hzclient.ClientStatistics;
import io.hzclient.map.NearCacheStats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The client's counters; LongAdders, since many threads bump them at once. */
public final class ClientCounters implements ClientStatistics {
    public final LongAdder started = new LongAdder();
    public final LongAdder completed = new LongAdder();
    public final LongAdder failed = new LongAdder();
    public final LongAdder retried = new LongAdder();
    public final LongAdder timedOut = new LongAdder();
    public final LongAdder reconnects = new LongAdder();
    public final LongAdder bytesRead = new LongAdder();
    public final LongAdder bytesWritten = new LongAdder();
    /** The calls in flight, and the gate a graceful shutdown closes (see {@link CallsInFlight}). */
    public final CallsInFlight inFlight = new CallsInFlight();
    /** Copied on add, as a plain array: iterating it per call allocates nothing (a list's iterator would). */
    private volatile InvocationTimer[] timers = new InvocationTimer[0];
    private volatile LongSupplier pending = () -> 0;
    private volatile LongSupplier listeners = () -> 0;
    private volatile Supplier<List<String>> connectedMembers = List::of;
    private final Map<String, NearCacheStats> nearCaches = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, NearCacheStats>> nearCacheListeners = new CopyOnWriteArrayList<>();

    public void bind(LongSupplier pending, LongSupplier listeners, Supplier<List<String>> connectedMembers) {
        this.pending = pending;
        this.listeners = listeners;
        this.connectedMembers = connectedMembers;
    }

    /** A map's near cache was created; its statistics are listed (and its listeners told) from now on. */
    public void nearCacheCreated(String mapName, NearCacheStats stats) {
        nearCaches.put(mapName, stats);
        for (BiConsumer<String, NearCacheStats> l : nearCacheListeners) {
            l.accept(mapName, stats);
        }
    }

    /** A map's near cache was destroyed. */
    public void nearCacheDestroyed(String mapName) {
        nearCaches.remove(mapName);
    }

    @Override
    public Map<String, NearCacheStats> nearCaches() {
        return Map.copyOf(nearCaches);
    }

    @Override
    public void addNearCacheListener(BiConsumer<String, NearCacheStats> listener) {
        nearCacheListeners.add(listener);
    }

    /** One call of that protocol operation finished. */
    public void finished(String operation, long durationNanos, boolean success) {
        (success ? completed : failed).increment();
        for (InvocationTimer t : timers) {
            t.record(operation, durationNanos, success);
        }
    }

    @Override
    public long invocationsStarted() {
        return started.sum();
    }

    @Override
    public long invocationsCompleted() {
        return completed.sum();
    }

    @Override
    public long invocationsFailed() {
        return failed.sum();
    }

    @Override
    public long invocationsRetried() {
        return retried.sum();
    }

    @Override
    public long invocationsTimedOut() {
        return timedOut.sum();
    }

    @Override
    public long pendingInvocations() {
        return pending.getAsLong();
    }

    @Override
    public long reconnects() {
        return reconnects.sum();
    }

    @Override
    public long listeners() {
        return listeners.getAsLong();
    }

    @Override
    public long bytesRead() {
        return bytesRead.sum();
    }

    @Override
    public long bytesWritten() {
        return bytesWritten.sum();
    }

    @Override
    public List<String> connectedMembers() {
        return connectedMembers.get();
    }

    @Override
    public synchronized void addInvocationTimer(InvocationTimer timer) {
        InvocationTimer[] more = Arrays.copyOf(timers, timers.length + 1);
        more[timers.length] = timer;
        timers = more;
    }
}
