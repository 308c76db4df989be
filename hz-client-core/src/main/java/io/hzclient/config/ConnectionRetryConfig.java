package io.hzclient.config;

import java.time.Duration;

/**
 * How the client retries to reach the cluster: exponential backoff from {@code initialBackoff} by
 * {@code multiplier} up to {@code maxBackoff}, each wait varied by +/- {@code jitter}, until
 * {@code clusterConnectTimeout} has passed (null: retry forever).
 */
public record ConnectionRetryConfig(Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter,
                                    Duration clusterConnectTimeout) {

    public static final ConnectionRetryConfig DEFAULT =
            new ConnectionRetryConfig(Duration.ofSeconds(1), Duration.ofSeconds(30), 1.05, 0, null);

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

    public ConnectionRetryConfig withClusterConnectTimeout(Duration timeout) {
        return new ConnectionRetryConfig(initialBackoff, maxBackoff, multiplier, jitter, timeout);
    }
}
