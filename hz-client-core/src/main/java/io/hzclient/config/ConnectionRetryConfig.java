package io.hzclient.config;

import java.time.Duration;

/**
 * How the client retries to reach the cluster: exponential backoff from {@code initialBackoff} by
 * {@code multiplier} up to {@code maxBackoff}, each wait varied by +/- {@code jitter}, until
 * {@code clusterConnectTimeout} has passed (null: retry forever).
 *
 * @param initialBackoff        the wait after the first round of tries (zero or more)
 * @param maxBackoff            the longest wait between rounds (at least {@code initialBackoff})
 * @param multiplier            how much each wait grows over the one before (1.0 or more)
 * @param jitter                how much each wait varies at random, as a fraction of it (0 to 1)
 * @param clusterConnectTimeout how long to try before giving up (zero or more); null to retry forever
 */
public record ConnectionRetryConfig(Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter,
                                    Duration clusterConnectTimeout) {

    /** The defaults: 1 s growing by 1.05 up to 30 s, no jitter, retry forever. */
    public static final ConnectionRetryConfig DEFAULT =
            new ConnectionRetryConfig(Duration.ofSeconds(1), Duration.ofSeconds(30), 1.05, 0, null);

    /**
     * Makes a retry config, checked; each error names the option.
     *
     * @param initialBackoff        the wait after the first round of tries
     * @param maxBackoff            the longest wait between rounds
     * @param multiplier            how much each wait grows over the one before
     * @param jitter                how much each wait varies at random, as a fraction of it
     * @param clusterConnectTimeout how long to try before giving up; null to retry forever
     * @throws IllegalArgumentException if a value is out of its bounds (above), or a backoff is null
     */
    public ConnectionRetryConfig {
        Checks.positiveOrZero(initialBackoff, "connection-retry.initial-backoff");
        Checks.positiveOrZero(maxBackoff, "connection-retry.max-backoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("connection-retry.max-backoff (" + maxBackoff
                    + ") must not be below connection-retry.initial-backoff (" + initialBackoff + ")");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("connection-retry.multiplier must be at least 1.0, got " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("connection-retry.jitter must be between 0 and 1, got " + jitter);
        }
        if (clusterConnectTimeout != null) {
            Checks.positiveOrZero(clusterConnectTimeout, "connection-retry.cluster-connect-timeout");
        }
    }

    /**
     * This config with another cluster connect timeout.
     *
     * @param timeout how long to try before giving up (zero or more); null to retry forever
     * @return a new config
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public ConnectionRetryConfig withClusterConnectTimeout(Duration timeout) {
        return new ConnectionRetryConfig(initialBackoff, maxBackoff, multiplier, jitter, timeout);
    }
}
