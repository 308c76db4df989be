package io.hzclient.test;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

class SeparateJvmClusterIT {

    @Test
    void threeOldMembersFormACpGroup() {
        try (SeparateJvmCluster cp = SeparateJvmCluster.start(3,
                b -> b.hazelcastJar(SeparateJvmMember.memberJar("5.4.0")).cpMembers(3))) {
            assertThat(cp.size()).isEqualTo(3);
            assertThat(cp.addresses()).doesNotHaveDuplicates();
            assertEventually(Duration.ofSeconds(60), () -> {
                for (int i = 0; i < 3; i++) {
                    String log = Files.readString(cp.member(i).logFile());
                    assertThat(log).contains("[5.4.0]").contains("Members {size:3");
                }
                // the CP Subsystem logs its members once the METADATA group forms
                assertThat(Files.readString(cp.member(0).logFile())).contains("CP Group Members");
            });
        }
    }
}
