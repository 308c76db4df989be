package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.query.IndexConfig;
import io.hzclient.query.IndexType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Map service's messages (service id 1), one method per message, in the spec's order: serialized arguments in,
 * a {@link Call} out (the request, its routing, and its {@link Operation}: the protocol's name and how the answer
 * decodes). Nothing here serializes or looks up a partition; the hot messages (get, put, set, remove, delete) are
 * built in pooled requests ({@link MessageWriter#pooledRequest}), which the call releases when it ends.
 * The listener messages stay plain requests: the listener service sends them, on each connection.
 */
public final class MapCodec {
    static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    public static final Operation<Data> PUT = Operation.of("Map.Put", MapCodec::nullableDataResponse);
    public static final Operation<Data> GET = Operation.of("Map.Get", MapCodec::nullableDataResponse);
    public static final Operation<Data> REMOVE = Operation.of("Map.Remove", MapCodec::nullableDataResponse);
    public static final Operation<Data> REPLACE = Operation.of("Map.Replace", MapCodec::nullableDataResponse);
    public static final Operation<Boolean> REPLACE_IF_SAME = Operation.of("Map.ReplaceIfSame",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> CONTAINS_KEY = Operation.of("Map.ContainsKey", MapCodec::booleanResponse);
    public static final Operation<Boolean> CONTAINS_VALUE = Operation.of("Map.ContainsValue",
            MapCodec::booleanResponse);
    public static final Operation<Boolean> REMOVE_IF_SAME = Operation.of("Map.RemoveIfSame",
            MapCodec::booleanResponse);
    public static final Operation<Void> DELETE = Operation.of("Map.Delete", Operation::nothing);
    public static final Operation<Void> FLUSH = Operation.of("Map.Flush", Operation::nothing);
    /** Waits on the member up to its timeout for the key's lock. */
    public static final Operation<Boolean> TRY_REMOVE = Operation.blocking("Map.TryRemove", MapCodec::booleanResponse);
    /** Waits on the member up to its timeout for the key's lock. */
    public static final Operation<Boolean> TRY_PUT = Operation.blocking("Map.TryPut", MapCodec::booleanResponse);
    public static final Operation<Void> PUT_TRANSIENT = Operation.of("Map.PutTransient", Operation::nothing);
    public static final Operation<Data> PUT_IF_ABSENT = Operation.of("Map.PutIfAbsent",
            MapCodec::nullableDataResponse);
    public static final Operation<Void> SET = Operation.of("Map.Set", Operation::nothing);
    /** Waits on the member until the lock is free. */
    public static final Operation<Void> LOCK = Operation.blocking("Map.Lock", Operation::nothing);
    /** Waits on the member up to its timeout. */
    public static final Operation<Boolean> TRY_LOCK = Operation.blocking("Map.TryLock", MapCodec::booleanResponse);
    public static final Operation<Boolean> IS_LOCKED = Operation.of("Map.IsLocked", MapCodec::booleanResponse);
    public static final Operation<Void> UNLOCK = Operation.of("Map.Unlock", Operation::nothing);
    public static final Operation<SimpleEntryView> GET_ENTRY_VIEW = Operation.of("Map.GetEntryView",
            MapCodec::entryViewResponse);
    public static final Operation<Boolean> EVICT = Operation.of("Map.Evict", MapCodec::booleanResponse);
    public static final Operation<Void> EVICT_ALL = Operation.of("Map.EvictAll", Operation::nothing);
    /** Waits on the members while their MapStores load. */
    public static final Operation<Void> LOAD_ALL = Operation.blocking("Map.LoadAll", Operation::nothing);
    /** Waits on the members while their MapStores load. */
    public static final Operation<Void> LOAD_GIVEN_KEYS = Operation.blocking("Map.LoadGivenKeys", Operation::nothing);
    public static final Operation<String> ADD_INTERCEPTOR = Operation.of("Map.AddInterceptor",
            response -> new MessageReader(response).string());
    public static final Operation<Boolean> REMOVE_INTERCEPTOR = Operation.of("Map.RemoveInterceptor",
            MapCodec::booleanResponse);
    public static final Operation<List<Data>> KEY_SET = Operation.of("Map.KeySet", MapCodec::queryKeysOrValues);
    public static final Operation<List<Map.Entry<Data, Data>>> GET_ALL = Operation.of("Map.GetAll",
            MapCodec::entryListResponse);
    public static final Operation<List<Data>> VALUES = Operation.of("Map.Values", MapCodec::queryKeysOrValues);
    public static final Operation<List<Data>> KEY_SET_WITH_PREDICATE = Operation.of("Map.KeySetWithPredicate",
            MapCodec::queryKeysOrValues);
    public static final Operation<List<Data>> VALUES_WITH_PREDICATE = Operation.of("Map.ValuesWithPredicate",
            MapCodec::queryKeysOrValues);
    public static final Operation<List<Map.Entry<Data, Data>>> ENTRIES_WITH_PREDICATE = Operation.of(
            "Map.EntriesWithPredicate", MapCodec::queryEntries);
    public static final Operation<Void> REMOVE_ALL = Operation.of("Map.RemoveAll", Operation::nothing);
    public static final Operation<Void> ADD_INDEX = Operation.of("Map.AddIndex", Operation::nothing);
    public static final Operation<Page<Data>> KEY_SET_WITH_PAGING_PREDICATE = Operation.of(
            "Map.KeySetWithPagingPredicate", MapCodec::keySetWithPagingPredicateResponse);
    public static final Operation<Page<Data>> VALUES_WITH_PAGING_PREDICATE = Operation.of(
            "Map.ValuesWithPagingPredicate", MapCodec::valuesWithPagingPredicateResponse);
    public static final Operation<Page<Map.Entry<Data, Data>>> ENTRIES_WITH_PAGING_PREDICATE = Operation.of(
            "Map.EntriesWithPagingPredicate", MapCodec::entriesWithPagingPredicateResponse);

    /** Memory units of the Capacity type. */
    private static final int KILOBYTES = 1;
    private static final int MEGABYTES = 2;
    /** An index's B+tree defaults on the members: 16 KB pages, a 256 MB memory tier. */
    private static final long BTREE_PAGE_KILOBYTES = 16;
    private static final long BTREE_MEMORY_TIER_MEGABYTES = 256;
    public static final Operation<List<Map.Entry<Data, Data>>> ENTRY_SET = Operation.of("Map.EntrySet",
            MapCodec::queryEntries);
    public static final Operation<Integer> SIZE = Operation.of("Map.Size", MapCodec::intResponse);
    public static final Operation<Boolean> IS_EMPTY = Operation.of("Map.IsEmpty", MapCodec::booleanResponse);
    public static final Operation<Void> PUT_ALL = Operation.of("Map.PutAll", Operation::nothing);
    public static final Operation<Void> CLEAR = Operation.of("Map.Clear", Operation::nothing);
    public static final Operation<Void> FORCE_UNLOCK = Operation.of("Map.ForceUnlock", Operation::nothing);
    public static final Operation<Boolean> SET_TTL = Operation.of("Map.SetTtl", MapCodec::booleanResponse);
    public static final Operation<Data> PUT_WITH_MAX_IDLE = Operation.of("Map.PutWithMaxIdle",
            MapCodec::nullableDataResponse);
    public static final Operation<Void> PUT_TRANSIENT_WITH_MAX_IDLE = Operation.of("Map.PutTransientWithMaxIdle",
            Operation::nothing);
    public static final Operation<Data> PUT_IF_ABSENT_WITH_MAX_IDLE = Operation.of("Map.PutIfAbsentWithMaxIdle",
            MapCodec::nullableDataResponse);
    public static final Operation<Void> SET_WITH_MAX_IDLE = Operation.of("Map.SetWithMaxIdle", Operation::nothing);

    private MapCodec() {
    }

    public static Call<Data> put(String name, Serialized key, Serialized value, long threadId, long ttl) {
        return Call.onKey(PUT, MessageWriter.pooledRequest(0x010100).fixLong(threadId).fixLong(ttl).string(name)
                .data(key).data(value).build(), key);
    }

    public static Call<Data> get(String name, Serialized key, long threadId) {
        return Call.onKey(GET, MessageWriter.pooledRequest(0x010200).retryable().fixLong(threadId).string(name)
                .data(key).build(), key);
    }

    public static Call<Data> remove(String name, Serialized key, long threadId) {
        return Call.onKey(REMOVE, MessageWriter.pooledRequest(0x010300).fixLong(threadId).string(name).data(key)
                .build(), key);
    }

    public static Call<Data> replace(String name, Serialized key, Serialized value, long threadId) {
        return Call.onKey(REPLACE, MessageWriter.request(0x010400).fixLong(threadId).string(name).data(key)
                .data(value).build(), key);
    }

    public static Call<Boolean> replaceIfSame(String name, Serialized key, Serialized testValue, Serialized value, long threadId) {
        return Call.onKey(REPLACE_IF_SAME, MessageWriter.request(0x010500).fixLong(threadId).string(name).data(key)
                .data(testValue).data(value).build(), key);
    }

    public static Call<Boolean> containsKey(String name, Serialized key, long threadId) {
        return Call.onKey(CONTAINS_KEY, MessageWriter.request(0x010600).retryable().fixLong(threadId).string(name)
                .data(key).build(), key);
    }

    public static Call<Boolean> containsValue(String name, Serialized value) {
        return Call.onAnyMember(CONTAINS_VALUE, MessageWriter.request(0x010700).retryable().string(name).data(value)
                .build());
    }

    public static Call<Boolean> removeIfSame(String name, Serialized key, Serialized value, long threadId) {
        return Call.onKey(REMOVE_IF_SAME, MessageWriter.request(0x010800).fixLong(threadId).string(name).data(key)
                .data(value).build(), key);
    }

    public static Call<Void> delete(String name, Serialized key, long threadId) {
        return Call.onKey(DELETE, MessageWriter.pooledRequest(0x010900).fixLong(threadId).string(name).data(key)
                .build(), key);
    }

    public static Call<Void> flush(String name) {
        return Call.onAnyMember(FLUSH, MessageWriter.request(0x010A00).string(name).build());
    }

    public static Call<Boolean> tryRemove(String name, Serialized key, long threadId, long timeout) {
        return Call.onKey(TRY_REMOVE, MessageWriter.request(0x010B00).fixLong(threadId).fixLong(timeout).string(name)
                .data(key).build(), key);
    }

    public static Call<Boolean> tryPut(String name, Serialized key, Serialized value, long threadId, long timeout) {
        return Call.onKey(TRY_PUT, MessageWriter.request(0x010C00).fixLong(threadId).fixLong(timeout).string(name)
                .data(key).data(value).build(), key);
    }

    public static Call<Void> putTransient(String name, Serialized key, Serialized value, long threadId, long ttl) {
        return Call.onKey(PUT_TRANSIENT, MessageWriter.request(0x010D00).fixLong(threadId).fixLong(ttl).string(name)
                .data(key).data(value).build(), key);
    }

    public static Call<Data> putIfAbsent(String name, Serialized key, Serialized value, long threadId, long ttl) {
        return Call.onKey(PUT_IF_ABSENT, MessageWriter.request(0x010E00).fixLong(threadId).fixLong(ttl).string(name)
                .data(key).data(value).build(), key);
    }

    public static Call<Void> set(String name, Serialized key, Serialized value, long threadId, long ttl) {
        return Call.onKey(SET, MessageWriter.pooledRequest(0x010F00).fixLong(threadId).fixLong(ttl).string(name)
                .data(key).data(value).build(), key);
    }

    public static Call<Void> lock(String name, Serialized key, long threadId, long ttl, long referenceId) {
        return Call.onKey(LOCK, MessageWriter.request(0x011000).retryable().fixLong(threadId).fixLong(ttl)
                .fixLong(referenceId).string(name).data(key).build(), key);
    }

    public static Call<Boolean> tryLock(String name, Serialized key, long threadId, long lease, long timeout,
                                        long referenceId) {
        return Call.onKey(TRY_LOCK, MessageWriter.request(0x011100).retryable().fixLong(threadId).fixLong(lease)
                .fixLong(timeout).fixLong(referenceId).string(name).data(key).build(), key);
    }

    public static Call<Boolean> isLocked(String name, Serialized key) {
        return Call.onKey(IS_LOCKED, MessageWriter.request(0x011200).retryable().string(name).data(key).build(), key);
    }

    public static Call<Void> unlock(String name, Serialized key, long threadId, long referenceId) {
        return Call.onKey(UNLOCK, MessageWriter.request(0x011300).retryable().fixLong(threadId).fixLong(referenceId)
                .string(name).data(key).build(), key);
    }

    /** For the listener service, which sends it on each connection (see {@link EntryListenerCodec}). */
    public static ClientMessage addEntryListenerToKeyWithPredicate(String name, Data key, Data predicate,
                                                                   boolean includeValue, int listenerFlags,
                                                                   boolean localOnly) {
        return MessageWriter.request(0x011600).fixBoolean(includeValue).fixInt(listenerFlags).fixBoolean(localOnly)
                .string(name).data(key).data(predicate).build();
    }

    /** For the listener service, which sends it on each connection (see {@link EntryListenerCodec}). */
    public static ClientMessage addEntryListenerWithPredicate(String name, Data predicate, boolean includeValue,
                                                              int listenerFlags, boolean localOnly) {
        return MessageWriter.request(0x011700).fixBoolean(includeValue).fixInt(listenerFlags).fixBoolean(localOnly)
                .string(name).data(predicate).build();
    }

    /** For the listener service, which sends it on each connection (see {@link EntryListenerCodec}). */
    public static ClientMessage addEntryListenerToKey(String name, Data key, boolean includeValue, int listenerFlags,
                                                      boolean localOnly) {
        return MessageWriter.request(0x011800).fixBoolean(includeValue).fixInt(listenerFlags).fixBoolean(localOnly)
                .string(name).data(key).build();
    }

    /** For the listener service, which sends it on each connection (see {@link EntryListenerCodec}). */
    public static ClientMessage addEntryListener(String name, boolean includeValue, int listenerFlags,
                                                 boolean localOnly) {
        return MessageWriter.request(0x011900).fixBoolean(includeValue).fixInt(listenerFlags).fixBoolean(localOnly)
                .string(name).build();
    }

    /** For the listener service, which sends it on each connection (see {@link EntryListenerCodec}). */
    public static ClientMessage removeEntryListener(String name, UUID registrationId) {
        return MessageWriter.request(0x011A00).retryable().fixUuid(registrationId).string(name).build();
    }

    public static Call<SimpleEntryView> getEntryView(String name, Serialized key, long threadId) {
        return Call.onKey(GET_ENTRY_VIEW, MessageWriter.request(0x011D00).retryable().fixLong(threadId).string(name)
                .data(key).build(), key);
    }

    public static Call<Boolean> evict(String name, Serialized key, long threadId) {
        return Call.onKey(EVICT, MessageWriter.request(0x011E00).fixLong(threadId).string(name).data(key).build(),
                key);
    }

    public static Call<Void> evictAll(String name) {
        return Call.onAnyMember(EVICT_ALL, MessageWriter.request(0x011F00).string(name).build());
    }

    public static Call<Void> loadAll(String name, boolean replaceExistingValues) {
        return Call.onAnyMember(LOAD_ALL, MessageWriter.request(0x012000).fixBoolean(replaceExistingValues)
                .string(name).build());
    }

    public static Call<Void> loadGivenKeys(String name, Collection<Data> keys, boolean replaceExistingValues) {
        return Call.onAnyMember(LOAD_GIVEN_KEYS, MessageWriter.request(0x012100).fixBoolean(replaceExistingValues)
                .string(name).listData(keys).build());
    }

    public static Call<String> addInterceptor(String name, Data interceptor) {
        return Call.onAnyMember(ADD_INTERCEPTOR, MessageWriter.request(0x011400).string(name).data(interceptor)
                .build());
    }

    public static Call<Boolean> removeInterceptor(String name, String id) {
        return Call.onAnyMember(REMOVE_INTERCEPTOR, MessageWriter.request(0x011500).string(name).string(id).build());
    }

    public static Call<List<Data>> keySet(String name) {
        return Call.onAnyMember(KEY_SET, MessageWriter.request(0x012200).retryable().string(name).build());
    }

    /** The keys of one partition, sent to its owner. */
    public static Call<List<Map.Entry<Data, Data>>> getAll(String name, Collection<Data> keys, int partitionId) {
        return Call.onPartition(GET_ALL, MessageWriter.request(0x012300).string(name).listData(keys).build(),
                partitionId);
    }

    public static Call<List<Data>> values(String name) {
        return Call.onAnyMember(VALUES, MessageWriter.request(0x012400).retryable().string(name).build());
    }

    public static Call<List<Map.Entry<Data, Data>>> entrySet(String name) {
        return Call.onAnyMember(ENTRY_SET, MessageWriter.request(0x012500).retryable().string(name).build());
    }

    public static Call<List<Data>> keySetWithPredicate(String name, Data predicate) {
        return Call.onAnyMember(KEY_SET_WITH_PREDICATE, MessageWriter.request(0x012600).retryable().string(name)
                .data(predicate).build());
    }

    public static Call<List<Data>> valuesWithPredicate(String name, Data predicate) {
        return Call.onAnyMember(VALUES_WITH_PREDICATE, MessageWriter.request(0x012700).retryable().string(name)
                .data(predicate).build());
    }

    public static Call<List<Map.Entry<Data, Data>>> entriesWithPredicate(String name, Data predicate) {
        return Call.onAnyMember(ENTRIES_WITH_PREDICATE, MessageWriter.request(0x012800).retryable().string(name)
                .data(predicate).build());
    }

    public static Call<Void> addIndex(String name, IndexConfig indexConfig) {
        MessageWriter w = MessageWriter.request(0x012900).string(name);
        w.begin().frame(new Frame(intFrame(indexConfig.type().id()))).nullableString(indexConfig.name())
                .listString(indexConfig.attributes());
        IndexConfig.BitmapOptions bitmap = indexConfig.bitmapOptions();
        if (bitmap == null && indexConfig.type() == IndexType.BITMAP) {
            bitmap = IndexConfig.BitmapOptions.defaults();
        }
        if (bitmap == null) {
            w.nullFrame();
        } else {
            w.begin().frame(new Frame(intFrame(bitmap.transformation().id()))).string(bitmap.uniqueKey()).end();
        }
        // BTreeIndexConfig: the members' defaults (they refuse an index without it)
        w.begin();
        capacity(w, BTREE_PAGE_KILOBYTES, KILOBYTES);
        w.begin();
        capacity(w, BTREE_MEMORY_TIER_MEGABYTES, MEGABYTES);
        return Call.onAnyMember(ADD_INDEX, w.end().end().end().build());
    }

    /** The Capacity custom type: {@code value: long}, {@code unit: int}, both fixed. */
    private static void capacity(MessageWriter w, long value, int unit) {
        byte[] fixed = new byte[FixedSizes.LONG + FixedSizes.INT];
        FixedSizes.writeLong(fixed, 0, value);
        FixedSizes.writeInt(fixed, FixedSizes.LONG, unit);
        w.begin().frame(new Frame(fixed)).end();
    }

    private static byte[] intFrame(int value) {
        byte[] fixed = new byte[FixedSizes.INT];
        FixedSizes.writeInt(fixed, 0, value);
        return fixed;
    }

    public static Call<Page<Data>> keySetWithPagingPredicate(String name, PagingPredicateHolder predicate) {
        return Call.onAnyMember(KEY_SET_WITH_PAGING_PREDICATE, pagingRequest(0x013400, name, predicate));
    }

    public static Call<Page<Data>> valuesWithPagingPredicate(String name, PagingPredicateHolder predicate) {
        return Call.onAnyMember(VALUES_WITH_PAGING_PREDICATE, pagingRequest(0x013500, name, predicate));
    }

    public static Call<Page<Map.Entry<Data, Data>>> entriesWithPagingPredicate(String name,
                                                                              PagingPredicateHolder predicate) {
        return Call.onAnyMember(ENTRIES_WITH_PAGING_PREDICATE, pagingRequest(0x013600, name, predicate));
    }

    /** The three paging queries: {@code name: String}, {@code predicate: PagingPredicateHolder}; retryable. */
    private static ClientMessage pagingRequest(int messageType, String name, PagingPredicateHolder p) {
        byte[] fixed = new byte[FixedSizes.INT + FixedSizes.INT + FixedSizes.BYTE];
        FixedSizes.writeInt(fixed, 0, p.pageSize());
        FixedSizes.writeInt(fixed, FixedSizes.INT, p.page());
        fixed[2 * FixedSizes.INT] = p.iterationTypeId();
        MessageWriter w = MessageWriter.request(messageType).retryable().string(name).begin().frame(new Frame(fixed));
        w.begin().listInt(p.anchorDataListHolder().anchorPageList())
                .entryListData(p.anchorDataListHolder().anchorDataList()).end();
        w.nullableData(p.predicateData()).nullableData(p.comparatorData()).nullableData(p.partitionKeyData());
        if (p.partitionKeysData() == null) {
            w.nullFrame();
        } else {
            w.listData(p.partitionKeysData());
        }
        return w.end().build();
    }

    /** {@code response: List_Data}, {@code anchorDataList: AnchorDataListHolder}. */
    public static Page<Data> keySetWithPagingPredicateResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        return new Page<>(r.dataListInPlace(), r.struct(MapCodec::anchors));
    }

    /** {@code response: List_Data}, {@code anchorDataList: AnchorDataListHolder}. */
    public static Page<Data> valuesWithPagingPredicateResponse(ClientMessage response) {
        return keySetWithPagingPredicateResponse(response);
    }

    /** {@code response: EntryList_Data_Data}, {@code anchorDataList: AnchorDataListHolder}. */
    public static Page<Map.Entry<Data, Data>> entriesWithPagingPredicateResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        return new Page<>(r.entryListInPlace(), r.struct(MapCodec::anchors));
    }

    private static AnchorDataListHolder anchors(MessageReader r) {
        return new AnchorDataListHolder(r.listInt(), r.entryListData());
    }

    /**
     * The PagingPredicateHolder custom type: a paging query's page, its size, what it returns (0 keys, 1 values,
     * 2 entries), the wrapped predicate and comparator, and the anchors of the pages seen.
     */
    public record PagingPredicateHolder(AnchorDataListHolder anchorDataListHolder, Data predicateData,
                                        Data comparatorData, int pageSize, int page, byte iterationTypeId,
                                        Data partitionKeyData, List<Data> partitionKeysData) {
    }

    /** The AnchorDataListHolder custom type: for each page seen, its number and its last entry. */
    public record AnchorDataListHolder(List<Integer> anchorPageList, List<Map.Entry<Data, Data>> anchorDataList) {
        /** No page seen yet. */
        public static final AnchorDataListHolder NONE = new AnchorDataListHolder(List.of(), List.of());
    }

    /** A paging query's answer: the page's items, and the anchors to send with the next query. */
    public record Page<T>(List<T> response, AnchorDataListHolder anchorDataList) {
    }

    public static Call<Void> removeAll(String name, Data predicate) {
        return Call.onAnyMember(REMOVE_ALL, MessageWriter.request(0x013E00).string(name).data(predicate).build());
    }

    public static Call<Integer> size(String name) {
        return Call.onAnyMember(SIZE, MessageWriter.request(0x012A00).retryable().string(name).build());
    }

    public static Call<Boolean> isEmpty(String name) {
        return Call.onAnyMember(IS_EMPTY, MessageWriter.request(0x012B00).retryable().string(name).build());
    }

    /** The entries of one partition, sent to its owner. */
    public static Call<Void> putAll(String name, Collection<? extends Map.Entry<Data, Data>> entries,
                                    boolean triggerMapLoader, int partitionId) {
        return Call.onPartition(PUT_ALL, MessageWriter.request(0x012C00).fixBoolean(triggerMapLoader).string(name)
                .entryListData(entries).build(), partitionId);
    }

    public static Call<Void> clear(String name) {
        return Call.onAnyMember(CLEAR, MessageWriter.request(0x012D00).string(name).build());
    }

    public static Call<Void> forceUnlock(String name, Serialized key, long referenceId) {
        return Call.onKey(FORCE_UNLOCK, MessageWriter.request(0x013300).retryable().fixLong(referenceId).string(name)
                .data(key).build(), key);
    }

    public static Call<Boolean> setTtl(String name, Serialized key, long ttl) {
        return Call.onKey(SET_TTL, MessageWriter.request(0x014300).fixLong(ttl).string(name).data(key).build(), key);
    }

    public static Call<Data> putWithMaxIdle(String name, Serialized key, Serialized value, long threadId, long ttl,
                                            long maxIdle) {
        return Call.onKey(PUT_WITH_MAX_IDLE, MessageWriter.request(0x014400).fixLong(threadId).fixLong(ttl)
                .fixLong(maxIdle).string(name).data(key).data(value).build(), key);
    }

    public static Call<Void> putTransientWithMaxIdle(String name, Serialized key, Serialized value, long threadId, long ttl,
                                                     long maxIdle) {
        return Call.onKey(PUT_TRANSIENT_WITH_MAX_IDLE, MessageWriter.request(0x014500).fixLong(threadId).fixLong(ttl)
                .fixLong(maxIdle).string(name).data(key).data(value).build(), key);
    }

    public static Call<Data> putIfAbsentWithMaxIdle(String name, Serialized key, Serialized value, long threadId, long ttl,
                                                    long maxIdle) {
        return Call.onKey(PUT_IF_ABSENT_WITH_MAX_IDLE, MessageWriter.request(0x014600).fixLong(threadId).fixLong(ttl)
                .fixLong(maxIdle).string(name).data(key).data(value).build(), key);
    }

    public static Call<Void> setWithMaxIdle(String name, Serialized key, Serialized value, long threadId, long ttl,
                                            long maxIdle) {
        return Call.onKey(SET_WITH_MAX_IDLE, MessageWriter.request(0x014700).fixLong(threadId).fixLong(ttl)
                .fixLong(maxIdle).string(name).data(key).data(value).build(), key);
    }

    // ---- responses, by shape

    /** {@code response: Data?} */
    public static Data nullableDataResponse(ClientMessage response) {
        return MessageReader.nullableDataAt(response, 1);
    }

    /** {@code response: boolean@13} */
    public static boolean booleanResponse(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }

    /** {@code response: int@13} */
    public static int intResponse(ClientMessage response) {
        return new MessageReader(response).fixInt(RESPONSE);
    }

    /** {@code response: UUID@13} */
    public static UUID uuidResponse(ClientMessage response) {
        return new MessageReader(response).fixUuid(RESPONSE);
    }

    /** {@code response: List_Data} */
    public static List<Data> listDataResponse(ClientMessage response) {
        return new MessageReader(response).listData();
    }

    /**
     * A query's {@code response: List_Data}, read in place: kept as the query's answer and deserialized lazily, it
     * costs no object per element until read.
     */
    public static List<Data> queryKeysOrValues(ClientMessage response) {
        return new MessageReader(response).dataListInPlace();
    }

    /** A query's {@code response: EntryList_Data_Data}, read in place as {@link #queryKeysOrValues}. */
    public static List<Map.Entry<Data, Data>> queryEntries(ClientMessage response) {
        return new MessageReader(response).entryListInPlace();
    }

    /** {@code response: EntryList_Data_Data} */
    public static List<Map.Entry<Data, Data>> entryListResponse(ClientMessage response) {
        return new MessageReader(response).entryListData();
    }

    /** getEntryView: {@code maxIdle: long@13}, {@code response: SimpleEntryView?}. */
    public static SimpleEntryView entryViewResponse(ClientMessage response) {
        return new MessageReader(response).nullableStruct(SimpleEntryView::read);
    }

    /** The SimpleEntryView custom type: ten longs in one fixed frame, then key and value. */
    public record SimpleEntryView(Data key, Data value, long cost, long creationTime, long expirationTime, long hits,
                                  long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version,
                                  long ttl, long maxIdle) {

        static SimpleEntryView read(MessageReader r) {
            byte[] f = r.bytes();
            return new SimpleEntryView(r.data(), r.data(), longAt(f, 0), longAt(f, 8), longAt(f, 16), longAt(f, 24),
                    longAt(f, 32), longAt(f, 40), longAt(f, 48), longAt(f, 56), longAt(f, 64), longAt(f, 72));
        }

        private static long longAt(byte[] frame, int offset) {
            return offset + FixedSizes.LONG <= frame.length ? FixedSizes.readLong(frame, offset) : 0;
        }
    }
}
