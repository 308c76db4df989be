package io.hzclient.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.hazelcast.client.impl.protocol.codec.MapGetCodec;
import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.LifecycleState;
import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.FakeMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.millisSince;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Members that announce what the client must not take: a partition count out of bounds or unlike the cluster's, a
 * partition table with ids out of range, a member list with a UUID twice or a bad port. The client refuses that
 * member in one WARN line, does not apply what it announced, and works on with a good member.
 */
class BadAnnouncementsIT {
    private static final int MAP_GET = 0x010200;
    private static final int PING = 0x000B00;

    private final String clusterName = TestCluster.newClusterName();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger connectionLog = (Logger) LoggerFactory.getLogger("io.hzclient.internal.connector");

    @BeforeEach
    void captureConnectionLog() {
        log.start();
        connectionLog.addAppender(log);
    }

    @AfterEach
    void stopCapture() {
        connectionLog.detachAppender(log);
    }

    @Test
    void aHugePartitionCountIsRefusedAndTheClientWorksWithTheNextMember() {
        try (FakeMember bad = member().partitionCount(Integer.MAX_VALUE).ownedPartitions(List.of(0)).start();
             FakeMember good = member().start();
             HzClient client = HzClient.newClient(config(bad.address(), good.address()).build())) {
            assertThat(client.getPartitions().getPartitionCount()).isEqualTo(271);
            assertWorksWith(client, good);
            assertThat(refusals()).singleElement().isEqualTo("Refused member " + bad.address() + " ("
                    + bad.memberUuid() + "): its authentication announced partition count 2147483647, outside"
                    + " 1..65536; closing the connection");
        }
    }

