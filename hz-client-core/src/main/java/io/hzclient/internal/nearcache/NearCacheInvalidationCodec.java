package io.hzclient.internal.nearcache;

import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.map.EntryEventType;

import java.util.List;
import java.util.UUID;

/**
 * Map.addNearCacheInvalidationListener (0x013F00) with the INVALIDATION flag, removed by Map.removeEntryListener, and
 * its two events: IMapInvalidation (0x013F02: one key, null for the whole map) and IMapBatchInvalidation (0x013F03).
 */
final class NearCacheInvalidationCodec implements ListenerCodec {
    static final int ADD_LISTENER = 0x013F00;
    static final int INVALIDATION_EVENT = 0x013F02;
    static final int BATCH_INVALIDATION_EVENT = 0x013F03;
    /** IMapInvalidation's fixed fields, after the event header: sourceUuid, partitionUuid, sequence. */
    static final int SOURCE_UUID = ClientMessage.REQUEST_HEADER_SIZE;
    static final int PARTITION_UUID = SOURCE_UUID + FixedSizes.UUID;
    static final int SEQUENCE = PARTITION_UUID + FixedSizes.UUID;

    private final String mapName;

    NearCacheInvalidationCodec(String mapName) {
        this.mapName = mapName;
    }

    /** Smart routing asks each member for the invalidations of its own partitions (local only), as the official
     * client does; unisocket asks its one member for all of them. */
    @Override
    public ClientMessage encodeAdd(boolean localOnly) {
        return MessageWriter.request(ADD_LISTENER).fixInt(EntryEventType.INVALIDATION.flag()).fixBoolean(localOnly)
                .string(mapName).build();
    }

    @Override
    public UUID decodeAddResponse(ClientMessage response) {
        return MapCodec.uuidResponse(response);
    }

    @Override
    public ClientMessage encodeRemove(UUID serverRegistrationId) {
        return MapCodec.removeEntryListener(mapName, serverRegistrationId);
    }

    /** What an invalidation event carries, one key at a time. */
    interface Sink {
        void invalidation(Data key, UUID sourceUuid, UUID partitionUuid, long sequence);
    }

    /** Decodes either event into {@code sink}, a batch entry by entry in order; other messages are ignored. */
    static void decode(ClientMessage event, Sink sink) {
        MessageReader r = new MessageReader(event);
        if (event.messageType() == INVALIDATION_EVENT) {
            UUID source = r.fixUuid(SOURCE_UUID);
            UUID partition = r.fixUuid(PARTITION_UUID);
            long sequence = r.fixLong(SEQUENCE);
            sink.invalidation(r.nullableData(), source, partition, sequence);
        } else if (event.messageType() == BATCH_INVALIDATION_EVENT) {
            List<Data> keys = r.listData();
            List<UUID> sources = r.listUuid();
            List<UUID> partitions = r.listUuid();
            List<Long> sequences = r.listLong();
            for (int i = 0; i < keys.size(); i++) {
                sink.invalidation(keys.get(i), sources.get(i), partitions.get(i), sequences.get(i));
            }
        }
    }
}
