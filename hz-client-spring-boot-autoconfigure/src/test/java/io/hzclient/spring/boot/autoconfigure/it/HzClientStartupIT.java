package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.AuthenticationException;
import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Startup against a real member: when the client gives up, the startup fails with the reason of that one attempt (no
 * second client is built to find it out); and an application's own {@link ClientConfig} bean is what the client is
 * built from.
 */
@ExtendWith(OutputCaptureExtension.class)
class HzClientStartupIT {
    static final TestCluster CLUSTER = TestCluster.start(1);

    @AfterAll
    static void stop() {
        CLUSTER.close();
    }

    @Test
    void aRefusedClientFailsTheStartupWithTheMembersReasonAndOnlyOneClientWasBuilt(CapturedOutput output) {
        long before = nextClientNumber();
        assertThatThrownBy(() -> run(Map.of("hz.client.cluster-name", "not-" + CLUSTER.clusterName(),
                "hz.client.cluster-members", CLUSTER.address(0), "hz.client.startup.timeout", "60s")))
                .hasRootCauseInstanceOf(AuthenticationException.class)
                .rootCause().hasMessageContaining("not-" + CLUSTER.clusterName());
        long after = nextClientNumber();
        assertThat(after - before).as("clients built by the failed startup, and the probe after it").isEqualTo(2);
        assertThat(output).contains("APPLICATION FAILED TO START").contains("refused the client")
                .contains("hz.client.cluster-name").doesNotContain("trying once more");
    }

    @Test
    void aClusterConnectTimeoutFailsTheStartupNamingWhatWasTried(CapturedOutput output) {
        long before = nextClientNumber();
        assertThatThrownBy(() -> run(Map.of("hz.client.cluster-members", "127.0.0.1:1",
                "hz.client.connection-retry.cluster-connect-timeout", "1s", "hz.client.startup.timeout", "60s")))
                .hasRootCauseInstanceOf(ClusterConnectException.class)
                .rootCause().hasMessageContaining("cluster connect timeout of 1000 ms").hasMessageContaining("127.0.0.1:1");
        assertThat(nextClientNumber() - before).isEqualTo(2);
        assertThat(output).contains("APPLICATION FAILED TO START").contains("could not reach its cluster")
                .contains("cluster connect timeout of 1000 ms");
    }

    @Test
    void theClientIsBuiltFromTheApplicationsClientConfig() {
        ClientConfig own = ClientConfig.builder().clusterName(CLUSTER.clusterName()).addresses(CLUSTER.address(0))
                .clientName("own-config").build();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=elsewhere", "hz.client.cluster-members=127.0.0.1:1",
                        "hz.client.startup.timeout=60s")
                .withBean(ClientConfig.class, () -> own)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HzClient client = context.getBean(HzClient.class);
                    assertThat(client.isConnected()).isTrue();
                    assertThat(client.getName()).isEqualTo("own-config");
                    client.getMap("own-config").put("k", "v");
                    assertThat(CLUSTER.member(0).getMap("own-config").get("k")).isEqualTo("v");
                });
    }

    private static void run(Map<String, Object> properties) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> all = new HashMap<>(properties);
        all.put("spring.main.banner-mode", "off");
        app.setDefaultProperties(all);
        app.run().close();
    }

    /** The number the next client without a name gets (hz.client_N): it counts the clients this JVM built. */
    private static long nextClientNumber() {
        HzClient probe = HzClient.newClient(ClientConfig.builder().addresses("127.0.0.1:1").asyncStart(true).build());
        try {
            return Long.parseLong(probe.getName().substring("hz.client_".length()));
        } finally {
            probe.shutdown();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({HzClientAutoConfiguration.class, HzClientBeansAutoConfiguration.class})
    static class App {
    }
}
