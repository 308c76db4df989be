package io.hzclient.config;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SslConfigTest {

    @Test
    void offByDefaultAndOnWhenBuilt() {
        assertThat(ClientConfig.builder().build().ssl()).isSameAs(SslConfig.DISABLED);
        assertThat(SslConfig.DISABLED.enabled()).isFalse();
        SslConfig built = SslConfig.builder().build();
        assertThat(built.enabled()).isTrue();
        assertThat(built.hostnameVerification()).isTrue();
        assertThat(built.protocols()).isEmpty();
        assertThat(built.cipherSuites()).isEmpty();
        assertThat(ClientConfig.builder().ssl(built).build().toBuilder().build().ssl()).isSameAs(built);
    }

    @Test
    void toStringNeverShowsAPassword() {
        SslConfig c = SslConfig.builder().trustStore(Path.of("t.p12"), null, "trust-secret")
                .keyStore(Path.of("k.jks"), "JKS", "key-secret").protocols(List.of("TLSv1.3"))
                .cipherSuites(List.of("TLS_AES_128_GCM_SHA256")).hostnameVerification(false).build();
        assertThat(c.toString()).doesNotContain("trust-secret").doesNotContain("key-secret")
                .contains("t.p12 (PKCS12, password ****)").contains("k.jks (JKS, password ****)")
                .contains("TLSv1.3").contains("TLS_AES_128_GCM_SHA256").contains("hostnameVerification=false");
        assertThat(c.trustStoreType()).isEqualTo("PKCS12");
        assertThat(c.trustStorePassword()).isEqualTo("trust-secret");
        assertThat(SslConfig.DISABLED.toString()).isEqualTo("SslConfig{enabled=false}");
    }

    @Test
    void settingsThatContradictEachOtherAreRefused() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        assertThatThrownBy(() -> SslConfig.builder().trustStore(Path.of("t.p12"), null, null).trustManagerFactory(tmf)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> SslConfig.builder().sslContext(SSLContext.getDefault())
                .trustStore(Path.of("t.p12"), null, null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SSL context");
        assertThatThrownBy(() -> SslConfig.builder().trustStore(null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ssl.trust-store");
        assertThatThrownBy(() -> ClientConfig.builder().ssl(null)).isInstanceOf(NullPointerException.class);
    }
}
