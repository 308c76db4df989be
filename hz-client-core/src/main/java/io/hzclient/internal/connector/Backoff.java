package io.hzclient.internal.connector;

import io.hzclient.config.ConnectionRetryConfig;

/** The wait before the next attempt to reach the cluster: a pure function of the attempt and a random draw. */
final class Backoff {
    private Backoff() {
    }

    /**
     * @param attempt 0 for the wait after the first failed round
     * @param random  a number in [0, 1) that picks where the jitter lands
     */
    static long waitMillis(ConnectionRetryConfig retry, int attempt, double random) {
        double base = retry.initialBackoff().toMillis() * Math.pow(retry.multiplier(), attempt);
        double capped = Math.min(base, retry.maxBackoff().toMillis());
        double jittered = capped * (1 + retry.jitter() * (2 * random - 1));
        return Math.max(0, Math.round(jittered));
    }
}
