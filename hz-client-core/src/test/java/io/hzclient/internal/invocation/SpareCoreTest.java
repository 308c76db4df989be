package io.hzclient.internal.invocation;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A lone waiter spins only on a core the rest of the machine leaves idle; its own spinning does not count. */
class SpareCoreTest {
    private static final long PERIOD = TimeUnit.MILLISECONDS.toNanos(SpareCore.PERIOD_MILLIS);
    private final AtomicLong clock = new AtomicLong(1_000);
    private double load;

    private SpareCore twoCores() {
        return new SpareCore(() -> load, 2, clock::get);
    }

    @Test
    void aMachineWithAnIdleCoreHasOneToSpare() {
        SpareCore spare = twoCores();
        load = 0.4; // 1.2 cores idle
        assertThat(spare.available()).isTrue();
        clock.addAndGet(PERIOD);
        assertThat(spare.available()).isTrue();
    }

    @Test
    void aMachineWhoseCoresOthersKeepBusyHasNoneAndSpinningStops() {
        SpareCore spare = twoCores();
        LoneWaiterSpin spin = new LoneWaiterSpin(TimeUnit.MILLISECONDS.toNanos(1), spare);
        load = 0.4;
        spare.available(); // the first sample
        load = 0.95; // the application's threads took the cores
        clock.addAndGet(PERIOD);
        assertThat(spin.spinsNow()).isFalse();
        clock.addAndGet(PERIOD / 2);
        assertThat(spare.available()).as("kept until the next sample").isFalse();

        load = 0.3;
        clock.addAndGet(PERIOD);
        assertThat(spin.spinsNow()).as("idle again").isTrue();
    }

    @Test
    void withTheSpinOffTheLoadIsNeverRead() {
        AtomicLong reads = new AtomicLong();
        LoneWaiterSpin off = new LoneWaiterSpin(0, new SpareCore(() -> {
            reads.incrementAndGet();
            return 0.1;
        }, 2, clock::get));
        for (int i = 0; i < 10; i++) {
            off.leave(off.enter(CompletableFuture.completedFuture(null)));
            clock.addAndGet(PERIOD);
        }
        assertThat(off.spinsNow()).isFalse();
        assertThat(reads).hasValue(0);
    }

    @Test
    void theWaitersOwnSpinningCountsAsSpare() {
        SpareCore spare = twoCores();
        spare.available();
        load = 0.9; // busy, but 0.8 of a core of that was this JVM spinning
        spare.spun(PERIOD * 8 / 10);
        clock.addAndGet(PERIOD);
        assertThat(spare.available()).isTrue();

        load = 0.9; // as busy, and none of it spinning
        clock.addAndGet(PERIOD);
        assertThat(spare.available()).isFalse();
    }

    @Test
    void anUnknownLoadLeavesACoreSpare() {
        load = -1;
        SpareCore spare = twoCores();
        spare.available();
        clock.addAndGet(PERIOD);
        assertThat(spare.available()).isTrue();
    }

    @Test
    void aLoneWaiterWithNoSpareCoreParksAtOnce() {
        SpareCore spare = twoCores();
        spare.available();
        load = 1.0;
        clock.addAndGet(PERIOD);
        LoneWaiterSpin spin = new LoneWaiterSpin(TimeUnit.SECONDS.toNanos(60), spare);
        CompletableFuture<String> never = new CompletableFuture<>();
        long entered = spin.enter(never); // would spin for up to 60 s with a core to spare
        assertThat(entered).isNotEqualTo(LoneWaiterSpin.NOT_ALONE);
        assertThat(never).isNotDone();
        spin.leave(entered);
    }
}
