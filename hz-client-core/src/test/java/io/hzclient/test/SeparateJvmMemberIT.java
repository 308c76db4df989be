package io.hzclient.test;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

class SeparateJvmMemberIT {
    private static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void joinsIsKilledLeavesAndRejoinsAfterRestart() throws Exception {
        try (TestCluster cluster = TestCluster.start(1);
             SeparateJvmMember other = SeparateJvmMember.builder(cluster.clusterName())
                     .members(cluster.addresses())
                     .start()) {
            cluster.awaitSize(2);
            String firstUuid = other.uuid();
            assertThat(memberUuids(cluster)).contains(firstUuid);

            other.kill();
            assertThat(other.isAlive()).isFalse();
            assertEventually(LEAVE_TIMEOUT, () -> assertThat(memberUuids(cluster)).doesNotContain(firstUuid));
            cluster.awaitSize(1);

            other.restart();
            assertThat(other.isAlive()).isTrue();
            cluster.awaitSize(2);
            assertThat(other.uuid()).isNotEqualTo(firstUuid);
            assertThat(memberUuids(cluster)).contains(other.uuid());
            assertThat(cluster.member(0).getCluster().getMembers())
                    .anyMatch(m -> m.getAddress().getPort() == other.port());
            assertThat(Files.readString(other.logFile())).contains(MemberMain.READY);
        }
    }

    @Test
    void runsAnotherHazelcastVersionFromItsJar() throws Exception {
        try (SeparateJvmMember old = SeparateJvmMember.builder(TestCluster.newClusterName())
                .hazelcastJar(SeparateJvmMember.memberJar("5.4.0"))
                .start()) {
            assertThat(old.isAlive()).isTrue();
            assertThat(Files.readString(old.logFile())).contains("[5.4.0]");
            old.stop();
            assertThat(old.isAlive()).isFalse();
        }
    }

    private static java.util.List<String> memberUuids(TestCluster cluster) {
        return cluster.member(0).getCluster().getMembers().stream().map(m -> m.getUuid().toString()).toList();
    }
}
