package io.hzclient.internal.map;

import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/**
 * Map.addEntryListener, or its forms for one key, a predicate, or both (addEntryListenerToKey,
 * addEntryListenerWithPredicate, addEntryListenerToKeyWithPredicate), and Map.removeEntryListener.
 */
final class EntryListenerCodec implements ListenerCodec {
    private final String name;
    private final Data key;
    private final Data predicate;
    private final boolean includeValue;
    private final int listenerFlags;

    /** {@code key}, {@code predicate}: null for every key, every entry. */
    EntryListenerCodec(String name, Data key, Data predicate, boolean includeValue, int listenerFlags) {
        this.name = name;
        this.key = key;
        this.predicate = predicate;
        this.includeValue = includeValue;
        this.listenerFlags = listenerFlags;
    }

    @Override
    public ClientMessage encodeAdd(boolean localOnly) {
        if (predicate != null) {
            return key == null
                    ? MapCodec.addEntryListenerWithPredicate(name, predicate, includeValue, listenerFlags, localOnly)
                    : MapCodec.addEntryListenerToKeyWithPredicate(name, key, predicate, includeValue, listenerFlags,
                    localOnly);
        }
        return key == null
                ? MapCodec.addEntryListener(name, includeValue, listenerFlags, localOnly)
                : MapCodec.addEntryListenerToKey(name, key, includeValue, listenerFlags, localOnly);
    }

    @Override
    public UUID decodeAddResponse(ClientMessage response) {
        return MapCodec.uuidResponse(response);
    }

    @Override
    public ClientMessage encodeRemove(UUID serverRegistrationId) {
        return MapCodec.removeEntryListener(name, serverRegistrationId);
    }
}
