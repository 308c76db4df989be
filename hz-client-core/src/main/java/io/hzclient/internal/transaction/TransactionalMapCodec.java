package io.hzclient.internal.transaction;

import io.hzclient.internal.protocol.Responses;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.List;
import java.util.UUID;

/**
 * The TransactionalMap service's messages (service id 14), in the spec's order; none is retryable. The writes and
 * getForUpdate lock their key on the member first, waiting for another transaction's lock as long as this
 * transaction's timeout: their operations are blocking (no answer deadline). Built for any member; the transaction
 * binds each call to its own connection.
 */
final class TransactionalMapCodec {
    static final Operation<Boolean> CONTAINS_KEY = Operation.of("TransactionalMap.ContainsKey",
            Responses::booleanResponse);
    static final Operation<Data> GET = Operation.of("TransactionalMap.Get", Responses::dataResponse);
    static final Operation<Data> GET_FOR_UPDATE = Operation.blocking("TransactionalMap.GetForUpdate",
            Responses::dataResponse);
    static final Operation<Integer> SIZE = Operation.of("TransactionalMap.Size", Responses::intResponse);
    static final Operation<Boolean> IS_EMPTY = Operation.of("TransactionalMap.IsEmpty",
            Responses::booleanResponse);
    static final Operation<Data> PUT = Operation.blocking("TransactionalMap.Put", Responses::dataResponse);
    static final Operation<Void> SET = Operation.blocking("TransactionalMap.Set", Operation::nothing);
    static final Operation<Data> PUT_IF_ABSENT = Operation.blocking("TransactionalMap.PutIfAbsent",
            Responses::dataResponse);
    static final Operation<Data> REPLACE = Operation.blocking("TransactionalMap.Replace", Responses::dataResponse);
    static final Operation<Boolean> REPLACE_IF_SAME = Operation.blocking("TransactionalMap.ReplaceIfSame",
            Responses::booleanResponse);
    static final Operation<Data> REMOVE = Operation.blocking("TransactionalMap.Remove", Responses::dataResponse);
    static final Operation<Void> DELETE = Operation.blocking("TransactionalMap.Delete", Operation::nothing);
    static final Operation<Boolean> REMOVE_IF_SAME = Operation.blocking("TransactionalMap.RemoveIfSame",
            Responses::booleanResponse);
    static final Operation<List<Data>> KEY_SET = Operation.of("TransactionalMap.KeySet", Responses::listResponse);
    static final Operation<List<Data>> KEY_SET_WITH_PREDICATE = Operation.of("TransactionalMap.KeySetWithPredicate",
            Responses::listResponse);
    static final Operation<List<Data>> VALUES = Operation.of("TransactionalMap.Values", Responses::listResponse);
    static final Operation<List<Data>> VALUES_WITH_PREDICATE = Operation.of("TransactionalMap.ValuesWithPredicate",
            Responses::listResponse);

    private TransactionalMapCodec() {
    }

    static Call<Boolean> containsKey(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(CONTAINS_KEY, MessageWriter.request(0x0E0100).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Data> get(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(GET, MessageWriter.request(0x0E0200).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Data> getForUpdate(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(GET_FOR_UPDATE, MessageWriter.request(0x0E0300).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Integer> size(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(SIZE, MessageWriter.request(0x0E0400).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }

    static Call<Boolean> isEmpty(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(IS_EMPTY, MessageWriter.request(0x0E0500).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }

    /** {@code ttl} in milliseconds; -1 for the map's default. */
    static Call<Data> put(String name, UUID txnId, long threadId, Data key, Data value, long ttl) {
        return Call.onAnyMember(PUT, MessageWriter.request(0x0E0600).fixUuid(txnId).fixLong(threadId).fixLong(ttl)
                .string(name).data(key).data(value).build());
    }

    static Call<Void> set(String name, UUID txnId, long threadId, Data key, Data value) {
        return Call.onAnyMember(SET, MessageWriter.request(0x0E0700).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(value).build());
    }

    static Call<Data> putIfAbsent(String name, UUID txnId, long threadId, Data key, Data value) {
        return Call.onAnyMember(PUT_IF_ABSENT, MessageWriter.request(0x0E0800).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(value).build());
    }

    static Call<Data> replace(String name, UUID txnId, long threadId, Data key, Data value) {
        return Call.onAnyMember(REPLACE, MessageWriter.request(0x0E0900).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(value).build());
    }

    static Call<Boolean> replaceIfSame(String name, UUID txnId, long threadId, Data key, Data oldValue,
                                       Data newValue) {
        return Call.onAnyMember(REPLACE_IF_SAME, MessageWriter.request(0x0E0A00).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(oldValue).data(newValue).build());
    }

    static Call<Data> remove(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(REMOVE, MessageWriter.request(0x0E0B00).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Void> delete(String name, UUID txnId, long threadId, Data key) {
        return Call.onAnyMember(DELETE, MessageWriter.request(0x0E0C00).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).build());
    }

    static Call<Boolean> removeIfSame(String name, UUID txnId, long threadId, Data key, Data value) {
        return Call.onAnyMember(REMOVE_IF_SAME, MessageWriter.request(0x0E0D00).fixUuid(txnId).fixLong(threadId)
                .string(name).data(key).data(value).build());
    }

    static Call<List<Data>> keySet(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(KEY_SET, MessageWriter.request(0x0E0E00).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }

    static Call<List<Data>> keySetWithPredicate(String name, UUID txnId, long threadId, Data predicate) {
        return Call.onAnyMember(KEY_SET_WITH_PREDICATE, MessageWriter.request(0x0E0F00).fixUuid(txnId)
                .fixLong(threadId).string(name).data(predicate).build());
    }

    static Call<List<Data>> values(String name, UUID txnId, long threadId) {
        return Call.onAnyMember(VALUES, MessageWriter.request(0x0E1000).fixUuid(txnId).fixLong(threadId)
                .string(name).build());
    }

    static Call<List<Data>> valuesWithPredicate(String name, UUID txnId, long threadId, Data predicate) {
        return Call.onAnyMember(VALUES_WITH_PREDICATE, MessageWriter.request(0x0E1100).fixUuid(txnId)
                .fixLong(threadId).string(name).data(predicate).build());
    }
}
