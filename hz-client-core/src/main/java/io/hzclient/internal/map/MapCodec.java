package io.hzclient.internal.map;

import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Map service's messages (service id 1), one method per line of the spec, in its order. Requests are built
 * with {@link MessageWriter}; the responses share a few shapes, decoded by the methods at the end.
 */
public final class MapCodec {
    static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private MapCodec() {
    }

    public static ClientMessage put(String name, Data key, Data value, long threadId, long ttl) {
        return put(name, key.toByteArray(), value.toByteArray(), threadId, ttl);
    }

    /** With the key and value as the bytes their Data would wrap. */
    public static ClientMessage put(String name, byte[] key, byte[] value, long threadId, long ttl) {
        return MessageWriter.request(0x010100).fixLong(threadId).fixLong(ttl).string(name).bytes(key).bytes(value)
                .build();
    }

    /**
     * A put in a pooled request ({@link MessageWriter#pooledRequest}), key and value serialized straight into it, for
     * the key's partition: whoever gets it must release it exactly once (an invocation does).
     */
    public static ClientMessage put(String name, Object key, Object value, long threadId, long ttl,
                                    SerializationService serialization, PartitionService partitions) {
        MessageWriter w = MessageWriter.pooledRequest(0x010100).fixLong(threadId).fixLong(ttl).string(name);
        return key(w, key, serialization, partitions).data(value, serialization).build();
    }

    /** A get in a pooled request, as {@link #put(String, Object, Object, long, long, SerializationService, PartitionService)}. */
    public static ClientMessage get(String name, Object key, long threadId, SerializationService serialization,
                                    PartitionService partitions) {
        MessageWriter w = MessageWriter.pooledRequest(0x010200).retryable().fixLong(threadId).string(name);
        return key(w, key, serialization, partitions).build();
    }

    /** A set in a pooled request, as {@link #put(String, Object, Object, long, long, SerializationService, PartitionService)}. */
    public static ClientMessage set(String name, Object key, Object value, long threadId, long ttl,
                                    SerializationService serialization, PartitionService partitions) {
        MessageWriter w = MessageWriter.pooledRequest(0x010F00).fixLong(threadId).fixLong(ttl).string(name);
        return key(w, key, serialization, partitions).data(value, serialization).build();
    }

    /** A remove in a pooled request, as {@link #put(String, Object, Object, long, long, SerializationService, PartitionService)}. */
    public static ClientMessage remove(String name, Object key, long threadId, SerializationService serialization,
                                       PartitionService partitions) {
        MessageWriter w = MessageWriter.pooledRequest(0x010300).fixLong(threadId).string(name);
        return key(w, key, serialization, partitions).build();
    }

    /** A delete in a pooled request, as {@link #put(String, Object, Object, long, long, SerializationService, PartitionService)}. */
    public static ClientMessage delete(String name, Object key, long threadId, SerializationService serialization,
                                       PartitionService partitions) {
        MessageWriter w = MessageWriter.pooledRequest(0x010900).fixLong(threadId).string(name);
        return key(w, key, serialization, partitions).build();
    }

    /** The key as the next frame, and the request routed to the key's partition. */
    private static MessageWriter key(MessageWriter w, Object key, SerializationService serialization,
                                     PartitionService partitions) {
        w.data(key, serialization);
        return w.partitionId(partitions.partitionIdForHash(w.lastFramePartitionHash()));
    }

    public static ClientMessage get(String name, Data key, long threadId) {
        return get(name, key.toByteArray(), threadId);
    }

    /** With the key as the bytes its Data would wrap. */
    public static ClientMessage get(String name, byte[] key, long threadId) {
        return MessageWriter.request(0x010200).retryable().fixLong(threadId).string(name).bytes(key).build();
    }

    public static ClientMessage remove(String name, Data key, long threadId) {
        return MessageWriter.request(0x010300).fixLong(threadId).string(name).data(key).build();
    }

    public static ClientMessage replace(String name, Data key, Data value, long threadId) {
        return MessageWriter.request(0x010400).fixLong(threadId).string(name).data(key).data(value).build();
    }

    public static ClientMessage replaceIfSame(String name, Data key, Data testValue, Data value, long threadId) {
        return MessageWriter.request(0x010500).fixLong(threadId).string(name).data(key).data(testValue).data(value)
                .build();
    }

    public static ClientMessage containsKey(String name, Data key, long threadId) {
        return MessageWriter.request(0x010600).retryable().fixLong(threadId).string(name).data(key).build();
    }

    public static ClientMessage containsValue(String name, Data value) {
        return MessageWriter.request(0x010700).retryable().string(name).data(value).build();
    }

    public static ClientMessage removeIfSame(String name, Data key, Data value, long threadId) {
        return MessageWriter.request(0x010800).fixLong(threadId).string(name).data(key).data(value).build();
    }

    public static ClientMessage delete(String name, Data key, long threadId) {
        return MessageWriter.request(0x010900).fixLong(threadId).string(name).data(key).build();
    }

    public static ClientMessage flush(String name) {
        return MessageWriter.request(0x010A00).string(name).build();
    }

    public static ClientMessage tryRemove(String name, Data key, long threadId, long timeout) {
        return MessageWriter.request(0x010B00).fixLong(threadId).fixLong(timeout).string(name).data(key).build();
    }

    public static ClientMessage tryPut(String name, Data key, Data value, long threadId, long timeout) {
        return MessageWriter.request(0x010C00).fixLong(threadId).fixLong(timeout).string(name).data(key).data(value)
                .build();
    }

