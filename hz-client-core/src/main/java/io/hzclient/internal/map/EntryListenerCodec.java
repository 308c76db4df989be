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
    private final int flags;

    EntryListenerCodec(String name, Data key, boolean includeValue, int flags) {
        this.name = name;
        this.key = key;
        this.includeValue = includeValue;
        this.flags = flags;
    }

    @Override
    public ClientMessage encodeAdd(boolean localOnly) {
        return key == null
                ? MapCodec.addEntryListener(name, includeValue, flags, localOnly)
                : MapCodec.addEntryListenerToKey(name, key, includeValue, flags, localOnly);
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
