package io.hzclient.internal.invocation;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A short busy wait before parking, for a blocking caller that is the only one waiting in this JVM. Waking a parked
 * thread is a scheduler hand-off of several microseconds on every call, a large part of a loopback round trip of
 * about 40; a lone caller that spins instead sees its answer that much sooner, on a core that would sit idle anyway.
 * With more callers waiting the cores have other work, so nobody spins; on one core spinning only delays the answer.
 *
 * <p>It spins for twice the typical lone wait (a moving average), at most the limit, and not at all while the typical
 * wait is longer than the limit: answers from a remote cluster take longer than any spin worth its CPU. Nor while
 * the machine has no core to spare ({@link SpareCore}): where the application's other threads keep the cores busy,
 * the spin's time would be taken from them. Nor where spinning does not make calls quicker by enough to pay for its
 * CPU, as measured on the JVM's own lone calls ({@link SpinPayoff}).
 *
 * <p>The system property {@value #PROPERTY} sets the limit in microseconds; 0, the default, turns spinning off. Off,
 * because on the virtual machine where the client is benchmarked the spin did not pay even with those checks: the same
 * build without it did as many or more one-thread gets and puts, at 2 to 6 us less client CPU a call (benchmarks
 * README, "Sync calls from one thread"). It may pay where waking a parked thread is slow and cores are idle; 100 is
 * a limit to try there.
 */
final class LoneWaiterSpin {
    static final String PROPERTY = "hz.client.lone-waiter-spin-micros";
    static final long DEFAULT_MICROS = 0;
    /** Returned by {@link #enter} to a caller that is not alone. */
    static final long NOT_ALONE = Long.MIN_VALUE;
    /** Returned by {@link #enter} when spinning is off: nothing was counted. */
    static final long OFF = Long.MIN_VALUE + 1;

    /** The one every {@link ParkingFuture} uses: waiters are counted across the JVM, since they share its cores. */
    static final LoneWaiterSpin JVM = forLimit(
            limitNanos(Long.getLong(PROPERTY), Runtime.getRuntime().availableProcessors()));

    private final long limitNanos;
    private final SpareCore spareCore;
    private final SpinPayoff payoff = new SpinPayoff();
    /** Whether the lone wait in progress went as the payoff says (plain: one lone waiter at a time). */
    private boolean waitFollowsPayoff;
    /** When the last lone wait began; 0 once a call overlapped it (its cycle then measures nothing). */
    private volatile long lastLoneStart;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Moving average of lone waits; plain, since only a lone waiter updates it and a lost update is harmless. */
    private long typicalWaitNanos;

    LoneWaiterSpin(long limitNanos, SpareCore spareCore) {
        this.limitNanos = limitNanos;
        this.spareCore = spareCore;
        this.typicalWaitNanos = limitNanos / 2;
    }

    /** The limit the property's value sets (null when unset) on a machine with that many processors. */
    static long limitNanos(Long propertyMicros, int processors) {
        long micros = propertyMicros == null ? DEFAULT_MICROS : propertyMicros;
        return processors < 2 ? 0 : Math.max(0, micros) * 1_000;
    }

    /**
     * With spinning off the CPU load is never read, so the management bean it comes from is not made: that took 25 to
     * 40 ms of the first blocking call in a fresh JVM on the benchmark machine.
     */
    private static LoneWaiterSpin forLimit(long limitNanos) {
        return limitNanos > 0 ? new LoneWaiterSpin(limitNanos, SpareCore.ofThisMachine()) : new LoneWaiterSpin(0);
    }

    /** A spin that always has a core to spare. */
    LoneWaiterSpin(long limitNanos) {
        this(limitNanos, new SpareCore(() -> -1, 1, System::nanoTime));
    }

    /**
     * Counts the caller as waiting and, if it is the only one and spinning pays, spins until the future is done or
     * the spin is over; with spinning off, does nothing. Returns what to pass to {@link #leave}.
     */
    long enter(Future<?> future) {
        if (limitNanos <= 0) {
            return OFF; // no caller ever spins: nothing to count or measure on the request path
        }
        if (waiting.incrementAndGet() != 1) {
            if (lastLoneStart != 0) { // read first: many callers at once would otherwise all write one shared field
                lastLoneStart = 0;
            }
            return NOT_ALONE;
        }
        long start = System.nanoTime();
        long previous = lastLoneStart;
        lastLoneStart = start;
        if (previous != 0 && waitFollowsPayoff) {
            // the cycle of the last lone call: its wait and its caller's own work, which a spin can slow too
            payoff.record(start - previous);
        }
        long typical = typicalWaitNanos;
        boolean maySpin = maySpin(typical);
        waitFollowsPayoff = maySpin || !payoff.spins(); // a wait that could not spin says nothing of spinning
        if (maySpin && payoff.spins()) {
            long end = start + Math.min(limitNanos, 2 * typical);
            while (!future.isDone() && System.nanoTime() - end < 0) {
                Thread.onSpinWait();
            }
            spareCore.spun(System.nanoTime() - start);
        }
        return start;
    }

    /** Counts the caller out, once its future is done; a lone waiter's wait goes into the average. */
    void leave(long enteredAt) {
        if (enteredAt == OFF) {
            return;
        }
        if (enteredAt != NOT_ALONE) {
            long waited = System.nanoTime() - enteredAt;
            typicalWaitNanos += (waited - typicalWaitNanos) >> 3;
        }
        waiting.decrementAndGet();
    }

    /** Whether the next lone waiter would spin. */
    boolean spinsNow() {
        return limitNanos > 0 && maySpin(typicalWaitNanos) && payoff.spins();
    }

    /** Whether a lone waiter may spin, the payoff's trials aside. */
    private boolean maySpin(long typicalWait) {
        return typicalWait <= limitNanos && spareCore.available();
    }
}
