package io.hzclient.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad configuration fails when it is written, with a message naming the option. */
class ClientConfigTest {

    @Test
    void defaultsAreTheSeedGuides() {
        ClientConfig c = ClientConfig.builder().build();
        assertThat(c.clusterName()).isEqualTo("dev");
        assertThat(c.addresses()).containsExactly("127.0.0.1");
        assertThat(c.memberAddresses()).extracting(MemberAddress::port).containsExactly(5701, 5702, 5703);
        assertThat(c.clientName()).isNull();
        assertThat(c.smartRouting()).isTrue();
        assertThat(c.redoOperation()).isFalse();
        assertThat(c.invocationTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(c.heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.reconnectMode()).isEqualTo(ReconnectMode.ON);
        assertThat(c.connectionRetry().clusterConnectTimeout()).as("retry forever").isNull();
        assertThat(c.asyncStart()).isFalse();
        assertThat(c.backupAckToClient()).isTrue();
        assertThat(c.maxMessageSize()).isEqualTo(64 * 1024 * 1024);
    }

    @Test
    void maxMessageSizeIsAtLeast64KiBAndNamesItsOption() {
        ClientConfig.Builder b = ClientConfig.builder();
        assertThatThrownBy(() -> b.maxMessageSize(64 * 1024 - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max-message-size must be at least 65536 bytes (64 KiB), got 65535");
        assertRejected(() -> b.maxMessageSize(0), "max-message-size");
        assertRejected(() -> b.maxMessageSize(-1), "max-message-size");
        assertThat(b.maxMessageSize(64 * 1024).build().maxMessageSize()).isEqualTo(64 * 1024);
        assertThat(b.maxMessageSize(Integer.MAX_VALUE).build().toBuilder().build().maxMessageSize())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void durationsMustBePositiveAndNameTheirOption() {
        ClientConfig.Builder b = ClientConfig.builder();
        assertRejected(() -> b.invocationTimeout(Duration.ZERO), "invocation-timeout");
        assertRejected(() -> b.invocationTimeout(Duration.ofSeconds(-1)), "invocation-timeout");
        assertRejected(() -> b.invocationTimeout(null), "invocation-timeout");
        assertRejected(() -> b.invocationRetryPause(Duration.ZERO), "invocation-retry-pause");
        assertRejected(() -> b.heartbeatInterval(Duration.ZERO), "heartbeat.interval");
        assertRejected(() -> b.heartbeatTimeout(Duration.ofMillis(-5)), "heartbeat.timeout");
        assertRejected(() -> b.connectionTimeout(Duration.ZERO), "connection-timeout");
        assertRejected(() -> b.operationBackupTimeout(Duration.ZERO), "operation-backup-timeout");
        assertRejected(() -> b.clusterConnectTimeout(Duration.ofSeconds(-1)), "cluster-connect-timeout");
    }

    @Test
    void namesAndAddressesMustNotBeEmpty() {
        ClientConfig.Builder b = ClientConfig.builder();
        assertRejected(() -> b.clusterName(" "), "cluster-name");
        assertRejected(() -> b.clusterName(null), "cluster-name");
        assertRejected(() -> b.clientName(""), "client-name");
        assertRejected(() -> b.addresses(List.of()), "cluster-members");
        assertRejected(() -> b.addresses("127.0.0.1:5701", "host:x"), "'host:x'");
        assertThat(b.clientName(null).build().clientName()).as("null means the default name").isNull();
    }

    @Test
    void theHeartbeatTimeoutMustExceedTheInterval() {
        assertThatThrownBy(() -> ClientConfig.builder().heartbeatInterval(Duration.ofSeconds(10))
                .heartbeatTimeout(Duration.ofSeconds(10)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heartbeat.timeout").hasMessageContaining("heartbeat.interval");
    }

    @Test
    void connectionRetryBoundsNameTheirOption() {
        assertRejected(() -> new ConnectionRetryConfig(Duration.ofSeconds(2), Duration.ofSeconds(1), 1.5, 0, null),
                "connection-retry.max-backoff");
        assertRejected(() -> new ConnectionRetryConfig(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5, 0, null),
                "connection-retry.multiplier");
        assertRejected(() -> new ConnectionRetryConfig(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, 1.5, null),
                "connection-retry.jitter");
        assertRejected(() -> new ConnectionRetryConfig(Duration.ofSeconds(1), Duration.ofSeconds(2), Double.NaN, 0, null),
                "connection-retry.multiplier");
    }

    @Test
    void aBuiltConfigIsImmutableAndToBuilderCopiesIt() {
        ClientConfig.Builder b = ClientConfig.builder().clusterName("a").labels("x").addresses("h1:1");
        ClientConfig first = b.build();
        b.clusterName("b").labels("y").addresses("h2:2");
        assertThat(first.clusterName()).isEqualTo("a");
        assertThat(first.labels()).containsExactly("x");
        assertThat(first.addresses()).containsExactly("h1:1");
        assertThatThrownBy(() -> first.addresses().add("h3")).isInstanceOf(UnsupportedOperationException.class);

        ClientConfig copy = first.toBuilder().clientName("copy").build();
        assertThat(copy.clusterName()).isEqualTo("a");
        assertThat(copy.clientName()).isEqualTo("copy");
        assertThat(first.clientName()).isNull();
    }

    @Test
    void statisticsAreOffByDefaultEveryThreeSecondsWhenOnAndThePeriodMustBePositive() {
        ClientConfig defaults = ClientConfig.builder().build();
        assertThat(defaults.statisticsEnabled()).isFalse();
        assertThat(defaults.statisticsPeriod()).isEqualTo(Duration.ofSeconds(3));
        ClientConfig on = ClientConfig.builder().statisticsEnabled(true).statisticsPeriod(Duration.ofMillis(500))
                .build();
        assertThat(on.toBuilder().build().statisticsEnabled()).isTrue();
        assertThat(on.toBuilder().build().statisticsPeriod()).isEqualTo(Duration.ofMillis(500));
        assertRejected(() -> ClientConfig.builder().statisticsPeriod(Duration.ZERO), "statistics.period");
        assertRejected(() -> ClientConfig.builder().statisticsPeriod(null), "statistics.period");
    }

    private static void assertRejected(Runnable r, String option) {
        assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(option);
    }
}
