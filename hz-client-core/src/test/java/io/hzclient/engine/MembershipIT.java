package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.MembershipEvent;
import io.hzclient.MembershipListener;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The client's member list and membership events follow the cluster as members join and leave. */
class MembershipIT {

    @Test
    void listenersSeeMembersJoinAndLeaveAndTheMemberListMatchesTheMembersOwnView() {
        try (TestCluster cluster = TestCluster.start(2);
             HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            assertMembersMatch(client, cluster.member(0));

            Recorder existing = new Recorder();
            client.getCluster().addMembershipListener(existing, true);
            assertEventually(WAIT, () -> assertThat(existing.events).extracting(MembershipEvent::type)
                    .containsExactly(MembershipEvent.Type.ADDED, MembershipEvent.Type.ADDED));
            assertThat(existing.events).extracting(e -> e.member().uuid())
                    .containsExactlyInAnyOrderElementsOf(uuids(cluster.member(0)));

            Recorder changes = new Recorder();
            UUID changesId = client.getCluster().addMembershipListener(changes, false);
            Recorder removedLater = new Recorder();
            UUID removedLaterId = client.getCluster().addMembershipListener(removedLater, false);
            assertThat(client.getCluster().removeMembershipListener(removedLaterId)).isTrue();

            HazelcastInstance third = cluster.addMember();
            UUID thirdUuid = third.getCluster().getLocalMember().getUuid();
            assertEventually(WAIT, () -> assertThat(changes.events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(MembershipEvent.Type.ADDED);
                assertThat(e.member().uuid()).isEqualTo(thirdUuid);
                assertThat(e.member().address().port()).isEqualTo(third.getCluster().getLocalMember().getAddress().getPort());
                assertThat(e.members()).hasSize(3);
            }));
            assertMembersMatch(client, third);

            UUID firstUuid = cluster.member(0).getCluster().getLocalMember().getUuid();
            cluster.shutdownMember(0);
            assertEventually(WAIT, () -> assertThat(changes.events).hasSize(2).last().satisfies(e -> {
                assertThat(e.type()).isEqualTo(MembershipEvent.Type.REMOVED);
                assertThat(e.member().uuid()).isEqualTo(firstUuid);
                assertThat(e.members()).extracting(Member::uuid).doesNotContain(firstUuid);
            }));
            assertMembersMatch(client, third);

            // member 0 carried the client's cluster view listener (first address): the view must follow elsewhere
            HazelcastInstance fourth = cluster.addMember();
            UUID fourthUuid = fourth.getCluster().getLocalMember().getUuid();
            assertEventually(WAIT, () -> assertThat(changes.events).hasSize(3).last().satisfies(e -> {
                assertThat(e.type()).isEqualTo(MembershipEvent.Type.ADDED);
                assertThat(e.member().uuid()).isEqualTo(fourthUuid);
            }));
            assertMembersMatch(client, fourth);
            assertThat(existing.events).as("the first listener saw the same changes").hasSize(5);
            assertThat(removedLater.events).as("a removed listener hears nothing").isEmpty();
            assertThat(client.getCluster().removeMembershipListener(changesId)).isTrue();
            assertThat(client.getCluster().removeMembershipListener(changesId)).isFalse();
        }
    }

    @Test
    void existingMembersAreToldBeforeTheRegistrationReturnsAndALaterJoinOnceOnTheEventLane() {
        try (TestCluster cluster = TestCluster.start(2);
             HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            assertMembersMatch(client, cluster.member(0));
            String caller = Thread.currentThread().getName();
            ThreadRecorder recorder = new ThreadRecorder();
            client.getCluster().addMembershipListener(recorder, true);
            // no waiting: every current member was told in this thread before the call returned
            assertThat(recorder.events).extracting(MembershipEvent::type)
                    .containsExactly(MembershipEvent.Type.ADDED, MembershipEvent.Type.ADDED);
            assertThat(recorder.events).extracting(e -> e.member().uuid())
                    .containsExactlyElementsOf(uuids(cluster.member(0)));
            assertThat(recorder.threads).containsOnly(caller);

            HazelcastInstance third = cluster.addMember();
            UUID thirdUuid = third.getCluster().getLocalMember().getUuid();
            assertEventually(WAIT, () -> assertThat(recorder.events).hasSize(3));
            assertThat(recorder.events.get(2).type()).isEqualTo(MembershipEvent.Type.ADDED);
            assertThat(recorder.events.get(2).member().uuid()).isEqualTo(thirdUuid);
            assertThat(recorder.threads.get(2)).startsWith("hz.client.event");

            // a later change comes after the join on the same lane: had the join been told twice, it would show here
            cluster.shutdownMember(2);
            assertEventually(WAIT, () -> assertThat(recorder.events).hasSize(4));
            assertThat(recorder.events).extracting(e -> e.type() + " " + e.member().uuid()).endsWith(
                    "ADDED " + thirdUuid, "REMOVED " + thirdUuid);
            assertThat(recorder.events.subList(0, 3)).extracting(e -> e.member().uuid()).doesNotHaveDuplicates();
        }
    }

    /** Same members, same addresses, same order as the member lists them. */
    private static void assertMembersMatch(HzClient client, HazelcastInstance member) {
        assertEventually(WAIT, () -> {
            List<com.hazelcast.cluster.Member> theirs = List.copyOf(member.getCluster().getMembers());
            List<Member> ours = List.copyOf(client.getCluster().getMembers());
            assertThat(ours).extracting(Member::uuid).containsExactlyElementsOf(uuids(member));
            for (int i = 0; i < ours.size(); i++) {
                assertThat(ours.get(i).address().port()).isEqualTo(theirs.get(i).getAddress().getPort());
                assertThat(ours.get(i).address().host()).isEqualTo(theirs.get(i).getAddress().getHost());
                assertThat(ours.get(i).liteMember()).isEqualTo(theirs.get(i).isLiteMember());
                assertThat(ours.get(i).version()).startsWith("5.7");
            }
        });
    }

    private static List<UUID> uuids(HazelcastInstance member) {
        return member.getCluster().getMembers().stream().map(com.hazelcast.cluster.Member::getUuid).toList();
    }

    /** Each event with the name of the thread it came in. */
    private static final class ThreadRecorder implements MembershipListener {
        final List<MembershipEvent> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void memberAdded(MembershipEvent event) {
            record(event);
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            record(event);
        }

        private synchronized void record(MembershipEvent event) {
            threads.add(Thread.currentThread().getName());
            events.add(event);
        }
    }

    private static final class Recorder implements MembershipListener {
        final List<MembershipEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void memberAdded(MembershipEvent event) {
            events.add(event);
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            events.add(event);
        }
    }
}
