package io.hzclient.cp;

import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A 5.7.0 member without the CP Subsystem: asking for a CP object fails at once, and says why. */
class NoCPSubsystemIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    @Test
    void aCpObjectOnAClusterWithoutCpFailsSayingSo() {
        TestCluster cluster = CLUSTER.cluster();
        try (HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build())) {
            assertThatThrownBy(() -> client.getCPSubsystem().getAtomicLong("counter"))
                    .isInstanceOf(HzClientException.class).hasMessageContaining("CP Subsystem on")
                    .hasMessageContaining("Enterprise feature");
        }
    }
}