    public static ClientMessage putTransient(String name, Data key, Data value, long threadId, long ttl) {
        return MessageWriter.request(0x010D00).fixLong(threadId).fixLong(ttl).string(name).data(key).data(value).build();
    }

    public static ClientMessage putIfAbsent(String name, Data key, Data value, long threadId, long ttl) {
        return MessageWriter.request(0x010E00).fixLong(threadId).fixLong(ttl).string(name).data(key).data(value).build();
    }

    public static ClientMessage set(String name, Data key, Data value, long threadId, long ttl) {
        return MessageWriter.request(0x010F00).fixLong(threadId).fixLong(ttl).string(name).data(key).data(value).build();
    }

    public static ClientMessage lock(String name, Data key, long threadId, long ttl, long referenceId) {
        return MessageWriter.request(0x011000).retryable().fixLong(threadId).fixLong(ttl).fixLong(referenceId)
                .string(name).data(key).build();
    }

    public static ClientMessage tryLock(String name, Data key, long threadId, long lease, long timeout,
                                        long referenceId) {
        return MessageWriter.request(0x011100).retryable().fixLong(threadId).fixLong(lease).fixLong(timeout)
                .fixLong(referenceId).string(name).data(key).build();
    }

    public static ClientMessage isLocked(String name, Data key) {
        return MessageWriter.request(0x011200).retryable().string(name).data(key).build();
    }

    public static ClientMessage unlock(String name, Data key, long threadId, long referenceId) {
        return MessageWriter.request(0x011300).retryable().fixLong(threadId).fixLong(referenceId).string(name)
                .data(key).build();
    }

    public static ClientMessage addEntryListenerToKey(String name, Data key, boolean includeValue, int listenerFlags,
                                                      boolean localOnly) {
        return MessageWriter.request(0x011800).fixBoolean(includeValue).fixInt(listenerFlags).fixBoolean(localOnly)
                .string(name).data(key).build();
    }

    public static ClientMessage addEntryListener(String name, boolean includeValue, int listenerFlags,
                                                 boolean localOnly) {
        return MessageWriter.request(0x011900).fixBoolean(includeValue).fixInt(listenerFlags).fixBoolean(localOnly)
                .string(name).build();
    }

    public static ClientMessage removeEntryListener(String name, UUID registrationId) {
        return MessageWriter.request(0x011A00).retryable().fixUuid(registrationId).string(name).build();
    }

    public static ClientMessage getEntryView(String name, Data key, long threadId) {
        return MessageWriter.request(0x011D00).retryable().fixLong(threadId).string(name).data(key).build();
    }

    public static ClientMessage evict(String name, Data key, long threadId) {
        return MessageWriter.request(0x011E00).fixLong(threadId).string(name).data(key).build();
    }

    public static ClientMessage evictAll(String name) {
        return MessageWriter.request(0x011F00).string(name).build();
    }

    public static ClientMessage keySet(String name) {
        return MessageWriter.request(0x012200).retryable().string(name).build();
    }

    public static ClientMessage getAll(String name, Collection<Data> keys) {
        return MessageWriter.request(0x012300).string(name).listData(keys).build();
    }

    public static ClientMessage values(String name) {
        return MessageWriter.request(0x012400).retryable().string(name).build();
    }

    public static ClientMessage entrySet(String name) {
        return MessageWriter.request(0x012500).retryable().string(name).build();
    }

    public static ClientMessage size(String name) {
        return MessageWriter.request(0x012A00).retryable().string(name).build();
    }

    public static ClientMessage isEmpty(String name) {
        return MessageWriter.request(0x012B00).retryable().string(name).build();
    }

    public static ClientMessage putAll(String name, Collection<? extends Map.Entry<Data, Data>> entries,
                                       boolean triggerMapLoader) {
        return MessageWriter.request(0x012C00).fixBoolean(triggerMapLoader).string(name).entryListData(entries)
                .build();
    }

    public static ClientMessage clear(String name) {
        return MessageWriter.request(0x012D00).string(name).build();
    }

    public static ClientMessage forceUnlock(String name, Data key, long referenceId) {
        return MessageWriter.request(0x013300).retryable().fixLong(referenceId).string(name).data(key).build();
    }

    public static ClientMessage setTtl(String name, Data key, long ttl) {
        return MessageWriter.request(0x014300).fixLong(ttl).string(name).data(key).build();
    }

    public static ClientMessage putWithMaxIdle(String name, Data key, Data value, long threadId, long ttl,
                                               long maxIdle) {
        return MessageWriter.request(0x014400).fixLong(threadId).fixLong(ttl).fixLong(maxIdle).string(name).data(key)
                .data(value).build();
    }

    public static ClientMessage putTransientWithMaxIdle(String name, Data key, Data value, long threadId, long ttl,
                                                        long maxIdle) {
        return MessageWriter.request(0x014500).fixLong(threadId).fixLong(ttl).fixLong(maxIdle).string(name).data(key)
                .data(value).build();
    }

    public static ClientMessage putIfAbsentWithMaxIdle(String name, Data key, Data value, long threadId, long ttl,
                                                       long maxIdle) {
        return MessageWriter.request(0x014600).fixLong(threadId).fixLong(ttl).fixLong(maxIdle).string(name).data(key)
                .data(value).build();
    }

    public static ClientMessage setWithMaxIdle(String name, Data key, Data value, long threadId, long ttl,
                                               long maxIdle) {
        return MessageWriter.request(0x014700).fixLong(threadId).fixLong(ttl).fixLong(maxIdle).string(name).data(key)
                .data(value).build();
    }

    // ---- responses, by shape

    /** {@code response: Data?} */
    public static Data nullableDataResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        return r.hasNext() ? r.nullableData() : null;
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