    @Test
    void aLoneMemberWithAHugeCountFailsTheStartAfterTheClusterConnectTimeoutWithoutABusyLoop() {
        try (FakeMember bad = member().partitionCount(Integer.MAX_VALUE).ownedPartitions(List.of()).start()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> HzClient.newClient(config(bad.address()).build()))
                    .isInstanceOf(ClusterConnectException.class)
                    .hasMessageContaining("within the cluster connect timeout of 5000 ms")
                    .hasMessageContaining(bad.address())
                    .hasMessageContaining("partition count 2147483647");
            assertThat(millisSince(start)).isBetween(3000L, 9000L);
            assertThat(bad.acceptedConnections()).as("tried again per the 1 s backoff, not in a loop")
                    .isBetween(2, 8);
            assertThat(refusals()).as("logged once, each later try says 'refused before' at INFO").hasSize(1);
        }
    }

    @Test
    void aMemberAnnouncingAnotherCountThanTheClustersIsRefusedAndTheClientStaysWithTheFirst() {
        try (FakeMember other = member().partitionCount(100).start();
             FakeMember first = member().members(self -> List.of(self.memberInfo(), other.memberInfo())).start();
             HzClient client = HzClient.newClient(config(first.address()).build())) {
            assertEventually(WAIT, () -> assertThat(refusals()).singleElement().isEqualTo("Refused member "
                    + other.address() + " (" + other.memberUuid() + "): its authentication announced partition count"
                    + " 100, but the cluster has 271 partitions (the count of the first member the client"
                    + " authenticated with); closing the connection"));
            assertThat(client.getPartitions().getPartitionCount()).isEqualTo(271);
            assertThat(client.getCluster().getMembers()).as("still the cluster's member list")
                    .extracting(Member::uuid).containsExactly(first.memberUuid(), other.memberUuid());
            assertThat(client.getMap("m").get("k")).isNull();
            assertThat(first.requestTypes()).contains(MAP_GET);
            // the member connector runs each second; three more pings to the first take longer than that
            long pings = pings(first);
            assertEventually(WAIT, () -> assertThat(pings(first)).isGreaterThanOrEqualTo(pings + 3));
            assertThat(other.acceptedConnections()).as("a refused member is not connected to again").isEqualTo(1);
            assertThat(refusals()).hasSize(1);
        }
    }

    @Test
    void aPartitionViewWithIdsOutOfRangeIsNotAppliedAndTheClientMovesToAGoodMember() {
        List<Integer> outOfRange = Stream.concat(IntStream.range(0, 271).boxed(), Stream.of(271, 5000)).toList();
        try (FakeMember bad = member().ownedPartitions(outOfRange).start();
             FakeMember good = member().start();
             HzClient client = HzClient.newClient(config(bad.address(), good.address()).build())) {
            assertEventually(WAIT, () -> assertThat(refusals()).singleElement().isEqualTo("Refused member "
                    + bad.address() + " (" + bad.memberUuid() + "): its partitions view version 1 gives partition id"
                    + " 271 to " + bad.memberUuid() + ", outside [0, 271) (not applied: the client keeps its last"
                    + " good view); closing the connection"));
            assertWorksWith(client, good);
            assertThat(client.getPartitions().getPartitionOwner(0).uuid()).isEqualTo(good.memberUuid());
            assertThat(refusals()).hasSize(1);
        }
    }

    @Test
    void aMemberListWithAUuidTwiceIsNotAppliedAndTheClientMovesToAGoodMember() {
        try (FakeMember bad = member().members(self -> List.of(self.memberInfo(),
                FakeMember.memberInfo(self.memberUuid(), 5799))).start();
             FakeMember good = member().start();
             HzClient client = HzClient.newClient(config(bad.address(), good.address()).build())) {
            assertEventually(WAIT, () -> assertThat(refusals()).singleElement().isEqualTo("Refused member "
                    + bad.address() + " (" + bad.memberUuid() + "): its members view version 1 lists member UUID "
                    + bad.memberUuid() + " twice (not applied: the client keeps its last good view); closing the"
                    + " connection"));
            assertWorksWith(client, good);
        }
    }

    @Test
    void aMemberListWithABadPortIsNotAppliedAndTheClientMovesToAGoodMember() {
        try (FakeMember bad = member().members(self -> List.of(self.memberInfo(),
                FakeMember.memberInfo(UUID.randomUUID(), 0))).start();
             FakeMember good = member().start();
             HzClient client = HzClient.newClient(config(bad.address(), good.address()).build())) {
            assertEventually(WAIT, () -> assertThat(refusals()).singleElement().isEqualTo("Refused member "
                    + bad.address() + " (" + bad.memberUuid() + "): its members view lists a bad address: port 0 of"
                    + " member address 127.0.0.1 is out of 1..65535 (not applied: the client keeps its last good"
                    + " view); closing the connection"));
            assertWorksWith(client, good);
        }
    }

    /**
     * The only member sends a bad view: the start returns (the member authenticated), the client does not take the
     * view, tries again per its connection retry config, is refused each time, and shuts down after the cluster
     * connect timeout, as after any disconnect with nothing to reconnect to.
     */
    @Test
    void aLoneMemberWithABadViewEndsInAShutdownAfterTheClusterConnectTimeoutWithoutABusyLoop() {
        try (FakeMember bad = member().members(self -> List.of()).start();
             HzClient client = HzClient.newClient(config(bad.address()).build())) {
            assertThat(client.getCluster().getMembers()).as("the bad view was not applied").isEmpty();
            assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTDOWN));
            assertThat(bad.acceptedConnections()).as("tried again per the 1 s backoff, not in a loop").isBetween(2, 10);
            assertThat(refusals()).singleElement().asString().contains("its members view version 1 lists no member");
        }
    }

    private FakeMember.Builder member() {
        return FakeMember.builder().clusterName(clusterName).onRequest((request, replies) -> {
            if (request.messageType() == MAP_GET) {
                replies.reply(request, MapGetCodec.encodeResponse(null));
            }
        });
    }

    /** The addresses tried in their order: the bad member first, where a test gives two. */
    private ClientConfig.Builder config(String... addresses) {
        return ClientConfig.builder().clusterName(clusterName).addresses(addresses).shuffleMemberList(false)
                .connectionTimeout(Duration.ofSeconds(1))
                .clusterConnectTimeout(Duration.ofSeconds(5))
                .invocationTimeout(Duration.ofSeconds(10))
                .invocationRetryPause(Duration.ofMillis(100))
                .heartbeatInterval(Duration.ofMillis(300))
                .heartbeatTimeout(Duration.ofSeconds(5));
    }

    /** The member list is the good member's, and a call goes to it and is answered. */
    private static void assertWorksWith(HzClient client, FakeMember good) {
        assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).extracting(Member::uuid)
                .containsExactly(good.memberUuid()));
        assertThat(client.getMap("m").get("k")).isNull();
        assertThat(good.requestTypes()).contains(MAP_GET);
        assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.CONNECTED);
    }

    private static long pings(FakeMember member) {
        return member.requestTypes().stream().filter(t -> t == PING).count();
    }

    /** The WARN lines of refusals, copied under the appender's lock: the client's threads may still be logging. */
    private List<String> refusals() {
        synchronized (log) {
            return log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("Refused member")).toList();
        }
    }
}
