package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.MemberSelectors;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Members by selector, their attributes and address maps, on a cluster of a data member and a lite member. */
class MemberSelectorsIT {

    @Test
    void dataLiteAndAttributeSelectorsPickTheRightMembers() {
        try (TestCluster cluster = TestCluster.start(1, c -> c.getMemberAttributeConfig().setAttribute("zone", "a"))) {
            HazelcastInstance lite = cluster.addMember(c -> c.setLiteMember(true)
                    .getMemberAttributeConfig().setAttribute("zone", "b"));
            try (HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
                assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(2));
                var cl = client.getCluster();
                Member liteMember = cl.getMembers(MemberSelectors.liteMembers()).iterator().next();
                Member dataMember = cl.getMembers(MemberSelectors.dataMembers()).iterator().next();

                assertThat(liteMember.uuid()).isEqualTo(lite.getCluster().getLocalMember().getUuid());
                assertThat(liteMember.isLiteMember()).isTrue();
                assertThat(dataMember.uuid()).isEqualTo(cluster.member(0).getCluster().getLocalMember().getUuid());
                assertThat(dataMember.isLiteMember()).isFalse();
                assertThat(cl.getMembers(MemberSelectors.withAttribute("zone", "b"))).containsExactly(liteMember);
                assertThat(cl.getMembers(MemberSelectors.withAttribute("zone", "a")
                        .and(MemberSelectors.dataMembers()))).containsExactly(dataMember);
                assertThat(cl.getMembers(MemberSelectors.withAttribute("zone", "c"))).isEmpty();
                assertThat(cl.getMembers(m -> true)).isEqualTo(cl.getMembers());
                assertThatThrownBy(() -> cl.getMembers(null)).isInstanceOf(NullPointerException.class);

                for (Member m : Set.of(liteMember, dataMember)) {
                    assertThat(m.addressMap()).as("what the member announces for its endpoints")
                            .containsEntry("MEMBER", m.address());
                    assertThat(m.publicAddress()).as("configured with no public address").isEmpty();
                }
            }
        }
    }
}
