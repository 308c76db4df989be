package io.hzclient.internal.map;

import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/** Map.addEntryListener (or addEntryListenerToKey when a key is given) and Map.removeEntryListener. */
final class EntryListenerCodec implements ListenerCodec {
    private final String name;
    private final Data key;
    private final boolean includeValue;
    private final int listenerFlags;

    EntryListenerCodec(String name, Data key, boolean includeValue, int listenerFlags) {
        this.name = name;
        this.key = key;
        this.includeValue = includeValue;
        this.listenerFlags = listenerFlags;
    }

    @Override
    public ClientMessage encodeAdd(boolean localOnly) {
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
