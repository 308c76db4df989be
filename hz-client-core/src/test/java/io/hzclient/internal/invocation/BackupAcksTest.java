package io.hzclient.internal.invocation;

import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.TestConnections;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a call that waits for backup acks becomes when the acks come, when they do not come in time, and when the
 * owner's connection closes first; and a call for a member the client has no connection to.
 */
class BackupAcksTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int PARTITION = 5;
    private static final Operation<ClientMessage> ANSWER = Operation.of("Test.Call", m -> m);
    private final UUID owner = UUID.randomUUID();
    private final Connection connection = TestConnections.embedded(owner, 5701);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ClientCounters counters = new ClientCounters();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aCallWhoseBackupAckComesReturnsTheOwnersAnswer() {
        ClientInvocationService service = service(b -> b);
        CompletableFuture<ClientMessage> call = put(service);
        ClientMessage answer = answerWithBackups(call, service, 1);
        assertThat(call).as("waits for the backup ack").isNotDone();
        service.handleBackupEvent(backupAck(answer.correlationId()));
        assertThat(call).isCompletedWithValue(answer);
    }

    @Test
    void theOwnersConnectionClosingBeforeTheBackupsReportedMakesTheCallIndeterminate() {
        ClientInvocationService service = service(b -> b);
        CompletableFuture<ClientMessage> call = put(service);
        answerWithBackups(call, service, 1);
        connection.close("killed");
        service.connectionClosed(connection, "killed");
        Throwable failure = catchThrowable(call::join).getCause();
        assertThat(failure).isInstanceOf(IndeterminateOperationStateException.class)
                .hasMessageContaining("'orders'").hasMessageContaining("partition " + PARTITION)
                .hasMessageContaining("127.0.0.1:5701");
        assertThat(counters.retried.sum()).isZero();
    }

    @Test
    void withRedoOperationTheIndeterminateCallIsSentAgain() {
        ClientInvocationService service = service(b -> b.redoOperation(true));
        CompletableFuture<ClientMessage> call = put(service);
        answerWithBackups(call, service, 1);
        connection.close("killed");
        service.connectionClosed(connection, "killed");
        assertThat(counters.retried.sum()).isEqualTo(1);
        assertThat(call).as("waits for its next try").isNotDone();
    }

    @Test
    void acksMissingForTheBackupTimeoutReturnNormallyByDefault() {
        ClientInvocationService service = service(b -> b.operationBackupTimeout(Duration.ofMillis(50)));
        CompletableFuture<ClientMessage> call = put(service);
        ClientMessage answer = answerWithBackups(call, service, 2);
        service.handleBackupEvent(backupAck(answer.correlationId())); // one of two
        assertEventually(WAIT, () -> assertThat(call).isCompletedWithValue(answer));
    }

    @Test
    void acksMissingForTheBackupTimeoutFailTheCallWhenAskedTo() {
        ClientInvocationService service = service(b -> b.operationBackupTimeout(Duration.ofMillis(50))
                .failOnIndeterminateOperationState(true));
        CompletableFuture<ClientMessage> call = put(service);
        answerWithBackups(call, service, 1);
        assertEventually(WAIT, () -> assertThat(call).isCompletedExceptionally());
        assertThat(catchThrowable(call::join).getCause()).isInstanceOf(IndeterminateOperationStateException.class)
                .hasMessageContaining("'orders'").hasMessageContaining("operation-backup-timeout of 50 ms")
                .hasMessageContaining("fail-on-indeterminate-operation-state");
    }

    @Test
    void aCallForAMemberWithoutAConnectionFailsAtOnceAndIsNotRetried() {
        ClientInvocationService service = service(b -> b.redoOperation(true));
        UUID stranger = UUID.randomUUID();
        CompletableFuture<ClientMessage> call = service.invoke(Call.onMember(ANSWER, ClientCodec.ping().retryable(true),
                stranger));
        assertThat(call).isCompletedExceptionally();
        assertThat(catchThrowable(call::join).getCause()).isInstanceOf(TargetDisconnectedException.class)
                .hasMessageContaining(stranger.toString()).hasMessageContaining("not sent");
        assertThat(counters.retried.sum()).isZero();
    }

    private ClientInvocationService service(java.util.function.UnaryOperator<ClientConfig.Builder> settings) {
        ClientConfig config = settings.apply(ClientConfig.builder().invocationTimeout(Duration.ofSeconds(10))).build();
        PartitionTable partitions = new PartitionTable();
        partitions.fixPartitionCount(271);
        partitions.apply(1, Map.of(owner, List.of(PARTITION)), owner::equals);
        return new ClientInvocationService(config, new OneConnection(), partitions, scheduler, counters);
    }

    private static CompletableFuture<ClientMessage> put(ClientInvocationService service) {
        // Map.Put: threadId, ttl, name, key, value
        ClientMessage put = MessageWriter.request(0x010100).fixLong(1).fixLong(-1).string("orders")
                .bytes(new byte[] {1}).bytes(new byte[] {2}).build();
        return service.invoke(Call.onPartition(ANSWER, put, PARTITION));
    }

    /** The owner's answer to the call just sent, saying it made {@code backups} backups. */
    private static ClientMessage answerWithBackups(CompletableFuture<ClientMessage> call,
                                                   ClientInvocationService service, int backups) {
        long id = ((Call<?>) call).correlationId;
        byte[] initial = new byte[ClientMessage.RESPONSE_HEADER_SIZE];
        FixedSizes.writeInt(initial, ClientMessage.TYPE_OFFSET, 0x010101);
        FixedSizes.writeLong(initial, ClientMessage.CORRELATION_ID_OFFSET, id);
        initial[ClientMessage.BACKUP_ACKS_OFFSET] = (byte) backups;
        ClientMessage answer = new ClientMessage(List.of(new Frame(initial, Frame.UNFRAGMENTED),
                new Frame(new byte[0], Frame.IS_NULL | Frame.IS_FINAL)));
        service.handleResponse(answer);
        return answer;
    }

    private static ClientMessage backupAck(long correlationId) {
        byte[] initial = new byte[ClientMessage.REQUEST_HEADER_SIZE + FixedSizes.LONG];
        FixedSizes.writeInt(initial, ClientMessage.TYPE_OFFSET, ClientCodec.BACKUP_EVENT);
        FixedSizes.writeLong(initial, ClientMessage.REQUEST_HEADER_SIZE, correlationId);
        return new ClientMessage(List.of(new Frame(initial, Frame.UNFRAGMENTED | Frame.IS_EVENT | Frame.IS_FINAL)));
    }

    /** The owner's connection while it lives, and nothing else. */
    private final class OneConnection implements ConnectionLookup {
        @Override
        public Connection connectionTo(UUID memberUuid) {
            return owner.equals(memberUuid) && connection.isAlive() ? connection : null;
        }

        @Override
        public Connection anyConnection() {
            return connection.isAlive() ? connection : null;
        }

        @Override
        public boolean failFastWhenDisconnected() {
            return false;
        }

        @Override
        public boolean isClientActive() {
            return true;
        }
    }
}
