package io.hzclient.internal.connector;

import io.hzclient.Member;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the cluster view listener on exactly one live connection: the first admitted, then another whenever that
 * one closes. Each new registration takes the next view whatever its version (the cluster may have restarted).
 */
final class ClusterViewListener {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterViewListener.class);

    private final ConnectionCalls calls;
    private final ClusterService cluster;
    private final PartitionTable partitions;
    private final ConnectionRegistry registry;
    private final ClusterViewEvents events;
    private volatile Connection viewConnection;

    /** {@code onMembersView} is told the member list after each members view taken. */
    ClusterViewListener(ConnectionCalls calls, ClusterService cluster, PartitionTable partitions,
                        ConnectionRegistry registry, MemberRefusals refusals, Consumer<Set<Member>> onMembersView) {
        this.calls = calls;
        this.cluster = cluster;
        this.partitions = partitions;
        this.registry = registry;
        this.events = new ClusterViewEvents(cluster, partitions, refusals, onMembersView);
    }

    /** A connection was admitted: it carries the view if no live connection does. */
    void connectionAdded(Connection connection) {
        Connection current = viewConnection;
        if (current == null || !current.isAlive()) {
            listenOn(connection);
        }
    }

    /** A connection closed: if it carried the view, another one takes it over. */
    void connectionRemoved(Connection connection) {
        if (connection != viewConnection) {
            return;
        }
        viewConnection = null;
        Connection other = registry.anyConnection();
        if (other != null) {
            listenOn(other);
        }
    }

    private void listenOn(Connection connection) {
        viewConnection = connection;
        cluster.reset();
        partitions.reset();
        calls.invoke(ClientCodec.addClusterViewListener(), connection, event -> events.handle(connection, event))
                .exceptionally(e -> {
                    LOG.warn("Could not listen to the cluster view on {}: {}", connection, e.toString());
                    return null;
                });
        // A new cluster assigns partitions on first use only; until then keyed calls would take an extra hop.
        calls.invoke(ClientCodec.triggerPartitionAssignment(), connection, null).exceptionally(e -> null);
    }
}
