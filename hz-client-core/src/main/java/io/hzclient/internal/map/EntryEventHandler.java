package io.hzclient.internal.map;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Turns the Entry events of one registration into calls on the user's listener. The listener service calls it off
 * the event loop, one event at a time per registration, in arrival order; it decodes, deserializes and calls the
 * listener right there, so the order holds without another hop. MultiMap and ReplicatedMap events have the map's
 * layout under their own message types: {@link #forEvents} serves them.
 */
public final class EntryEventHandler<K, V> implements Consumer<ClientMessage> {
    /** The Entry event of addEntryListener and of addEntryListenerToKey: same layout. */
    static final int ENTRY_EVENT = 0x011902;
    static final int ENTRY_EVENT_TO_KEY = 0x011802;
    /** The Entry event of addEntryListenerWithPredicate and of addEntryListenerToKeyWithPredicate. */
    static final int ENTRY_EVENT_WITH_PREDICATE = 0x011702;
    static final int ENTRY_EVENT_TO_KEY_WITH_PREDICATE = 0x011602;
    static final int EVENT_TYPE = ClientMessage.REQUEST_HEADER_SIZE;
    static final int MEMBER_UUID = EVENT_TYPE + 4;
    static final int AFFECTED_ENTRIES = MEMBER_UUID + 17;

    private final String mapName;
    private final EntryListener<K, V> listener;
    private final SerializationService serialization;
    private final int eventType;
    private final int eventTypeToKey;

    EntryEventHandler(String mapName, EntryListener<K, V> listener, SerializationService serialization) {
        this(mapName, listener, serialization, ENTRY_EVENT, ENTRY_EVENT_TO_KEY);
    }

    private EntryEventHandler(String mapName, EntryListener<K, V> listener, SerializationService serialization,
                              int eventType, int eventTypeToKey) {
        this.mapName = mapName;
        this.listener = listener;
        this.serialization = serialization;
        this.eventType = eventType;
        this.eventTypeToKey = eventTypeToKey;
    }

    /**
     * A handler for another structure's Entry events (same layout as the map's), under its message types: that of
     * its addEntryListener's event and that of its addEntryListenerToKey's.
     */
    public static <K, V> EntryEventHandler<K, V> forEvents(String name, EntryListener<K, V> listener,
                                                           SerializationService serialization, int eventType,
                                                           int eventTypeToKey) {
        return new EntryEventHandler<>(name, listener, serialization, eventType, eventTypeToKey);
    }

    @Override
    public void accept(ClientMessage event) {
        int messageType = event.messageType();
        if (messageType != eventType && messageType != eventTypeToKey) {
            return; // an event type newer than this client
        }
        MessageReader r = new MessageReader(event);
        EntryEventType type = EntryEventType.ofFlag(r.fixInt(EVENT_TYPE));
        UUID member = r.fixUuid(MEMBER_UUID);
        int affected = r.fixInt(AFFECTED_ENTRIES);
        Data key = r.nullableData();
        Data value = r.nullableData();
        Data oldValue = r.nullableData();
        Data mergingValue = r.nullableData();
        if (type != null) {
            dispatch(type, member, affected, key, value, oldValue, mergingValue);
        }
    }

    private void dispatch(EntryEventType type, UUID member, int affected, Data key, Data value, Data oldValue,
                          Data mergingValue) {
        if (type == EntryEventType.CLEAR_ALL || type == EntryEventType.EVICT_ALL) {
            MapEvent e = new MapEvent(mapName, member, type, affected);
            if (type == EntryEventType.CLEAR_ALL) {
                listener.mapCleared(e);
            } else {
                listener.mapEvicted(e);
            }
            return;
        }
        EntryEvent<K, V> e = new EntryEvent<>(mapName, member, type, toObject(key), toObject(value),
                toObject(oldValue), toObject(mergingValue));
        switch (type) {
            case ADDED -> listener.entryAdded(e);
            case REMOVED -> listener.entryRemoved(e);
            case UPDATED -> listener.entryUpdated(e);
            case EVICTED -> listener.entryEvicted(e);
            case EXPIRED -> listener.entryExpired(e);
            case MERGED -> listener.entryMerged(e);
            case LOADED -> listener.entryLoaded(e);
            default -> {
                // INVALIDATION is not asked for by this listener
            }
        }
    }

    /** On this listener's own lane, which may wait for a Compact schema to be fetched: its order holds. */
    @SuppressWarnings("unchecked")
    private <T> T toObject(Data data) {
        return data == null ? null : (T) SchemaFetchingDecoder.decodeWaiting(serialization::toObject, data);
    }
}
