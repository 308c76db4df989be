package io.hzclient.internal.connector;

import io.hzclient.ClientNotActiveException;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.codec.ClientCodec.AuthenticationResult;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.listener.ClientListenerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an authenticated connection into use, on the connector thread: registered as its member's connection
 * (unless one is live already), the client connected, backup acks asked for, the cluster view listened to if no
 * connection carries it, and every listener registered there.
 */
final class ConnectionAdmission {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionAdmission.class);

    private final ConnectionState state;
    private final AnnouncementCheck announcements;
    private final ConnectionCalls calls;
    private final boolean backupAcks;
    private final ClusterViewListener view;
    private final ClientListenerService listeners;

    ConnectionAdmission(ConnectionState state, AnnouncementCheck announcements, ConnectionCalls calls,
                        boolean backupAcks, ClusterViewListener view, ClientListenerService listeners) {
        this.state = state;
        this.announcements = announcements;
        this.calls = calls;
        this.backupAcks = backupAcks;
        this.view = view;
        this.listeners = listeners;
    }

    /** The connection to use for the member: this one, or the live one it already had (this one is then closed). */
    Connection admit(Connection connection, AuthenticationResult auth) {
        if (!state.isClientActive()) {
            throw new ClientNotActiveException("the client was shut down while authenticating");
        }
        announcements.check(connection, auth);
        Connection kept = state.registry().add(connection, auth.memberUuid());
        if (kept != connection) {
            connection.close("a connection to this member exists already");
            return kept;
        }
        state.connectionAdmitted(auth.clusterId());
        LOG.info("Authenticated with server {}:{}, server version: {}, local address: {}", connection.address(),
                auth.memberUuid(), auth.serverVersion(), connection.localAddress());
        if (backupAcks) {
            calls.invoke(ClientCodec.localBackupListener(), connection, null).exceptionally(e -> {
                LOG.warn("Could not register for backup acks on {}: {}", connection, e.toString());
                return null;
            });
        }
        view.connectionAdded(connection);
        listeners.connectionAdded(connection);
        return connection;
    }
}
