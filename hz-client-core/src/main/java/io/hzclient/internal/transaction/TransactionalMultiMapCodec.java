package io.hzclient.internal.transaction;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.List;
import java.util.UUID;

/**
 * The TransactionalMultiMap service's messages (service id 15), in the spec's order; none is retryable. The writes
 * lock their key on the member first, waiting for another transaction's lock as long as this transaction's timeout:
 * their operations are blocking (no answer deadline). Built for any member; the transaction binds each call to its
 * own connection.
 */
final class TransactionalMultiMapCodec {
    static final Operation<Boolean> PUT = Operation.blocking("TransactionalMultiMap.Put",
            Responses::booleanResponse);
    static final Operation<List<Data>> GET = Operation.of("TransactionalMultiMap.Get", Responses::listResponse);
    static final Operation<List<Data>> REMOVE = Operation.blocking("TransactionalMultiMap.Remove",
            Responses::listResponse);
    static final Operation<Boolean> REMOVE_ENTRY = Operation.blocking("TransactionalMultiMap.RemoveEntry",
            Responses::booleanResponse);
    static final Operation<Integer> VALUE_COUNT = Operation.of("TransactionalMultiMap.ValueCount",
            Responses::intResponse);
    static final Operation<Integer> SIZE = Operation.of("TransactionalMultiMap.Size", Responses::intResponse);

    private TransactionalMultiMapCodec() {
    }

    static Call<Boolean> put(String name, UUID txnId, long threadId, Data key, Data value) {
        return Call.onAnyMember(PUT, MessageWriter.request(0x0F0100).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(value).build());
    }

    static Call<List<Data>> get(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(GET, MessageWriter.request(0x0F0200).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<List<Data>> remove(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(REMOVE, MessageWriter.request(0x0F0300).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Boolean> removeEntry(String name, UUID txnId, long threadId, Data key, Data value) {
        return Call.onAnyMember(REMOVE_ENTRY, MessageWriter.request(0x0F0400).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(value).build());
    }

    static Call<Integer> valueCount(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(VALUE_COUNT, MessageWriter.request(0x0F0500).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Integer> size(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(SIZE, MessageWriter.request(0x0F0600).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }
}
