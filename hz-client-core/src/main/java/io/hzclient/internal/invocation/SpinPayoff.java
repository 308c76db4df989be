package io.hzclient.internal.invocation;

import java.util.Arrays;

/**
 * Whether spinning makes lone waits shorter enough to be worth its CPU, measured on this JVM's own calls: how much a
 * spin saves depends on the machine (waking a parked thread is cheap on some, slow on virtual machines whose idle
 * cores must be woken too) and on where the member runs, so it is measured, not assumed. A trial of
 * {@value #TRIAL_WAITS} waits alternates spinning and parking, wait by wait, so that both meet the same machine (its
 * speed moves within seconds), and compares their median waits (a pause of the JVM would swamp an average). Spinning
 * is kept if its median is at most {@value #SPIN_AT_MOST} of parking's; the next {@value #WAITS_BETWEEN_TRIALS}
 * waits go the chosen way, then a new trial follows the machine's changes.
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

    /** A lone wait that went as {@link #spins()} said, from when its caller began to wait. */
    void record(long waitNanos) {
        if (waits < TRIAL_WAITS) {
            (waits % 2 == 0 ? spinning : parked)[waits / 2] = waitNanos;
            if (waits == TRIAL_WAITS - 1) {
                spinPays = median(spinning) <= SPIN_AT_MOST * median(parked);
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

    private static long median(long[] waits) {
        Arrays.sort(waits);
        return waits[waits.length / 2];
    }
}
