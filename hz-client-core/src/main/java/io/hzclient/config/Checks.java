package io.hzclient.config;

import java.time.Duration;

/** Argument checks whose messages name the option, so a bad value is found where it was written. */
final class Checks {
    private Checks() {
    }

    static Duration positive(Duration d, String option) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration, got " + d);
        }
        return d;
    }

    static Duration positiveOrZero(Duration d, String option) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(option + " must not be negative, got " + d);
        }
        return d;
    }

    static String notBlank(String s, String option) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(option + " must not be empty");
        }
        return s;
    }
}
