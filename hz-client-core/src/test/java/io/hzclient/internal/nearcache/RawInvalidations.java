package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.serialization.Data;

import java.lang.reflect.Field;
import java.util.List;
import java.util.UUID;

/**
 * Test plumbing that lets the repair code meet real members without the near cache store: the client's context
 * (taken by reflection) and a bare near cache invalidation listener (0x013F00) feeding a handler.
 */
final class RawInvalidations {
    private static final int EVENT = ClientMessage.REQUEST_HEADER_SIZE;
    private static final int INVALIDATION_FLAG = 1 << 8;

    private RawInvalidations() {
    }

    static ClientContext context(HzClient client) {
        try {
            Field f = HzClient.class.getDeclaredField("context");
            f.setAccessible(true);
            return (ClientContext) f.get(client);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Registers the invalidation listener of {@code map}; each event, entry by entry, goes to the handler. */
    static UUID listen(ClientContext context, String map, RepairingHandler handler) {
        ListenerCodec codec = new ListenerCodec() {
            @Override
            public ClientMessage encodeAdd(boolean localOnly) {
                return MessageWriter.request(0x013F00).fixInt(INVALIDATION_FLAG).fixBoolean(localOnly).string(map)
                        .build();
            }

            @Override
            public UUID decodeAddResponse(ClientMessage response) {
                return new MessageReader(response).fixUuid(ClientMessage.RESPONSE_HEADER_SIZE);
            }

            @Override
            public ClientMessage encodeRemove(UUID serverRegistrationId) {
                return MessageWriter.request(0x011A00).fixUuid(serverRegistrationId).string(map).build();
            }
        };
        return context.listeners().register(codec, event -> dispatch(event, handler)).join();
    }

    private static void dispatch(ClientMessage event, RepairingHandler handler) {
        MessageReader r = new MessageReader(event);
        if (event.messageType() == 0x013F02) {
            handler.handle(r.nullableData(), r.fixUuid(EVENT), r.fixUuid(EVENT + 17), r.fixLong(EVENT + 34));
        } else if (event.messageType() == 0x013F03) {
            List<Data> keys = r.listData();
            List<UUID> sources = r.listUuid();
            List<UUID> partitionUuids = r.listUuid();
            List<Long> sequences = r.listLong();
            for (int i = 0; i < keys.size(); i++) {
                handler.handle(keys.get(i), sources.get(i), partitionUuids.get(i), sequences.get(i));
            }
        }
    }
}
