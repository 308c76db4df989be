package io.hzclient.internal.transaction;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/**
 * The TransactionalList service's messages (service id 17), in the spec's order; none is retryable. Built for any
 * member; the transaction binds each call to its own connection.
 */
final class TransactionalListCodec {
    static final Operation<Boolean> ADD = Operation.of("TransactionalList.Add", Responses::booleanResponse);
    static final Operation<Boolean> REMOVE = Operation.of("TransactionalList.Remove", Responses::booleanResponse);
    static final Operation<Integer> SIZE = Operation.of("TransactionalList.Size", Responses::intResponse);

    private TransactionalListCodec() {
    }

    static Call<Boolean> add(String name, UUID txnId, long threadId, Data item) {
        return Call.onAnyMember(ADD, MessageWriter.request(0x110100).fixUuid(txnId).fixLong(threadId)
                .string(name).data(item).build());
    }

    static Call<Boolean> remove(String name, UUID txnId, long threadId, Data item) {
        return Call.onAnyMember(REMOVE, MessageWriter.request(0x110200).fixUuid(txnId).fixLong(threadId)
                .string(name).data(item).build());
    }

    static Call<Integer> size(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(SIZE, MessageWriter.request(0x110300).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }
}
