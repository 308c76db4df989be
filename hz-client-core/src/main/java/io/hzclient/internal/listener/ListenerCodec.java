package io.hzclient.internal.listener;

import io.hzclient.internal.protocol.ClientMessage;

import java.util.UUID;

/** The three messages a listener needs: add (local only or cluster wide), its answer, and remove. */
public interface ListenerCodec {

    ClientMessage encodeAdd(boolean localOnly);

    /** The server-side registration id from the add response. */
    UUID decodeAddResponse(ClientMessage response);

    ClientMessage encodeRemove(UUID serverRegistrationId);
}
