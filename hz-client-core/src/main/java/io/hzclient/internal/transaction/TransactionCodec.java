package io.hzclient.internal.transaction;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;

import java.util.UUID;

/**
 * The Transaction service's messages (service id 21), in the spec's order. None is retryable. Each call is built for
 * any member; the transaction binds it to its own connection ({@link Call#boundTo}) before it is sent.
 */
final class TransactionCodec {
    static final Operation<Void> COMMIT = Operation.of("Transaction.Commit", Operation::nothing);
    static final Operation<UUID> CREATE = Operation.of("Transaction.Create", Responses::uuidResponse);
    static final Operation<Void> ROLLBACK = Operation.of("Transaction.Rollback", Operation::nothing);

    private TransactionCodec() {
    }

    static Call<Void> commit(UUID transactionId, long threadId) {
        return Call.onAnyMember(COMMIT, MessageWriter.request(0x150100).fixUuid(transactionId).fixLong(threadId)
                .build());
    }

    /**
     * {@code transactionType}: 2 two-phase, 1 one-phase ({@link io.hzclient.transaction.TransactionType#id()}), as the
     * members read it; the YAML's doc text says 1 for two-phase, which the members take as one-phase.
     */
    static Call<UUID> create(long timeout, int durability, int transactionType, long threadId) {
        return Call.onAnyMember(CREATE, MessageWriter.request(0x150200).fixLong(timeout).fixInt(durability)
                .fixInt(transactionType).fixLong(threadId).build());
    }

    static Call<Void> rollback(UUID transactionId, long threadId) {
        return Call.onAnyMember(ROLLBACK, MessageWriter.request(0x150300).fixUuid(transactionId).fixLong(threadId)
                .build());
    }
}
