package io.hzclient.internal.invocation;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LoneWaiterSpinTest {
    private static final long LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aLoneWaiterSpinsUntilItsAnswerComes() {
        LoneWaiterSpin spin = new LoneWaiterSpin(TimeUnit.SECONDS.toNanos(60));
        CompletableFuture<String> answer = new CompletableFuture<>();
        ScheduledExecutorService member = Executors.newSingleThreadScheduledExecutor();
        long entered = LoneWaiterSpin.NOT_ALONE;
        try {
            member.schedule(() -> answer.complete("v"), 20, TimeUnit.MILLISECONDS);
            entered = spin.enter(answer);
            assertThat(entered).isNotEqualTo(LoneWaiterSpin.NOT_ALONE);
            // the spin (up to 60 s, twice the starting average of 30) ended with the answer
            assertThat(answer).isCompletedWithValue("v");
        } finally {
            spin.leave(entered);
            member.shutdownNow();
        }
    }

    @Test
    void onlyTheFirstWaiterIsAlone() {
        LoneWaiterSpin spin = new LoneWaiterSpin(LIMIT_NANOS);
        long first = spin.enter(new CompletableFuture<>());
        long second = spin.enter(new CompletableFuture<>());
        assertThat(first).isNotEqualTo(LoneWaiterSpin.NOT_ALONE);
        assertThat(second).isEqualTo(LoneWaiterSpin.NOT_ALONE);
        spin.leave(second);
        spin.leave(first);
        long again = spin.enter(CompletableFuture.completedFuture("v"));
        assertThat(again).as("alone again").isNotEqualTo(LoneWaiterSpin.NOT_ALONE);
        spin.leave(again);
    }

    @Test
    void answersSlowerThanTheLimitStopTheSpinningAndFastOnesBringItBack() throws InterruptedException {
        LoneWaiterSpin spin = new LoneWaiterSpin(LIMIT_NANOS);
        assertThat(spin.spinsNow()).isTrue();
        for (int i = 0; i < 3 && spin.spinsNow(); i++) {
            long entered = spin.enter(new CompletableFuture<>());
            Thread.sleep(5); // a remote cluster's answer: far longer than the 1 ms limit
            spin.leave(entered);
        }
        assertThat(spin.spinsNow()).as("after slow answers").isFalse();

        for (int i = 0; i < 100 && !spin.spinsNow(); i++) {
            spin.leave(spin.enter(CompletableFuture.completedFuture("v")));
        }
        assertThat(spin.spinsNow()).as("after fast answers").isTrue();
    }

    @Test
    void zeroTurnsItOff() {
        assertThat(new LoneWaiterSpin(0).spinsNow()).isFalse();
    }

    @Test
    void thePropertyIsOffByDefaultAndSetsTheLimitInMicroseconds() {
        assertThat(LoneWaiterSpin.limitNanos(null, 2)).as("unset").isZero();
        assertThat(LoneWaiterSpin.limitNanos(100L, 2)).as("turned on").isEqualTo(100_000);
        assertThat(LoneWaiterSpin.limitNanos(100L, 1)).as("one processor").isZero();
        assertThat(LoneWaiterSpin.limitNanos(-5L, 2)).as("negative").isZero();
    }
}
