package io.hzclient.spring.boot.autoconfigure.endpoint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which keys {@link HzClientSanitizingAutoConfiguration}'s function masks. */
class HzClientSanitizingAutoConfigurationTest {

    @Test
    void theSanitizingFunctionMasksTheClientsSecretKeysInEveryForm() {
        for (String key : List.of("hz.client.security.password", "hz.client.security.token",
                "HZ_CLIENT_SECURITY_PASSWORD", "HZ_CLIENT_SECURITY_TOKEN", "hz.client.cloud.discovery-token",
                "hz.client.ssl.key-store-password", "hz.client.some.secret", "hz.client.custom-credentials")) {
            assertThat(HzClientSanitizingAutoConfiguration.isSecret(key)).as(key).isTrue();
        }
        for (String key : List.of("hz.client.security.username", "hz.client.cluster-name", "spring.password",
                "hz.clientpassword", "HZ_CLIENT_SECURITY_USERNAME")) {
            assertThat(HzClientSanitizingAutoConfiguration.isSecret(key)).as(key).isFalse();
        }
        assertThat(HzClientSanitizingAutoConfiguration.isSecret(null)).isFalse();
    }

    @Test
    void theCloudTokensKeysAreMasked() {
        for (String key : List.of("hz.client.cloud.discovery-token", "hz.client.cloud.discoveryToken",
                "HZ_CLIENT_CLOUD_DISCOVERY_TOKEN", "HZ_CLIENT_CLOUD_DISCOVERYTOKEN")) {
            assertThat(HzClientSanitizingAutoConfiguration.isSecret(key)).as(key).isTrue();
        }
        assertThat(HzClientSanitizingAutoConfiguration.isSecret("hz.client.cloud.url-base")).isFalse();
    }
}
