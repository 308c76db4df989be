package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.AuthenticationException;
import io.hzclient.ClusterConnectException;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class HzClientFailureAnalyzersTest {

    @Test
    void noMemberReachableSaysWhatWasTriedAndWhatToCheck() {
        FailureAnalysis analysis = new HzClientConnectFailureAnalyzer().analyze(new BeanCreationException("hzClient",
                "failed", new ClusterConnectException("Could not connect to cluster 'dev' at [10.0.0.9:5701]")));
        assertThat(analysis.getDescription()).contains("could not reach its cluster").contains("10.0.0.9:5701");
        assertThat(analysis.getAction()).contains("hz.client.cluster-members").contains("hz.client.startup.timeout")
                .contains("hz.client.startup.mode=lazy").contains("hz.client.cloud.discovery-token");
    }

    @Test
    void aRefusedClientIsToldToCheckTheClusterName() {
        FailureAnalysis analysis = new HzClientAuthenticationFailureAnalyzer().analyze(new BeanCreationException(
                "hzClient", "failed", new AuthenticationException("cluster name 'prod' is not the member's")));
        assertThat(analysis.getDescription()).contains("refused the client").contains("'prod'");
        assertThat(analysis.getAction()).contains("hz.client.cluster-name");
    }

    @Test
    void refusedCredentialsAreToldToCheckTheSecurityProperties() {
        FailureAnalysis analysis = new HzClientAuthenticationFailureAnalyzer().analyze(new BeanCreationException(
                "hzClient", "failed", new AuthenticationException("The member at 127.0.0.1:5701 refused the client:"
                        + " the credentials (username 'alice') were refused, or cluster name 'prod' is not the"
                        + " member's cluster name")));
        assertThat(analysis.getDescription()).contains("refused the client's credentials")
                .contains("username 'alice'");
        assertThat(analysis.getAction()).contains("hz.client.security.username").contains("hz.client.security.token")
                .contains("every open-source member").contains("hz.client.cluster-name");
    }

    @Test
    void aStartupWithoutTheClusterEndsWithTheAnalysis(CapturedOutput output) {
        SpringApplication app = new SpringApplication(Empty.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("hz.client.cluster-members", "127.0.0.1:1",
                "hz.client.startup.timeout", "300ms", "spring.main.banner-mode", "off"));
        assertThatThrownBy(app::run).hasRootCauseInstanceOf(ClusterConnectException.class);
        assertThat(output).contains("APPLICATION FAILED TO START").contains("could not reach its cluster")
                .contains("hz.client.startup.mode=lazy");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({HzClientAutoConfiguration.class, HzClientBeansAutoConfiguration.class})
    static class Empty {
    }

    @Test
    void bothAreRegisteredWithSpringBoot() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(HzClientConnectFailureAnalyzer.class.getName(),
                        HzClientAuthenticationFailureAnalyzer.class.getName());
    }
}
