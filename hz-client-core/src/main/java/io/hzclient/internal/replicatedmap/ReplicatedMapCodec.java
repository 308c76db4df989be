package io.hzclient.internal.replicatedmap;

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
 * The ReplicatedMap service's messages (service id 13), one method per message, in the spec's order. Routing is the
 * official clients': writes and key reads to the key's partition; whole-map reads to the partition the proxy picked
 * ({@code partitionId}: every member holds all entries, so any one answers, and one proxy's reads see one replica);
 * putAll and clear to any member. The answers have the map's shapes, so their decoders are {@link MapCodec}'s.
 */
public final class ReplicatedMapCodec {
    public static final Operation<Data> PUT = Operation.of("ReplicatedMap.Put", MapCodec::nullableDataResponse);
    public static final Operation<Integer> SIZE = Operation.of("ReplicatedMap.Size", MapCodec::intResponse);
    public static final Operation<Boolean> IS_EMPTY = Operation.of("ReplicatedMap.IsEmpty",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> CONTAINS_KEY = Operation.of("ReplicatedMap.ContainsKey",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> CONTAINS_VALUE = Operation.of("ReplicatedMap.ContainsValue",
            MapCodec::booleanResponse);
    public static final Operation<Data> GET = Operation.of("ReplicatedMap.Get", MapCodec::nullableDataResponse);
    public static final Operation<Data> REMOVE = Operation.of("ReplicatedMap.Remove", MapCodec::nullableDataResponse);
    public static final Operation<Void> PUT_ALL = Operation.of("ReplicatedMap.PutAll", Operation::nothing);
    public static final Operation<Void> CLEAR = Operation.of("ReplicatedMap.Clear", Operation::nothing);
    public static final Operation<List<Data>> KEY_SET = Operation.of("ReplicatedMap.KeySet",
            MapCodec::listDataResponse);
    public static final Operation<List<Data>> VALUES = Operation.of("ReplicatedMap.Values",
            MapCodec::listDataResponse);
    public static final Operation<List<Map.Entry<Data, Data>>> ENTRY_SET = Operation.of("ReplicatedMap.EntrySet",
            MapCodec::entryListResponse);

    /** The Entry events of addEntryListener and of addEntryListenerToKey (the map's layout). */
    static final int ENTRY_EVENT = 0x0D0D02;
    static final int ENTRY_EVENT_TO_KEY = 0x0D0C02;

    private ReplicatedMapCodec() {
    }

    public static Call<Data> put(String name, Data key, Data value, long ttl) {
        return Call.onKey(PUT, MessageWriter.pooledRequest(0x0D0100).fixLong(ttl).string(name).data(key).data(value)
                .build(), key);
    }

    public static Call<Integer> size(String name, int partitionId) {
        return Call.onPartition(SIZE, MessageWriter.request(0x0D0200).retryable().string(name).build(), partitionId);
    }

    public static Call<Boolean> isEmpty(String name, int partitionId) {
        return Call.onPartition(IS_EMPTY, MessageWriter.request(0x0D0300).retryable().string(name).build(),
                partitionId);
    }

    public static Call<Boolean> containsKey(String name, Data key) {
        return Call.onKey(CONTAINS_KEY, MessageWriter.request(0x0D0400).retryable().string(name).data(key).build(),
                key);
    }

    public static Call<Boolean> containsValue(String name, Data value, int partitionId) {
        return Call.onPartition(CONTAINS_VALUE, MessageWriter.request(0x0D0500).retryable().string(name).data(value)
                .build(), partitionId);
    }

    public static Call<Data> get(String name, Data key) {
        return Call.onKey(GET, MessageWriter.pooledRequest(0x0D0600).retryable().string(name).data(key).build(), key);
    }

    public static Call<Data> remove(String name, Data key) {
        return Call.onKey(REMOVE, MessageWriter.request(0x0D0700).string(name).data(key).build(), key);
    }

    public static Call<Void> putAll(String name, Collection<? extends Map.Entry<Data, Data>> entries) {
        return Call.onAnyMember(PUT_ALL, MessageWriter.request(0x0D0800).string(name).entryListData(entries).build());
    }

    public static Call<Void> clear(String name) {
        return Call.onAnyMember(CLEAR, MessageWriter.request(0x0D0900).string(name).build());
    }

    /** For the listener service, which sends it on each connection (see {@link ReplicatedMapListenerCodec}). */
    public static ClientMessage addEntryListenerToKey(String name, Data key, boolean localOnly) {
        return MessageWriter.request(0x0D0C00).fixBoolean(localOnly).string(name).data(key).build();
    }

    /** For the listener service, which sends it on each connection (see {@link ReplicatedMapListenerCodec}). */
    public static ClientMessage addEntryListener(String name, boolean localOnly) {
        return MessageWriter.request(0x0D0D00).fixBoolean(localOnly).string(name).build();
    }

    /** For the listener service, which sends it on each connection (see {@link ReplicatedMapListenerCodec}). */
    public static ClientMessage removeEntryListener(String name, UUID registrationId) {
        return MessageWriter.request(0x0D0E00).retryable().fixUuid(registrationId).string(name).build();
    }

    public static Call<List<Data>> keySet(String name, int partitionId) {
        return Call.onPartition(KEY_SET, MessageWriter.request(0x0D0F00).retryable().string(name).build(),
                partitionId);
    }

    public static Call<List<Data>> values(String name, int partitionId) {
        return Call.onPartition(VALUES, MessageWriter.request(0x0D1000).retryable().string(name).build(),
                partitionId);
    }

    public static Call<List<Map.Entry<Data, Data>>> entrySet(String name, int partitionId) {
        return Call.onPartition(ENTRY_SET, MessageWriter.request(0x0D1100).retryable().string(name).build(),
                partitionId);
    }
}
