package io.hzclient.internal.invocation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spinning is kept only where trials show it makes lone calls quicker; trials come again, and follow a change. */
class SpinPayoffTest {
    private final SpinPayoff payoff = new SpinPayoff();

    /** A trial and the waits after it, each wait as long as the way it went; returns how many spun after the trial. */
    private int period(long spinningWait, long parkedWait) {
        int spunAfter = 0;
        for (int i = 0; i < SpinPayoff.TRIAL_WAITS + SpinPayoff.WAITS_BETWEEN_TRIALS; i++) {
            boolean spins = payoff.spins();
            spunAfter += i >= SpinPayoff.TRIAL_WAITS && spins ? 1 : 0;
            payoff.record(spins ? spinningWait : parkedWait);
        }
        return spunAfter;
    }

    @Test
    void aTrialAlternatesSpinningAndParking() {
        for (int i = 0; i < SpinPayoff.TRIAL_WAITS; i++) {
            assertThat(payoff.spins()).isEqualTo(i % 2 == 0);
            payoff.record(1_000);
        }
    }

    @Test
    void whereSpinningShortensTheWaitsItSpinsUntilATrialFindsItNoLongerDoes() {
        assertThat(period(40_000, 60_000)).isEqualTo(SpinPayoff.WAITS_BETWEEN_TRIALS);
        assertThat(period(40_000, 60_000)).isEqualTo(SpinPayoff.WAITS_BETWEEN_TRIALS);
        assertThat(period(40_000, 48_000)).as("40 of 48 us: not worth a core").isZero();
        assertThat(payoff.spinPays()).isFalse();
        assertThat(period(40_000, 90_000)).as("waking a parked thread became slow").isEqualTo(
                SpinPayoff.WAITS_BETWEEN_TRIALS);
    }

    @Test
    void aFewLongPausesDoNotSwayTheTrial() {
        for (int i = 0; i < SpinPayoff.TRIAL_WAITS; i++) {
            boolean spins = payoff.spins();
            // an eighth of the spinning calls hit a long pause
            payoff.record(spins ? (i % 16 == 0 ? 5_000_000 : 40_000) : 60_000);
        }
        assertThat(payoff.spinPays()).isTrue();
    }
}
