package io.hzclient.internal.connector;

import io.hzclient.Member;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.cluster.RefusedAnnouncementException;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.protocol.ClientMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.function.Consumer;

/**
 * The events of the cluster view listener, on the event loop of the connection that carries it: each view is checked
 * and applied (both are cheap; listener calls go to their own executor). A view that breaks a rule is not applied,
 * the client keeps its last good one, and the member that sent it is refused.
 */
final class ClusterViewEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterViewEvents.class);

    private final ClusterService cluster;
    private final PartitionTable partitions;
    private final MemberRefusals refusals;
    private final Consumer<Set<Member>> onMembersView;

    /** {@code onMembersView} is told the member list after each members view taken. */
    ClusterViewEvents(ClusterService cluster, PartitionTable partitions, MemberRefusals refusals,
                      Consumer<Set<Member>> onMembersView) {
        this.cluster = cluster;
        this.partitions = partitions;
        this.refusals = refusals;
        this.onMembersView = onMembersView;
    }

    void handle(Connection connection, ClientMessage event) {
        if (connection.closeReason() != null) {
            return; // closed, maybe refused: what it still sends is not taken
        }
        String what = "view";
        try {
            switch (event.messageType()) {
                case ClientCodec.MEMBERS_VIEW_EVENT -> {
                    what = "members view";
                    ClientCodec.MembersView view = decodeMembersView(event);
                    what = "members view version " + view.version();
                    cluster.apply(view.version(), view.members());
                    onMembersView.accept(cluster.getMembers());
                }
                case ClientCodec.PARTITIONS_VIEW_EVENT -> {
                    what = "partitions view";
                    ClientCodec.PartitionsView view = ClientCodec.decodePartitionsView(event);
                    what = "partitions view version " + view.version();
                    partitions.apply(view.version(), view.partitions(), uuid -> cluster.member(uuid) != null);
                }
                default -> LOG.debug("Cluster view event 0x{} not used", Integer.toHexString(event.messageType()));
            }
        } catch (RefusedAnnouncementException e) {
            refusals.refuse(connection, connection.memberUuid(),
                    "its " + what + " " + e.getMessage() + " (not applied: the client keeps its last good view)");
        }
    }

    /** A member address out of range (empty host, port outside 1..65535) fails the decoding: a refused view too. */
    private static ClientCodec.MembersView decodeMembersView(ClientMessage event) {
        try {
            return ClientCodec.decodeMembersView(event);
        } catch (IllegalArgumentException e) {
            throw new RefusedAnnouncementException("lists a bad address: " + e.getMessage());
        }
    }
}
