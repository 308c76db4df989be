package io.hzclient.internal.replicatedmap;

import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;

import java.util.UUID;

/** ReplicatedMap.addEntryListener (or addEntryListenerToKey when a key is given) and removeEntryListener. */
final class ReplicatedMapListenerCodec implements ListenerCodec {
    private final String name;
    private final Data key;

    ReplicatedMapListenerCodec(String name, Data key) {
        this.name = name;
        this.key = key;
    }

    @Override
    public ClientMessage encodeAdd(boolean localOnly) {
        return key == null
                ? ReplicatedMapCodec.addEntryListener(name, localOnly)
                : ReplicatedMapCodec.addEntryListenerToKey(name, key, localOnly);
    }

    @Override
    public UUID decodeAddResponse(ClientMessage response) {
        return MapCodec.uuidResponse(response);
    }

    @Override
    public ClientMessage encodeRemove(UUID registrationId) {
        return ReplicatedMapCodec.removeEntryListener(name, registrationId);
    }
}
