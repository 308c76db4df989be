package io.hzclient.internal.connector;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hazelcast.client.impl.protocol.codec.ClientAddClusterViewListenerCodec;
import com.hazelcast.internal.cluster.MemberInfo;
import io.hzclient.Member;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.TestConnections;
import io.hzclient.internal.listener.OrderedExecutor;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.test.FakeMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Cluster view events as a member encodes them (the member jar's codec), checked before they are applied. */
class ClusterViewEventsTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private final OrderedExecutor lanes = new OrderedExecutor("test-event");
    private final ClusterService cluster = new ClusterService(lanes.newLane("membership"));
    private final PartitionTable partitions = new PartitionTable();
    private final MemberRefusals refusals = new MemberRefusals();
    private final AtomicInteger membersViewsTaken = new AtomicInteger();
    private volatile Set<Member> lastMembersView;
    private final ClusterViewEvents events =
            new ClusterViewEvents(cluster, partitions, refusals, members -> {
                membersViewsTaken.incrementAndGet();
                lastMembersView = members;
            });
    private final Connection connection = TestConnections.embedded(A, 5701);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger connectionLog = (Logger) LoggerFactory.getLogger("io.hzclient.internal.connector");

    @BeforeEach
    void goodStart() {
        log.start();
        connectionLog.addAppender(log);
        partitions.fixPartitionCount(271);
        events.handle(connection, membersView(1, List.of(FakeMember.memberInfo(A, 5701), FakeMember.memberInfo(B, 5702))));
        events.handle(connection, partitionsView(1, entry(A, range(0, 136)), entry(B, range(136, 271))));
    }

    @AfterEach
    void stop() {
        connectionLog.detachAppender(log);
        lanes.close();
    }

    @Test
    void goodViewsAreApplied() {
        assertThat(cluster.getMembers()).extracting(Member::uuid).containsExactly(A, B);
        assertThat(membersViewsTaken).hasValue(1);
        assertThat(lastMembersView).as("the members view is handed on").extracting(Member::uuid).containsExactly(A, B);
        assertThat(partitions.owner(0)).isEqualTo(A);
        assertThat(partitions.owner(270)).isEqualTo(B);
        assertThat(connection.isAlive()).isTrue();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aMemberWithAPortOutOfRangeIsRefusedAndTheLastGoodMembersStay() {
        events.handle(connection, membersView(2, List.of(FakeMember.memberInfo(A, 5701), FakeMember.memberInfo(B, 0))));
        assertRefused("its members view lists a bad address: port 0 of member address 127.0.0.1 is out of 1..65535");
        assertThat(cluster.getMembers()).extracting(Member::uuid).containsExactly(A, B);
        assertThat(membersViewsTaken).hasValue(1);
    }

    @Test
    void aPortAbove65535IsRefusedToo() {
        events.handle(connection, membersView(2, List.of(FakeMember.memberInfo(A, 70_000))));
        assertRefused("port 70000 of member address 127.0.0.1 is out of 1..65535");
    }

    @Test
    void aMembersViewWithAUuidTwiceIsRefused() {
        events.handle(connection, membersView(2, List.of(FakeMember.memberInfo(A, 5701), FakeMember.memberInfo(A, 5703))));
        assertRefused("its members view version 2 lists member UUID " + A + " twice");
        assertThat(cluster.getMembers()).extracting(m -> m.address().port()).containsExactly(5701, 5702);
    }

    @Test
    void aMembersViewWithAMemberWithoutUuidIsRefused() {
        events.handle(connection, membersView(2, List.of(FakeMember.memberInfo(null, 5701))));
        assertRefused("its members view version 2 lists member 127.0.0.1:5701 without a UUID");
    }

    @Test
    void anEmptyMembersViewIsRefused() {
        events.handle(connection, membersView(2, List.of()));
        assertRefused("its members view version 2 lists no member");
        assertThat(cluster.getMembers()).hasSize(2);
    }

    @Test
    void aPartitionIdOutOfRangeIsRefusedAndTheLastGoodTableStays() {
        events.handle(connection, partitionsView(2, entry(B, List.of(0, 1, 271, 5000))));
        assertRefused("its partitions view version 2 gives partition id 271 to " + B + ", outside [0, 271)");
        assertThat(partitions.owner(0)).isEqualTo(A);
    }

    @Test
    void anOwnerListedTwiceKeepsBothListsSoAPartitionOwnedTwiceIsSeen() {
        events.handle(connection, partitionsView(2, entry(B, range(0, 200)), entry(A, range(200, 271)),
                entry(B, List.of(250))));
        assertRefused("gives partition 250 an owner twice");
    }

    @Test
    void anOwnerListedTwiceWithDistinctPartitionsGetsBoth() {
        events.handle(connection, partitionsView(2, entry(B, range(0, 100)), entry(A, range(100, 271)),
                entry(B, List.of())));
        events.handle(connection, partitionsView(3, entry(B, range(0, 100)), entry(A, range(100, 200)),
                entry(B, range(200, 271))));
        assertThat(partitions.owner(0)).isEqualTo(B);
        assertThat(partitions.owner(150)).isEqualTo(A);
        assertThat(partitions.owner(250)).as("from the second entry of B").isEqualTo(B);
        assertThat(connection.isAlive()).isTrue();
    }

    @Test
    void anOwnerOutsideTheMemberListLeavesTheTableAsItWasAndKeepsTheConnection() {
        UUID departed = UUID.randomUUID();
        events.handle(connection, partitionsView(2, entry(A, range(0, 200)), entry(departed, range(200, 271))));
        assertThat(partitions.owner(250)).isEqualTo(B);
        assertThat(connection.isAlive()).isTrue();
        assertThat(refusals.reason(A)).isNull();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void nothingMoreIsTakenFromARefusedConnection() {
        events.handle(connection, membersView(2, List.of()));
        events.handle(connection, membersView(3, List.of(FakeMember.memberInfo(A, 5701))));
        assertThat(cluster.getMembers()).hasSize(2);
        assertThat(warnings()).as("one line per refusal").hasSize(1);
    }

    private void assertRefused(String why) {
        assertThat(connection.isAlive()).isFalse();
        assertThat(connection.closeReason()).startsWith("refused: ").contains(why);
        assertThat(refusals.reason(A)).contains(why);
        assertThat(warnings()).singleElement().asString()
                .startsWith("Refused member 127.0.0.1:5701 (" + A + "): ")
                .contains(why)
                .contains("not applied: the client keeps its last good view");
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static ClientMessage membersView(int version, List<MemberInfo> members) {
        return ours(ClientAddClusterViewListenerCodec.encodeMembersViewEvent(version, members));
    }

    @SafeVarargs
    private static ClientMessage partitionsView(int version, Map.Entry<UUID, List<Integer>>... entries) {
        return ours(ClientAddClusterViewListenerCodec.encodePartitionsViewEvent(version, List.of(entries)));
    }

    private static Map.Entry<UUID, List<Integer>> entry(UUID owner, List<Integer> ids) {
        return new AbstractMap.SimpleEntry<>(owner, ids);
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** The same frames as our message type, as the decoder would hand them over. */
    private static ClientMessage ours(com.hazelcast.client.impl.protocol.ClientMessage theirs) {
        List<Frame> frames = new ArrayList<>();
        for (var f = theirs.getStartFrame(); f != null; f = f.next) {
            frames.add(new Frame(f.content, f.flags));
        }
        return new ClientMessage(frames);
    }
}
