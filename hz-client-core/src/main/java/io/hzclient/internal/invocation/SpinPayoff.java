package io.hzclient.internal.invocation;

import java.util.Arrays;

/**
 * Whether spinning makes lone calls quicker enough to be worth its CPU, measured on this JVM's own calls: how much a
 * spin saves depends on the machine (waking a parked thread is cheap on some, slow on virtual machines whose idle
 * cores must be woken too) and on where the member runs (a spin on the member's machine takes a core from it), so it
 * is measured, not assumed. A trial of {@value #TRIAL_WAITS} lone calls alternates spinning and parking, call by call,
 * so that both meet the same machine (its speed moves within seconds), and compares their cycles (from one lone
 * call's wait to the next's: the wait and the caller's own work), averaged without the slowest eighth of each (a
 * pause of the JVM would swamp an average). Spinning is kept if its cycles take at most {@value #SPIN_AT_MOST} of
 * parking's; the next {@value #WAITS_BETWEEN_TRIALS} calls go the chosen way, then a new trial follows the machine.
 *
 * <p>Only a lone waiter calls it, one at a time (the waiter count orders them), so its fields are plain.
 */
final class SpinPayoff {
    static final int TRIAL_WAITS = 128;
    static final int WAITS_BETWEEN_TRIALS = 2048;
    static final double SPIN_AT_MOST = 0.8;

    private final long[] spinning = new long[TRIAL_WAITS / 2];
    private final long[] parked = new long[TRIAL_WAITS / 2];
    /** Waits since the last trial began: the first {@link #TRIAL_WAITS} of them are the trial. */
    private int waits;
    private boolean spinPays = true;

    /** Whether the next wait spins. */
    boolean spins() {
        return waits < TRIAL_WAITS ? waits % 2 == 0 : spinPays;
    }

    /** The cycle of a lone call that went as {@link #spins()} said. */
    void record(long cycleNanos) {
        if (waits < TRIAL_WAITS) {
            (waits % 2 == 0 ? spinning : parked)[waits / 2] = cycleNanos;
            if (waits == TRIAL_WAITS - 1) {
                spinPays = typical(spinning) <= SPIN_AT_MOST * typical(parked);
            }
        }
        if (++waits == TRIAL_WAITS + WAITS_BETWEEN_TRIALS) {
            waits = 0;
        }
    }

    /** What the last trial found. */
    boolean spinPays() {
        return spinPays;
    }

    /** The average without the slowest eighth. */
    private static double typical(long[] cycles) {
        Arrays.sort(cycles);
        int kept = cycles.length - cycles.length / 8;
        long sum = 0;
        for (int i = 0; i < kept; i++) {
            sum += cycles[i];
        }
        return (double) sum / kept;
    }
}
