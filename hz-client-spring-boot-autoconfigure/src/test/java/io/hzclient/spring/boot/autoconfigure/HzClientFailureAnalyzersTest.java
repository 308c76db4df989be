package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.AuthenticationException;
import io.hzclient.ClusterConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class HzClientFailureAnalyzersTest {

    @Test
    void noMemberReachableSaysWhatWasTriedAndWhatToCheck() {
        FailureAnalysis analysis = new HzClientConnectFailureAnalyzer().analyze(new BeanCreationException("hzClient",
                "failed", new ClusterConnectException("Could not connect to cluster 'dev' at [10.0.0.9:5701]")));
        assertThat(analysis.getDescription()).contains("could not reach its cluster").contains("10.0.0.9:5701");
        assertThat(analysis.getAction()).contains("hz.client.cluster-members").contains("hz.client.startup.timeout")
                .contains("hz.client.startup.mode=lazy");
    }

    @Test
    void aRefusedClientIsToldToCheckTheClusterName() {
        FailureAnalysis analysis = new HzClientAuthenticationFailureAnalyzer().analyze(new BeanCreationException(
                "hzClient", "failed", new AuthenticationException("cluster name 'prod' is not the member's")));
        assertThat(analysis.getDescription()).contains("refused the client").contains("'prod'");
        assertThat(analysis.getAction()).contains("hz.client.cluster-name");
    }

    @Test
    void bothAreRegisteredWithSpringBoot() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
                .contains(HzClientConnectFailureAnalyzer.class.getName(),
                        HzClientAuthenticationFailureAnalyzer.class.getName());
    }
}
