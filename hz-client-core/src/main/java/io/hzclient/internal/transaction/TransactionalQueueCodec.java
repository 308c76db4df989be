package io.hzclient.internal.transaction;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/**
 * The TransactionalQueue service's messages (service id 18), in the spec's order; none is retryable. An offer, poll
 * or peek with a timeout, and a take, may wait on the member as long as asked: their operations are blocking (no
 * answer deadline). Built for any member; the transaction binds each call to its own connection.
 */
final class TransactionalQueueCodec {
    static final Operation<Boolean> OFFER = Operation.of("TransactionalQueue.Offer", Responses::booleanResponse);
    static final Operation<Boolean> OFFER_WAITING = Operation.blocking("TransactionalQueue.Offer",
            Responses::booleanResponse);
    static final Operation<Data> TAKE = Operation.blocking("TransactionalQueue.Take", Responses::dataResponse);
    static final Operation<Data> POLL = Operation.of("TransactionalQueue.Poll", Responses::dataResponse);
    static final Operation<Data> POLL_WAITING = Operation.blocking("TransactionalQueue.Poll",
            Responses::dataResponse);
    static final Operation<Data> PEEK = Operation.of("TransactionalQueue.Peek", Responses::dataResponse);
    static final Operation<Data> PEEK_WAITING = Operation.blocking("TransactionalQueue.Peek",
            Responses::dataResponse);
    static final Operation<Integer> SIZE = Operation.of("TransactionalQueue.Size", Responses::intResponse);

    private TransactionalQueueCodec() {
    }

    /** Waits on the member up to {@code timeout} ms for room; 0 answers at once. */
    static Call<Boolean> offer(String name, UUID txnId, long threadId, Data item, long timeout) {
        return Call.onAnyMember(timeout > 0 ? OFFER_WAITING : OFFER, MessageWriter.request(0x120100).fixUuid(txnId)
                .fixLong(threadId).fixLong(timeout).string(name).data(item).build());
    }

    static Call<Data> take(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(TAKE, MessageWriter.request(0x120200).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }

    /** Waits on the member up to {@code timeout} ms for an item; 0 answers at once. */
    static Call<Data> poll(String name, UUID txnId, long threadId, long timeout) {
        return Call.onAnyMember(timeout > 0 ? POLL_WAITING : POLL, MessageWriter.request(0x120300).fixUuid(txnId)
                .fixLong(threadId).fixLong(timeout).string(name).build());
    }

    /** Waits on the member up to {@code timeout} ms for an item; 0 answers at once. */
    static Call<Data> peek(String name, UUID txnId, long threadId, long timeout) {
        return Call.onAnyMember(timeout > 0 ? PEEK_WAITING : PEEK, MessageWriter.request(0x120400).fixUuid(txnId)
                .fixLong(threadId).fixLong(timeout).string(name).build());
    }

    static Call<Integer> size(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(SIZE, MessageWriter.request(0x120500).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }
}
