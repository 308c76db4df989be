package io.hzclient.internal.proxy;

import java.time.Duration;

/** Durations as the protocol's milliseconds, each refused with a message naming it when it cannot be one. */
public final class Durations {
    private Durations() {
    }

    /** A timeout, lease or TTL that must be given: zero stays zero, anything positive is at least 1 ms. */
    public static long requiredMillis(Duration d, String what) {
        if (d == null) {
            throw new NullPointerException(what + " must not be null");
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + d);
        }
        if (d.isZero()) {
            return 0;
        }
        try {
            return Math.max(1, d.toMillis());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
