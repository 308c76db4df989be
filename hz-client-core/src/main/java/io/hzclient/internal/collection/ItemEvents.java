package io.hzclient.internal.collection;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/** The Item event that queues, sets and lists send alike: the item (null without values), the member, the type. */
final class ItemEvents {
    private static final int EVENT_MEMBER = ClientMessage.REQUEST_HEADER_SIZE;
    private static final int EVENT_TYPE = EVENT_MEMBER + FixedSizes.UUID;

    private ItemEvents() {
    }

    /** One Item event, its item still serialized. */
    record ItemEventData(Data item, UUID uuid, int eventType) {
    }

    static ItemEventData decode(ClientMessage event) {
        MessageReader r = new MessageReader(event);
        UUID member = r.fixUuid(EVENT_MEMBER);
        int type = r.fixInt(EVENT_TYPE);
        return new ItemEventData(r.nullableData(), member, type);
    }
}
