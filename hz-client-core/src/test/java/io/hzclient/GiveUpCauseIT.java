package io.hzclient;

import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link HzClient#getGiveUpCause()}: why the client shut itself down when connecting in the background gave up. */
class GiveUpCauseIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aClientRefusedAtAnAsyncStartKeepsTheMembersAnswer() {
        try (TestCluster cluster = TestCluster.start(1)) {
            HzClient client = HzClient.newClient(ClientConfig.builder().clusterName("not-" + cluster.clusterName())
                    .addresses(cluster.address(0)).asyncStart(true).build());
            assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTDOWN));
            assertThat(client.getGiveUpCause()).get().isInstanceOf(AuthenticationException.class)
                    .extracting(Throwable::getMessage).asString().contains("not-" + cluster.clusterName());
        }
    }

    @Test
    void aClientThatLostTheClusterForLongerThanTheClusterConnectTimeoutKeepsWhatItTried() {
        try (TestCluster cluster = TestCluster.start(1)) {
            HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                    .addresses(cluster.address(0)).clusterConnectTimeout(Duration.ofSeconds(2)).build());
            assertThat(client.getGiveUpCause()).isEmpty();
            cluster.terminateMember(0);
            assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTDOWN));
            assertThat(client.getGiveUpCause()).get().isInstanceOf(ClusterConnectException.class)
                    .extracting(Throwable::getMessage).asString().contains("cluster connect timeout of 2000 ms");
        }
    }

    @Test
    void aClientTheApplicationShutDownHasNoCause() {
        try (TestCluster cluster = TestCluster.start(1)) {
            HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                    .addresses(cluster.address(0)).build());
            client.shutdown();
            assertThat(client.getGiveUpCause()).isEmpty();
        }
    }
}
