package io.hzclient.internal.connector;

import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import io.hzclient.internal.listener.ClientListenerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * What a closed connection leaves behind, on the connector thread: its calls fail over, it leaves the registry and
 * the listeners, another connection takes the cluster view, and the last one's loss disconnects the client.
 */
final class ConnectionLoss {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLoss.class);

    private final ConnectionState state;
    private final BiConsumer<Connection, String> failCalls;
    private final ClientListenerService listeners;
    private final ClusterViewListener view;
    private final Runnable allConnectionsLost;

    /**
     * @param failCalls          fails over (or fails) the calls waiting on the connection, given the close reason
     * @param allConnectionsLost runs after the last connection closed and the client is disconnected
     */
    ConnectionLoss(ConnectionState state, BiConsumer<Connection, String> failCalls, ClientListenerService listeners,
                   ClusterViewListener view, Runnable allConnectionsLost) {
        this.state = state;
        this.failCalls = failCalls;
        this.listeners = listeners;
        this.view = view;
        this.allConnectionsLost = allConnectionsLost;
    }

    void closed(Connection connection) {
        String reason = connection.closeReason() != null ? connection.closeReason() : "closed by the member";
        failCalls.accept(connection, reason);
        ConnectionRegistry registry = state.registry();
        UUID member = connection.memberUuid();
        if (!registry.remove(connection)) {
            return; // never admitted, or replaced: nothing else knew it
        }
        LOG.info("Removed connection to {}:{}, reason: {}", connection.address(), member, reason);
        listeners.connectionRemoved(connection);
        if (!state.isClientActive()) {
            return;
        }
        view.connectionRemoved(connection);
        if (registry.isEmpty()) {
            state.disconnected(connection, reason);
            allConnectionsLost.run();
        }
    }
}
