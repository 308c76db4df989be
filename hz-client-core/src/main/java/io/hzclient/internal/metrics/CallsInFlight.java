package io.hzclient.internal.metrics;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's calls that have started and not ended (calls bound to one connection aside: authentication, pings,
 * listener registrations), and the gate a graceful shutdown closes: once closed, {@link #enter()} says a new call is
 * refused, and {@link #awaitNone} waits for the calls already in flight to end.
 * <p>A call counts itself in before it looks at the gate, and the shutdown closes the gate before it counts: so a
 * call either sees the gate closed (and is refused), or is counted when the shutdown waits for it.
 */
public final class CallsInFlight {
    private final AtomicLong count = new AtomicLong();
    private volatile boolean closed;

    /**
     * Counts a call in; it must be counted out with {@link #exit()} as it ends, refused or not.
     *
     * @return false if the gate is closed: a call of the user's is then refused
     */
    public boolean enter() {
        count.incrementAndGet();
        return !closed;
    }

    /** Counts a call out, as it ends (answer, failure, timeout, cancellation). */
    public void exit() {
        if (count.decrementAndGet() == 0 && closed) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Closes the gate: from now on {@link #enter()} says no. */
    public void close() {
        closed = true;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** The calls in flight now. */
    public long count() {
        return count.get();
    }

    /**
     * Waits until no call is in flight, or the time is up.
     *
     * @return true if none is in flight, false if some still were when the time was up
     */
    public synchronized boolean awaitNone(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count.get() > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
