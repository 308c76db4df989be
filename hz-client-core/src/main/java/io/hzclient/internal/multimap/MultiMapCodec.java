package io.hzclient.internal.multimap;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The MultiMap service's messages (service id 2), one method per message, in the spec's order: serialized arguments
 * in, a {@link Call} out. The answers have the map's shapes, so their decoders are {@link MapCodec}'s. The listener
 * messages stay plain requests: the listener service sends them, on each connection.
 */
public final class MultiMapCodec {
    public static final Operation<Boolean> PUT = Operation.of("MultiMap.Put", MapCodec::booleanResponse);
    public static final Operation<List<Data>> GET = Operation.of("MultiMap.Get", MapCodec::listDataResponse);
    public static final Operation<List<Data>> REMOVE = Operation.of("MultiMap.Remove", MapCodec::listDataResponse);
    public static final Operation<List<Data>> KEY_SET = Operation.of("MultiMap.KeySet", MapCodec::listDataResponse);
    public static final Operation<List<Data>> VALUES = Operation.of("MultiMap.Values", MapCodec::listDataResponse);
    public static final Operation<List<Map.Entry<Data, Data>>> ENTRY_SET = Operation.of("MultiMap.EntrySet",
            MapCodec::entryListResponse);
    public static final Operation<Boolean> CONTAINS_KEY = Operation.of("MultiMap.ContainsKey",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> CONTAINS_VALUE = Operation.of("MultiMap.ContainsValue",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> CONTAINS_ENTRY = Operation.of("MultiMap.ContainsEntry",
            MapCodec::booleanResponse);
    public static final Operation<Integer> SIZE = Operation.of("MultiMap.Size", MapCodec::intResponse);
    public static final Operation<Void> CLEAR = Operation.of("MultiMap.Clear", Operation::nothing);
    public static final Operation<Integer> VALUE_COUNT = Operation.of("MultiMap.ValueCount", MapCodec::intResponse);
    /** Waits on the member until the lock is free. */
    public static final Operation<Void> LOCK = Operation.blocking("MultiMap.Lock", Operation::nothing);
    /** Waits on the member up to its timeout. */
    public static final Operation<Boolean> TRY_LOCK = Operation.blocking("MultiMap.TryLock",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> IS_LOCKED = Operation.of("MultiMap.IsLocked", MapCodec::booleanResponse);
    public static final Operation<Void> UNLOCK = Operation.of("MultiMap.Unlock", Operation::nothing);
    public static final Operation<Void> FORCE_UNLOCK = Operation.of("MultiMap.ForceUnlock", Operation::nothing);
    public static final Operation<Boolean> REMOVE_ENTRY = Operation.of("MultiMap.RemoveEntry",
            MapCodec::booleanResponse);
    public static final Operation<Void> DELETE = Operation.of("MultiMap.Delete", Operation::nothing);
    public static final Operation<Void> PUT_ALL = Operation.of("MultiMap.PutAll", Operation::nothing);

    /** The Entry events of addEntryListener and of addEntryListenerToKey (the map's layout). */
    static final int ENTRY_EVENT = 0x020E02;
    static final int ENTRY_EVENT_TO_KEY = 0x020D02;

    private MultiMapCodec() {
    }

    public static Call<Boolean> put(String name, Data key, Data value, long threadId) {
        return Call.onKey(PUT, MessageWriter.pooledRequest(0x020100).fixLong(threadId).string(name).data(key)
                .data(value).build(), key);
    }

    public static Call<List<Data>> get(String name, Data key, long threadId) {
        return Call.onKey(GET, MessageWriter.pooledRequest(0x020200).retryable().fixLong(threadId).string(name)
                .data(key).build(), key);
    }

    public static Call<List<Data>> remove(String name, Data key, long threadId) {
        return Call.onKey(REMOVE, MessageWriter.request(0x020300).fixLong(threadId).string(name).data(key).build(),
                key);
    }

    public static Call<List<Data>> keySet(String name) {
        return Call.onAnyMember(KEY_SET, MessageWriter.request(0x020400).retryable().string(name).build());
    }

    public static Call<List<Data>> values(String name) {
        return Call.onAnyMember(VALUES, MessageWriter.request(0x020500).retryable().string(name).build());
    }

    public static Call<List<Map.Entry<Data, Data>>> entrySet(String name) {
        return Call.onAnyMember(ENTRY_SET, MessageWriter.request(0x020600).retryable().string(name).build());
    }

    public static Call<Boolean> containsKey(String name, Data key, long threadId) {
        return Call.onKey(CONTAINS_KEY, MessageWriter.request(0x020700).retryable().fixLong(threadId).string(name)
                .data(key).build(), key);
    }

    public static Call<Boolean> containsValue(String name, Data value) {
        return Call.onAnyMember(CONTAINS_VALUE, MessageWriter.request(0x020800).retryable().string(name).data(value)
                .build());
    }

    public static Call<Boolean> containsEntry(String name, Data key, Data value, long threadId) {
        return Call.onKey(CONTAINS_ENTRY, MessageWriter.request(0x020900).retryable().fixLong(threadId).string(name)
                .data(key).data(value).build(), key);
    }

    public static Call<Integer> size(String name) {
        return Call.onAnyMember(SIZE, MessageWriter.request(0x020A00).retryable().string(name).build());
    }

    public static Call<Void> clear(String name) {
        return Call.onAnyMember(CLEAR, MessageWriter.request(0x020B00).string(name).build());
    }

    public static Call<Integer> valueCount(String name, Data key, long threadId) {
        return Call.onKey(VALUE_COUNT, MessageWriter.request(0x020C00).retryable().fixLong(threadId).string(name)
                .data(key).build(), key);
    }

    /** For the listener service, which sends it on each connection (see {@link MultiMapListenerCodec}). */
    public static ClientMessage addEntryListenerToKey(String name, Data key, boolean includeValue, boolean localOnly) {
        return MessageWriter.request(0x020D00).fixBoolean(includeValue).fixBoolean(localOnly).string(name).data(key)
                .build();
    }

    /** For the listener service, which sends it on each connection (see {@link MultiMapListenerCodec}). */
    public static ClientMessage addEntryListener(String name, boolean includeValue, boolean localOnly) {
        return MessageWriter.request(0x020E00).fixBoolean(includeValue).fixBoolean(localOnly).string(name).build();
    }

    /** For the listener service, which sends it on each connection (see {@link MultiMapListenerCodec}). */
    public static ClientMessage removeEntryListener(String name, UUID registrationId) {
        return MessageWriter.request(0x020F00).retryable().fixUuid(registrationId).string(name).build();
    }

    public static Call<Void> lock(String name, Data key, long threadId, long ttl, long referenceId) {
        return Call.onKey(LOCK, MessageWriter.request(0x021000).retryable().fixLong(threadId).fixLong(ttl)
                .fixLong(referenceId).string(name).data(key).build(), key);
    }

    public static Call<Boolean> tryLock(String name, Data key, long threadId, long lease, long timeout,
                                        long referenceId) {
        return Call.onKey(TRY_LOCK, MessageWriter.request(0x021100).retryable().fixLong(threadId).fixLong(lease)
                .fixLong(timeout).fixLong(referenceId).string(name).data(key).build(), key);
    }

    public static Call<Boolean> isLocked(String name, Data key) {
        return Call.onKey(IS_LOCKED, MessageWriter.request(0x021200).retryable().string(name).data(key).build(), key);
    }

    public static Call<Void> unlock(String name, Data key, long threadId, long referenceId) {
        return Call.onKey(UNLOCK, MessageWriter.request(0x021300).retryable().fixLong(threadId).fixLong(referenceId)
                .string(name).data(key).build(), key);
    }

    public static Call<Void> forceUnlock(String name, Data key, long referenceId) {
        return Call.onKey(FORCE_UNLOCK, MessageWriter.request(0x021400).retryable().fixLong(referenceId).string(name)
                .data(key).build(), key);
    }

    public static Call<Boolean> removeEntry(String name, Data key, Data value, long threadId) {
        return Call.onKey(REMOVE_ENTRY, MessageWriter.request(0x021500).fixLong(threadId).string(name).data(key)
                .data(value).build(), key);
    }

    public static Call<Void> delete(String name, Data key, long threadId) {
        return Call.onKey(DELETE, MessageWriter.request(0x021600).fixLong(threadId).string(name).data(key).build(),
                key);
    }

    /** The keys of one partition with their values, sent to its owner (members 5.0 and later). */
    public static Call<Void> putAll(String name, Collection<? extends Map.Entry<Data, ? extends Collection<Data>>> entries,
                                    int partitionId) {
        return Call.onPartition(PUT_ALL, MessageWriter.request(0x021700).string(name).entryListDataListData(entries)
                .build(), partitionId);
    }
}
