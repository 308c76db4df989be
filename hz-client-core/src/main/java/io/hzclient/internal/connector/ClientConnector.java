package io.hzclient.internal.connector;

import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.connection.ConnectionOpener;
import io.hzclient.internal.discovery.AddressTranslator;
import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.listener.ClientListenerService;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Connects the client to the cluster and keeps it connected. Builds the parts that do it, each given what it uses,
 * in an order where each part's collaborators exist before it: {@link ClusterViewListener} (the member and partition
 * lists), {@link ConnectionAdmission} and {@link ConnectionLoss} (what joins and leaves with a connection),
 * {@link ConnectionEstablisher} (open, authenticate, admit), {@link MemberConnector} (a connection per member),
 * {@link ClusterConnector} (the connect and reconnect loop) and {@link HeartbeatChecker}.
 *
 * <p>Two needs go against that order, as the connection life cycle loops: a members view makes the member connector
 * connect, and the loss of the last connection makes the cluster connector reconnect. The parts that report these
 * are built first and report to this class's {@link #membersViewed} and {@link #allConnectionsLost}, which hand them
 * on; nothing reports before {@link #start}.
 */
public final class ClientConnector {
    private final ClientConfig config;
    private final ConnectionState state;
    private final ConnectionOpener opener;
    private final ConnectorThread connectorThread = new ConnectorThread();
    private final MemberConnector memberConnector;
    private final ClusterConnector clusterConnector;
    private final HeartbeatChecker heartbeats;
    private final Authenticator authenticator;

    /**
     * @param opener         opens the TCP connections (its event loops are shut down with this connector)
     * @param state          the registry and connection state that the invocation layer routes by
     * @param shutdownClient shuts the client down when the connector gives up (reconnect mode OFF, or no cluster
     *                       within the cluster connect timeout in the background)
     * @param credentialsSerializer serializes a custom credentials object (the client's serialization service)
     */
    public ClientConnector(ClientConfig config, UUID clientUuid, String clientName, ConnectionOpener opener,
                           ConnectionState state, ClientInvocationService invocations,
                           ClientListenerService listeners, ClusterService cluster, PartitionTable partitions,
                           Runnable shutdownClient, Function<Object, byte[]> credentialsSerializer) {
        this.config = config;
        this.state = state;
        this.opener = opener;
        ConnectionCalls calls = invocations::invokeOnConnection;
        AddressTranslator translator = AddressTranslator.forConfig(config, cluster::getMembers);
        MemberRefusals refusals = new MemberRefusals();
        ClusterViewListener view =
                new ClusterViewListener(calls, cluster, partitions, state.registry(), refusals, this::membersViewed);
        ConnectionAdmission admission = new ConnectionAdmission(state, new AnnouncementCheck(refusals, partitions),
                calls, config.backupAckToClient() && config.smartRouting(), view, listeners);
        ConnectionLoss loss = new ConnectionLoss(state, invocations::connectionClosed, listeners, view,
                this::allConnectionsLost);
        this.authenticator = new Authenticator(config, clientUuid, clientName, calls, connectorThread.asExecutor(),
                credentialsSerializer);
        ConnectionEstablisher establisher =
                new ConnectionEstablisher(opener, authenticator, admission, loss, connectorThread, translator);
        this.memberConnector = new MemberConnector(config, establisher, state, cluster, refusals, connectorThread,
                translator);
        this.clusterConnector = new ClusterConnector(config, establisher, state, cluster, refusals, connectorThread,
                shutdownClient, translator);
        this.heartbeats = new HeartbeatChecker(config, state.registry(), calls, connectorThread);
    }

    /**
     * Connects (or, with async start, starts connecting in the background) and starts the periodic checks. A
     * waiting start returns once connected, with the member list (or after twice the connection timeout without
     * it) and a connection to every member (or after the connection timeout).
     */
    public void start() {
        authenticator.prepare();
        heartbeats.start();
        memberConnector.start();
        if (config.asyncStart()) {
            clusterConnector.connectInBackground(true);
            return;
        }
        clusterConnector.connect(true);
        state.awaitMemberList(config.connectionTimeout().toMillis() * 2);
        memberConnector.awaitAllMembersConnected();
    }

    private void membersViewed(Set<Member> members) {
        memberConnector.membersChanged(members);
        state.memberListArrived();
    }

    private void allConnectionsLost() {
        clusterConnector.connectionsLost();
    }

    /**
     * Why connecting in the background gave up and shut the client down.
     *
     * @return the exception it gave up with (a member refused the client, the cluster connect timeout passed, cloud
     *         discovery refused), or null if it has not given up
     */
    public RuntimeException gaveUpCause() {
        return clusterConnector.gaveUpCause();
    }

    /** Closes every connection and stops the connector's threads and the event loops; calls in flight fail. */
    public void shutdown() {
        state.deactivate();
        state.registry().all().forEach(c -> c.close("the client is shutting down"));
        connectorThread.shutdown();
        clusterConnector.shutdown();
        opener.shutdown();
    }
}
