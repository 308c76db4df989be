package io.hzclient.internal.connection;

import io.hzclient.config.SslConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void offIsThePlainSetupAndOnSendsEveryByteThroughThePipeline() {
        assertThat(Tls.channelSetup(SslConfig.DISABLED, TIMEOUT)).isSameAs(ChannelSetup.plain());
        assertThat(Tls.channelSetup(SslConfig.builder().build(), TIMEOUT).writeThroughAllowed()).isFalse();
    }

    @Test
    void aProtocolOrCipherSuiteTheJvmDoesNotKnowFailsAtOnce() {
        assertThatThrownBy(() -> Tls.channelSetup(SslConfig.builder().protocols(List.of("TLSv9")).build(), TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ssl: the TLS settings are refused")
                .hasMessageContaining("TLSv9");
        assertThatThrownBy(() -> Tls.channelSetup(SslConfig.builder().cipherSuites(List.of("NO_SUCH_SUITE")).build(),
                TIMEOUT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_SUITE");
    }
}
