package io.hzclient.config;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientConfigCloudTest {
    @Test
    void noTokenAndTheCloudsUrlByDefault() {
        ClientConfig config = ClientConfig.builder().build();
        assertThat(config.cloudDiscoveryToken()).isNull();
        assertThat(config.cloudUrlBase()).isEqualTo(URI.create("https://api.viridian.hazelcast.com"));
        assertThat(config.ssl().enabled()).isFalse();
    }

    @Test
    void withATokenTlsIsOnWithTheJvmsDefaultTrustUnlessConfigured() {
        ClientConfig config = ClientConfig.builder().cloudDiscoveryToken("t0k3n").build();
        assertThat(config.ssl().enabled()).isTrue();
        assertThat(config.ssl().trustStore()).isNull();
        assertThat(config.ssl().trustManagerFactory()).isNull();
        assertThat(config.ssl().sslContext()).isNull();
        assertThat(config.ssl().hostnameVerification()).isTrue();
        assertThat(ClientConfig.builder().cloudDiscoveryToken("t0k3n").ssl(SslConfig.DISABLED).build().ssl().enabled())
                .isTrue();

        SslConfig own = SslConfig.builder().trustStore(Path.of("trust.p12"), "PKCS12", "pw").build();
        assertThat(ClientConfig.builder().cloudDiscoveryToken("t0k3n").ssl(own).build().ssl()).isSameAs(own);
        assertThat(config.toBuilder().cloudDiscoveryToken(null).build().ssl().enabled()).isFalse();
        assertThat(config.toBuilder().build().cloudDiscoveryToken()).isEqualTo("t0k3n");
    }

    @Test
    void theUrlBaseIsAnAbsoluteHttpUrlWithoutAQuery() {
        assertThat(ClientConfig.builder().cloudUrlBase(" https://localhost:8443/base ").build().cloudUrlBase())
                .isEqualTo(URI.create("https://localhost:8443/base"));
        ClientConfig.Builder b = ClientConfig.builder();
        assertThatThrownBy(() -> b.cloudUrlBase(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.cloudUrlBase("api.example.com")).hasMessageContaining("cloud.url-base");
        assertThatThrownBy(() -> b.cloudUrlBase("ftp://api.example.com")).hasMessageContaining("absolute https URL");
        assertThatThrownBy(() -> b.cloudUrlBase("https://api.example.com?x=1")).hasMessageContaining("without a query");
        assertThatThrownBy(() -> b.cloudUrlBase("https://a b")).hasMessageContaining("is not a URL");
        assertThatThrownBy(() -> b.cloudDiscoveryToken(" ")).hasMessageContaining("must not be blank");
    }
}
