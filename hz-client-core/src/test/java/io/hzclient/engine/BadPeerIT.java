package io.hzclient.engine;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.LifecycleState;
import io.hzclient.OperationTimeoutException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ReconnectMode;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.test.FakeMember;
import io.hzclient.test.FakeServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.millisSince;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults only a fake member can stage: calls never answered, silence, bad bytes after a good start. */
class BadPeerIT {
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    /** The connection layer and the connector above it (heartbeats): both log what a bad peer does. */
    private final Logger connectionLog = (Logger) LoggerFactory.getLogger("io.hzclient.internal");

    @BeforeEach
    void captureConnectionLog() {
        log.start();
        connectionLog.addAppender(log);
    }

    @AfterEach
    void stopCapture() {
        connectionLog.detachAppender(log);
    }

    private static ClientConfig.Builder config(FakeMember member) {
        return config(member.clusterName(), member.address());
    }

    private static ClientConfig.Builder config(FakeServer server) {
        return config("fake", server.address());
    }

    private static ClientConfig.Builder config(String clusterName, String address) {
        return ClientConfig.builder().clusterName(clusterName).addresses(address)
                .connectionTimeout(Duration.ofSeconds(1))
                .clusterConnectTimeout(Duration.ofSeconds(5))
                .invocationTimeout(Duration.ofSeconds(2))
                .invocationRetryPause(Duration.ofMillis(100))
                .heartbeatInterval(Duration.ofMillis(500))
                .heartbeatTimeout(Duration.ofSeconds(3));
    }

    @Test
    void aCallTheMemberNeverAnswersTimesOutAfterTheInvocationTimeout() {
        try (FakeMember server = FakeMember.builder().onRequest(FakeMember.silent()).start();
             HzClient client = HzClient.newClient(config(server).build())) {
            assertThat(client.getPartitions().getPartitionCount()).as("from the fake's authentication").isEqualTo(271);
            long start = System.nanoTime();
            assertThatThrownBy(client::getDistributedObjects)
                    .isInstanceOf(OperationTimeoutException.class)
                    .hasMessageContaining("2000 ms")
                    .hasMessageContaining(server.address());
            assertThat(millisSince(start)).as("the 2 s timeout, with room for a loaded machine").isBetween(1900L, 7000L);
            assertThat(server.acceptedConnections()).as("the answered pings kept the connection").isEqualTo(1);
            assertThat(client.isRunning()).isTrue();
        }
    }

    @Test
    void aSilentPeerIsDisconnectedAfterTheHeartbeatTimeout() {
        AtomicLong disconnectedAt = new AtomicLong();
        long start = System.nanoTime();
        try (FakeMember server = FakeMember.builder().answerPings(false).onRequest(FakeMember.silent()).start();
             HzClient client = HzClient.newClient(config(server).reconnectMode(ReconnectMode.OFF)
                     .addLifecycleListener(s -> {
                         if (s == LifecycleState.DISCONNECTED) {
                             disconnectedAt.compareAndSet(0, System.nanoTime());
                         }
                     }).build())) {
            long connected = System.nanoTime(); // the fake's last answer came before this
            assertEventually(WAIT, () -> assertThat(disconnectedAt.get()).isPositive());
            assertThat((disconnectedAt.get() - start) / 1_000_000).as("not before the 3000 ms heartbeat timeout")
                    .isGreaterThanOrEqualTo(2900L);
            assertThat((disconnectedAt.get() - connected) / 1_000_000)
                    .as("at the 3000 ms heartbeat timeout, with room for a loaded machine").isLessThan(6000L);
            assertThat(server.requestTypes()).as("the client did ping").contains(0x000B00);
            assertThat(messages()).anyMatch(m -> m.contains("Heartbeat failed"));
            assertEventually(WAIT, () -> assertThat(client.getLifecycleState()).isEqualTo(LifecycleState.SHUTDOWN));
        }
    }

    @Test
    void aBadFrameLengthClosesTheConnectionWithALoggedReasonAndFailsTheCall() {
        // a frame shorter than its own header
        try (FakeMember server = FakeMember.builder()
                .onRequest((request, replies) -> replies.send(FakeServer.frameHeader(3, Frame.IS_FINAL))).start();
             HzClient client = HzClient.newClient(config(server).invocationTimeout(Duration.ofSeconds(10)).build())) {
            long start = System.nanoTime();
            assertThatThrownBy(client::getDistributedObjects)
                    .isInstanceOf(TargetDisconnectedException.class)
                    .hasMessageContaining("Bad frame length 3");
            assertThat(millisSince(start)).as("at once, not after the 10 s invocation timeout").isLessThan(6000);
            assertThat(messages()).anyMatch(m -> m.contains("Closing connection") && m.contains("Bad frame length 3"));
            assertEventually(WAIT, () -> assertThat(server.acceptedConnections()).isGreaterThanOrEqualTo(1));
            assertThat(client.isRunning()).as("bad bytes close a connection, not the client").isTrue();
        }
    }

    @Test
    void aTruncatedFrameNeverHangsTheCaller() {
        // the header of a 1000-byte frame and only 10 bytes of it
        try (FakeMember server = FakeMember.builder().onRequest((request, replies) -> {
            replies.send(FakeServer.frameHeader(1000, Frame.IS_FINAL));
            replies.send(new byte[10]);
        }).start();
             HzClient client = HzClient.newClient(config(server).invocationTimeout(Duration.ofSeconds(6)).build())) {
            long start = System.nanoTime();
            assertThatThrownBy(client::getDistributedObjects).isInstanceOf(HzClientException.class)
                    .hasMessageContaining("heartbeat timeout");
            assertThat(millisSince(start)).as("the half frame stops all reads: the heartbeat timeout closes it")
                    .isBetween(2000L, 5000L);
            assertThat(messages()).anyMatch(m -> m.contains("Heartbeat failed"));
        }
    }

    @Test
    void garbageInsteadOfTheAuthenticationAnswerFailsTheStartWithTheReason() {
        try (FakeServer server = FakeServer.start(FakeServer.answer(FakeServer.frameHeader(-5, 0)))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> HzClient.newClient(config(server).clusterConnectTimeout(Duration.ofSeconds(2)).build()))
                    .isInstanceOf(ClusterConnectException.class)
                    .hasMessageContaining(server.address())
                    .hasMessageContaining("Bad frame length -5");
            assertThat(millisSince(start)).as("within the 2 s connect timeout, with room for a loaded machine")
                    .isLessThan(7000);
            assertThat(messages()).anyMatch(m -> m.contains("Closing connection") && m.contains("Bad frame length -5"));
        }
    }

    @Test
    void aPeerThatClosesAtOnceFailsTheStartWithinTheConnectTimeout() {
        try (FakeServer server = FakeServer.start(FakeServer.closeImmediately())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> HzClient.newClient(config(server).clusterConnectTimeout(Duration.ofSeconds(2)).build()))
                    .isInstanceOf(ClusterConnectException.class)
                    .hasMessageContaining(server.address());
            assertThat(millisSince(start)).as("within the 2 s connect timeout, with room for a loaded machine")
                    .isLessThan(7000);
        }
    }

    /** A copy taken under the appender's lock: the client's threads may still be logging. */
    private List<String> messages() {
        synchronized (log) {
            return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
