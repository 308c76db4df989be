package io.hzclient.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection retry config's documented defaults and bounds. */
class ConnectionRetryConfigTest {

    @Test
    void theDefaultStartsAtOneSecondGrowsByOnePointZeroFiveUpToThirtyAndRetriesForever() {
        ConnectionRetryConfig d = ConnectionRetryConfig.DEFAULT;
        assertThat(d.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(d.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.multiplier()).isEqualTo(1.05);
        assertThat(d.jitter()).isZero();
        assertThat(d.clusterConnectTimeout()).isNull();
        assertThat(ClientConfig.builder().build().connectionRetry()).isEqualTo(d);
    }

    @Test
    void withClusterConnectTimeoutChangesOnlyThatAndRefusesANegativeOne() {
        ConnectionRetryConfig c = ConnectionRetryConfig.DEFAULT.withClusterConnectTimeout(Duration.ZERO);
        assertThat(c.clusterConnectTimeout()).isZero();
        assertThat(c.initialBackoff()).isEqualTo(ConnectionRetryConfig.DEFAULT.initialBackoff());
        assertThatThrownBy(() -> ConnectionRetryConfig.DEFAULT.withClusterConnectTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster-connect-timeout");
        assertThatThrownBy(() -> new ConnectionRetryConfig(null, Duration.ofSeconds(1), 1, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial-backoff");
    }
}
