package io.hzclient.internal.listener;

import io.hzclient.internal.protocol.ClientMessage;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Registers listeners on the cluster: on every member (local only) when routing is smart, on the one connection
 * otherwise, and again on each new connection or after a reconnect. Events reach the handler off the event loop,
 * in order per listener.
 */
public interface ListenerService {

    /** Registers; the returned id is the client's own and stays valid across reconnects. */
    CompletableFuture<UUID> register(ListenerCodec codec, Consumer<ClientMessage> eventHandler);

    /** Deregisters from every member; false if the id was not registered. */
    CompletableFuture<Boolean> deregister(UUID registrationId);
}
