package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.URI;

import static io.hzclient.spring.boot.autoconfigure.HzClientTestSupport.allMessages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hz.client.cloud.*}: the discovery token and the URL base reach the client's config (and with them TLS); a
 * blank token or a bad URL base is a clear error that does not print the token; the token's keys are masked.
 */
class HzClientCloudPropertiesTest {
    private static final String TOKEN = "Cl0ud-token-value-x7";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void theTokenAndTheUrlBaseReachTheClientsConfig() {
        runner.withPropertyValues("hz.client.cloud.discovery-token=" + TOKEN,
                "hz.client.cloud.url-base=https://127.0.0.1:1").run(context -> {
                    ClientConfig config = context.getBean(HzClient.class).getConfig();
                    assertThat(config.cloudDiscoveryToken()).isEqualTo(TOKEN);
                    assertThat(config.cloudUrlBase()).isEqualTo(URI.create("https://127.0.0.1:1"));
                    assertThat(config.ssl().enabled()).as("TLS on, as the cloud requires").isTrue();
                    assertThat(context.getBean(HzClientProperties.class).getCloud().toString())
                            .isEqualTo("Cloud[discoveryToken=******, urlBase=https://127.0.0.1:1]");
                });
    }

    @Test
    void noTokenNoCloudAndTheCloudsUrlByDefault() {
        runner.run(context -> {
            ClientConfig config = context.getBean(HzClient.class).getConfig();
            assertThat(config.cloudDiscoveryToken()).isNull();
            assertThat(config.cloudUrlBase()).isEqualTo(URI.create(ClientConfig.DEFAULT_CLOUD_URL_BASE));
            assertThat(context.getBean(HzClientProperties.class).getCloud().getUrlBase())
                    .isEqualTo(ClientConfig.DEFAULT_CLOUD_URL_BASE);
            assertThat(config.ssl().enabled()).isFalse();
        });
    }

    @Test
    void aBlankTokenOrABadUrlBaseIsAClearError() {
        runner.withPropertyValues("hz.client.cloud.discovery-token= ").run(context -> assertThat(
                allMessages(context.getStartupFailure()))
                .contains("hz.client.cloud.discovery-token must not be blank"));
        runner.withPropertyValues("hz.client.cloud.discovery-token=" + TOKEN,
                "hz.client.cloud.url-base=api.example.com").run(context -> assertThat(
                allMessages(context.getStartupFailure())).contains("hz.client.cloud.url-base is not usable")
                .contains("must be an absolute https URL").doesNotContain(TOKEN));
    }
}
