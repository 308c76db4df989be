package io.hzclient.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class TestClusterExtensionIT {
    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    private static String seenClusterName;

    @Test
    void firstTestSeesTheClassCluster() {
        checkSameCluster();
    }

    @Test
    void secondTestSeesTheSameCluster() {
        checkSameCluster();
    }

    private static synchronized void checkSameCluster() {
        String name = CLUSTER.cluster().clusterName();
        if (seenClusterName != null) {
            assertThat(name).isEqualTo(seenClusterName);
        }
        seenClusterName = name;
        assertThat(CLUSTER.cluster().member(0).getLifecycleService().isRunning()).isTrue();
    }
}
