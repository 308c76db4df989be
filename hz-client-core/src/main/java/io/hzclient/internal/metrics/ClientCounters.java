package io.hzclient.internal.metrics;

import io.hzclient.ClientStatistics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
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
    private final List<InvocationTimer> timers = new CopyOnWriteArrayList<>();
    private volatile LongSupplier pending = () -> 0;
    private volatile LongSupplier listeners = () -> 0;
    private volatile Supplier<List<String>> connectedMembers = List::of;

    public void bind(LongSupplier pending, LongSupplier listeners, Supplier<List<String>> connectedMembers) {
        this.pending = pending;
        this.listeners = listeners;
        this.connectedMembers = connectedMembers;
    }

    /** One call finished. */
    public void finished(long durationNanos, boolean success) {
        (success ? completed : failed).increment();
        for (InvocationTimer t : timers) {
            t.record(durationNanos, success);
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
    public void addInvocationTimer(InvocationTimer timer) {
        timers.add(timer);
    }
}
