package io.hzclient.internal.connector;

import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.protocol.ClientMessage;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the connector asks of the invocation layer: a call on one given connection, never elsewhere
 * (authentication, pings, the cluster view and backup-ack registrations).
 */
@FunctionalInterface
interface ConnectionCalls {

    /** Later events of the call (same correlation id) go to {@code events} when it is not null. */
    CompletableFuture<ClientMessage> invoke(ClientMessage request, Connection connection, Consumer<ClientMessage> events);
}
