package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** A new cluster assigns partitions on first use; the client asks for it, so its first keyed call is routed. */
class PartitionAssignmentIT {

    @Test
    void aClientOfAFreshClusterLearnsEveryPartitionOwnerWithoutAKeyedCall() {
        try (TestCluster cluster = TestCluster.start(1);
             HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            assertEventually(WAIT, () -> {
                for (int p = 0; p < client.getPartitions().getPartitionCount(); p++) {
                    assertThat(client.getPartitions().getPartitionOwner(p)).as("owner of partition %d", p).isNotNull();
                }
            });
            assertThat(client.getPartitions().getPartitionOwner(0).uuid())
                    .isEqualTo(cluster.member(0).getCluster().getLocalMember().getUuid());
        }
    }
}
