package io.hzclient.spring.boot.autoconfigure.docker.compose;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details of a compose service reach the client: a real member stands in for the container, described as
 * {@code docker compose} would describe a {@code hazelcast/hazelcast} service whose port 5701 is mapped to the
 * member's port. The properties point elsewhere, and lose.
 */
class HzClientDockerComposeConnectionIT {
    static final TestCluster CLUSTER = TestCluster.start(1);

    @AfterAll
    static void stop() {
        CLUSTER.close();
    }

    @Test
    void theClientJoinsTheServicesCluster() {
        String[] hostPort = CLUSTER.address(0).split(":");
        FakeRunningService service = new FakeRunningService("hazelcast/hazelcast:5.7.0", hostPort[0],
                Map.of(5701, Integer.parseInt(hostPort[1])), Map.of("HZ_CLUSTERNAME", CLUSTER.clusterName()));
        HzClientConnectionDetails details = new HzClientDockerComposeConnectionDetailsFactory()
                .getConnectionDetails(service.source());
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=not-this-one", "hz.client.cluster-members=127.0.0.1:1",
                        "hz.client.startup.timeout=60s")
                .withBean(HzClientConnectionDetails.class, () -> details)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HzClient client = context.getBean(HzClient.class);
                    assertThat(client.isConnected()).isTrue();
                    assertThat(client.getConfig().clusterName()).isEqualTo(CLUSTER.clusterName());
                    client.getMap("compose").put("k", "v");
                    assertThat(CLUSTER.member(0).getMap("compose").get("k")).isEqualTo("v");
                });
    }
}
