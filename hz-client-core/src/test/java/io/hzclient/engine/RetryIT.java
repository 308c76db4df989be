package io.hzclient.engine;

import com.hazelcast.client.impl.protocol.codec.MapGetCodec;
import com.hazelcast.client.impl.protocol.codec.MapPutCodec;
import com.hazelcast.client.impl.protocol.codec.builtin.ErrorsCodec;
import com.hazelcast.client.impl.protocol.exception.ErrorHolder;
import io.hzclient.HzClient;
import io.hzclient.OperationTimeoutException;
import io.hzclient.RemoteException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.map.HzMap;
import io.hzclient.test.FakeMember;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.engine.Engine.millisSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The protocol's retry rules, watched from a fake member that sees every request: retryable requests and retryable
 * errors are sent again, each time with a new correlation id, within the invocation timeout; the others are not,
 * unless redo-operation is on.
 */
class RetryIT {
    private static final int MAP_PUT = 0x010100;
    private static final int MAP_GET = 0x010200;

    private static ClientConfig.Builder config(FakeMember member) {
        return ClientConfig.builder().clusterName(member.clusterName()).addresses(member.address())
                .connectionTimeout(Duration.ofSeconds(1))
                .clusterConnectTimeout(Duration.ofSeconds(5))
                .invocationTimeout(Duration.ofSeconds(2))
                .invocationRetryPause(Duration.ofMillis(100))
                .heartbeatInterval(Duration.ofSeconds(1))
                .heartbeatTimeout(Duration.ofSeconds(5));
    }

    @Test
    void aRetryableErrorIsRetriedWithNewCorrelationIdsUntilTheInvocationTimeout() {
        try (FakeMember member = FakeMember.builder().onRequest((request, replies) -> {
            if (request.messageType() == MAP_GET) {
                replies.reply(request, error(39, "com.hazelcast.spi.exception.PartitionMigratingException"));
            }
        }).start(); HzClient client = HzClient.newClient(config(member).build())) {
            HzMap<String, String> map = client.getMap("m");
            long start = System.nanoTime();
            assertThatThrownBy(() -> map.get("k"))
                    .isInstanceOf(OperationTimeoutException.class)
                    .hasMessageContaining("2000 ms")
                    .hasRootCauseInstanceOf(RemoteException.class)
                    .rootCause().hasMessageContaining("PartitionMigratingException");
            // the upper bound leaves a loaded machine 5 s: it only shows that the retries stop at the timeout
            assertThat(millisSince(start)).isBetween(1900L, 7000L);
            List<Long> ids = correlationIds(member, MAP_GET);
            assertThat(ids).hasSizeGreaterThan(5).doesNotHaveDuplicates();
        }
    }

    @Test
    void aNonRetryableErrorFailsAtOnceWithTheServersClassName() {
        try (FakeMember member = FakeMember.builder().onRequest((request, replies) -> {
            if (request.messageType() == MAP_GET) {
                replies.reply(request, error(23, "java.lang.IllegalArgumentException"));
            }
        }).start(); HzClient client = HzClient.newClient(config(member).build())) {
            HzMap<String, String> map = client.getMap("m");
            assertThatThrownBy(() -> map.get("k")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.lang.IllegalArgumentException");
            assertThat(correlationIds(member, MAP_GET)).hasSize(1);
        }
    }

    @Test
    void aRetryableRequestIsSentAgainAfterItsConnectionDrops() {
        AtomicInteger gets = new AtomicInteger();
        try (FakeMember member = FakeMember.builder().onRequest((request, replies) -> {
            if (request.messageType() == MAP_GET) {
                if (gets.incrementAndGet() == 1) {
                    replies.close();
                } else {
                    replies.reply(request, MapGetCodec.encodeResponse(null));
                }
            }
        }).start(); HzClient client = HzClient.newClient(config(member).invocationTimeout(Duration.ofSeconds(5)).build())) {
            HzMap<String, String> map = client.getMap("m");
            assertThat(map.get("k")).isNull();
            assertThat(correlationIds(member, MAP_GET)).hasSize(2).doesNotHaveDuplicates();
            assertThat(member.acceptedConnections()).isEqualTo(2);
        }
    }

    @Test
    void aNonRetryableRequestIsNotSentAgainAfterItsConnectionDrops() {
        try (FakeMember member = FakeMember.builder().onRequest((request, replies) -> {
            if (request.messageType() == MAP_PUT) {
                replies.close();
            }
        }).start(); HzClient client = HzClient.newClient(config(member).invocationTimeout(Duration.ofSeconds(5)).build())) {
            HzMap<String, String> map = client.getMap("m");
            assertThatThrownBy(() -> map.put("k", "v")).isInstanceOf(TargetDisconnectedException.class)
                    .hasMessageContaining(member.address());
            assertThat(correlationIds(member, MAP_PUT)).as("a put may have been applied: never twice").hasSize(1);
        }
    }

    @Test
    void withRedoOperationANonRetryableRequestIsSentAgain() {
        AtomicInteger puts = new AtomicInteger();
        try (FakeMember member = FakeMember.builder().onRequest((request, replies) -> {
            if (request.messageType() == MAP_PUT) {
                if (puts.incrementAndGet() == 1) {
                    replies.close();
                } else {
                    replies.reply(request, MapPutCodec.encodeResponse(null));
                }
            }
        }).start(); HzClient client = HzClient.newClient(config(member).redoOperation(true)
                .invocationTimeout(Duration.ofSeconds(5)).build())) {
            HzMap<String, String> map = client.getMap("m");
            assertThat(map.put("k", "v")).isNull();
            assertThat(correlationIds(member, MAP_PUT)).hasSize(2).doesNotHaveDuplicates();
        }
    }

    private static com.hazelcast.client.impl.protocol.ClientMessage error(int code, String className) {
        return ErrorsCodec.encode(List.of(new ErrorHolder(code, className, "from the fake member", List.of())));
    }

    private static List<Long> correlationIds(FakeMember member, int type) {
        return member.requests().stream().filter(r -> r.messageType() == type).map(ClientMessage::correlationId).toList();
    }
}
