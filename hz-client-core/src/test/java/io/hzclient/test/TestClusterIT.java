package io.hzclient.test;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestClusterIT {

    @Test
    void twoMembersFormOneIsolatedCluster() {
        try (TestCluster cluster = TestCluster.start(2)) {
            assertThat(cluster.member(0).getCluster().getMembers()).hasSize(2);
            assertThat(cluster.member(1).getCluster().getMembers()).hasSize(2);
            assertThat(cluster.clusterName()).startsWith("hzc-test-");
            assertThat(cluster.member(0).getConfig().getClusterName()).isEqualTo(cluster.clusterName());
            assertThat(cluster.addresses()).hasSize(2).allMatch(a -> a.startsWith("127.0.0.1:"));
            assertThat(cluster.addresses()).doesNotHaveDuplicates();

            String map = TestCluster.uniqueName("map");
            cluster.member(0).getMap(map).put("k", "v");
            assertThat(cluster.member(1).<String, String>getMap(map).get("k")).isEqualTo("v");
        }
    }

    @Test
    void membersComeAndGo() {
        try (TestCluster cluster = TestCluster.start(1)) {
            HazelcastInstance added = cluster.addMember();
            assertThat(added.getCluster().getMembers()).hasSize(2);
            assertThat(cluster.member(1)).isSameAs(added);

            cluster.addMember();
            assertThat(cluster.size()).isEqualTo(3);

            cluster.terminateMember(0);
            cluster.awaitSize(2);
            assertThat(cluster.isRunning(0)).isFalse();
            assertThatThrownBy(() -> cluster.member(0)).isInstanceOf(IllegalStateException.class);
            assertThat(cluster.addresses()).containsExactly(cluster.address(1), cluster.address(2));

            IMap<Integer, Integer> map = cluster.member(1).getMap(TestCluster.uniqueName("map"));
            map.put(1, 1);
            cluster.shutdownMember(1);
            cluster.awaitSize(1);
            assertThat(cluster.member(2).<Integer, Integer>getMap(map.getName()).get(1)).isEqualTo(1);
        }
    }

    @Test
    void stoppedMemberRestartsOnItsAddress() {
        try (TestCluster cluster = TestCluster.start(2)) {
            String address = cluster.address(0);
            String oldUuid = cluster.member(0).getCluster().getLocalMember().getUuid().toString();
            cluster.terminateMember(0);
            cluster.awaitSize(1);

            HazelcastInstance restarted = cluster.restartMember(0);

            assertThat(cluster.address(0)).isEqualTo(address);
            assertThat(restarted.getCluster().getLocalMember().getAddress().getPort())
                    .isEqualTo(Integer.parseInt(address.substring(address.indexOf(':') + 1)));
            assertThat(restarted.getCluster().getLocalMember().getUuid().toString()).isNotEqualTo(oldUuid);
            assertThat(cluster.member(1).getCluster().getMembers()).hasSize(2);
        }
    }

    @Test
    void wholeClusterRestartsUnderTheSameName() {
        try (TestCluster cluster = TestCluster.start(1)) {
            cluster.terminateMember(0);
            cluster.restartMember(0);
            assertThat(cluster.member(0).getConfig().getClusterName()).isEqualTo(cluster.clusterName());
            assertThat(cluster.size()).isEqualTo(1);
        }
    }

    @Test
    void twoClustersNeverMerge() {
        try (TestCluster a = TestCluster.start(1); TestCluster b = TestCluster.start(1)) {
            assertThat(a.clusterName()).isNotEqualTo(b.clusterName());
            assertThat(a.member(0).getCluster().getMembers()).hasSize(1);
            assertThat(b.member(0).getCluster().getMembers()).hasSize(1);
        }
    }

    @Test
    void sharedClusterIsStartedOnceAndSurvivesClose() {
        TestCluster shared = TestCluster.shared();
        shared.close();
        assertThat(TestCluster.shared()).isSameAs(shared);
        assertThat(shared.member(0).getCluster().getMembers()).hasSize(2);
    }
}
