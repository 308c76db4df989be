package io.hzclient.internal.connector;

import io.hzclient.config.ConnectionRetryConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {
    /** random 0.5 lands the jitter in the middle: no jitter at all. */
    private static final double MIDDLE = 0.5;

    private static ConnectionRetryConfig retry(long initialMs, long maxMs, double multiplier, double jitter) {
        return new ConnectionRetryConfig(Duration.ofMillis(initialMs), Duration.ofMillis(maxMs), multiplier, jitter, null);
    }

    @Test
    void theFirstWaitIsTheInitialBackoff() {
        assertThat(Backoff.waitMillis(retry(1000, 30_000, 2, 0), 0, MIDDLE)).isEqualTo(1000);
        assertThat(Backoff.waitMillis(retry(1000, 30_000, 2, 0), 0, 0.0)).isEqualTo(1000);
    }

    @Test
    void eachAttemptGrowsByTheMultiplier() {
        ConnectionRetryConfig r = retry(100, 100_000, 2, 0);
        assertThat(Backoff.waitMillis(r, 1, MIDDLE)).isEqualTo(200);
        assertThat(Backoff.waitMillis(r, 2, MIDDLE)).isEqualTo(400);
        assertThat(Backoff.waitMillis(r, 5, MIDDLE)).isEqualTo(3200);
        assertThat(Backoff.waitMillis(retry(1000, 100_000, 1.05, 0), 1, MIDDLE)).isEqualTo(1050);
    }

    @Test
    void theWaitIsCappedAtTheMaxBackoff() {
        ConnectionRetryConfig r = retry(100, 1000, 2, 0);
        assertThat(Backoff.waitMillis(r, 4, MIDDLE)).isEqualTo(1000);
        assertThat(Backoff.waitMillis(r, 1000, MIDDLE)).as("no overflow far out").isEqualTo(1000);
    }

    @Test
    void jitterStaysWithinItsBoundsAroundTheCappedWait() {
        ConnectionRetryConfig r = retry(1000, 1000, 2, 0.2);
        assertThat(Backoff.waitMillis(r, 3, 0.0)).isEqualTo(800);
        assertThat(Backoff.waitMillis(r, 3, MIDDLE)).isEqualTo(1000);
        assertThat(Backoff.waitMillis(r, 3, 0.999_999)).isBetween(1199L, 1200L);
        for (double random = 0; random < 1; random += 0.01) {
            assertThat(Backoff.waitMillis(r, 3, random)).isBetween(800L, 1200L);
        }
    }

    @Test
    void aZeroBackoffNeverWaits() {
        assertThat(Backoff.waitMillis(retry(0, 0, 1, 1), 7, 0.9)).isZero();
    }
}
