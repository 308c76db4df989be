package io.hzclient.internal.multimap;

import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/** MultiMap.addEntryListener (or addEntryListenerToKey when a key is given) and MultiMap.removeEntryListener. */
final class MultiMapListenerCodec implements ListenerCodec {
    private final String name;
    private final Data key;
    private final boolean includeValue;

    MultiMapListenerCodec(String name, Data key, boolean includeValue) {
        this.name = name;
        this.key = key;
        this.includeValue = includeValue;
    }

    @Override
    public ClientMessage encodeAdd(boolean localOnly) {
        return key == null
                ? MultiMapCodec.addEntryListener(name, includeValue, localOnly)
                : MultiMapCodec.addEntryListenerToKey(name, key, includeValue, localOnly);
    }

    @Override
    public UUID decodeAddResponse(ClientMessage response) {
        return MapCodec.uuidResponse(response);
    }

    @Override
    public ClientMessage encodeRemove(UUID registrationId) {
        return MultiMapCodec.removeEntryListener(name, registrationId);
    }
}
