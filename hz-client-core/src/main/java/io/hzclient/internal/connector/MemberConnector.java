package io.hzclient.internal.connector;

import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import io.hzclient.internal.discovery.AddressTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.hzclient.internal.connector.ConnectionEstablisher.describe;

/**
 * With smart routing, keeps a connection to every member: connects to newcomers as the member list changes, and
 * every second to any member still without one; closes the connection of a member that left. Unisocket clients
 * keep their one connection and this does nothing.
 */
final class MemberConnector {
    private static final Logger LOG = LoggerFactory.getLogger(MemberConnector.class);

    /** Connections being opened to members, so a second caller waits for the same attempt. */
    private final Map<UUID, CompletableFuture<Connection>> connecting = new ConcurrentHashMap<>();
    private final ClientConfig config;
    private final ConnectionEstablisher establisher;
    private final ConnectionState state;
    private final ClusterService cluster;
    private final MemberRefusals refusals;
    private final ConnectorThread connectorThread;
    private final AddressTranslator translator;

    MemberConnector(ClientConfig config, ConnectionEstablisher establisher, ConnectionState state,
                    ClusterService cluster, MemberRefusals refusals, ConnectorThread connectorThread,
                    AddressTranslator translator) {
        this.translator = translator;
        this.config = config;
        this.establisher = establisher;
        this.state = state;
        this.cluster = cluster;
        this.refusals = refusals;
        this.connectorThread = connectorThread;
    }

    /** Starts the check, every second, for members without a connection. */
    void start() {
        if (config.smartRouting()) {
            connectorThread.every(1000, this::connectToAllMembers);
        }
    }

    /** Members changed: connect to newcomers, drop those that left. */
    void membersChanged(Set<Member> members) {
        if (!config.smartRouting()) {
            return;
        }
        connectorThread.execute(() -> {
            Set<UUID> current = new LinkedHashSet<>();
            members.forEach(m -> current.add(m.uuid()));
            for (Connection c : state.registry().all()) {
                if (!current.contains(c.memberUuid())) {
                    c.close("the member left the cluster");
                }
            }
            connectToAllMembers();
        });
    }

    /**
     * At start, with smart routing: waits (up to the connection timeout) for a connection to every member, so that a
     * listener registered right after start is on every member and misses no event.
     */
    void awaitAllMembersConnected() {
        if (!config.smartRouting()) {
            return;
        }
        List<CompletableFuture<Connection>> attempts = connectToAllMembers();
        try {
            CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new))
                    .get(config.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.info("Not every member was reached at start; the others are tried in the background");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens a connection to each member that has none; the returned attempts complete when each ends. */
    private List<CompletableFuture<Connection>> connectToAllMembers() {
        List<CompletableFuture<Connection>> attempts = new ArrayList<>();
        if (!state.isClientActive() || !state.isConnected()) {
            return attempts;
        }
        ConnectionRegistry registry = state.registry();
        translator.newRound();
        for (Member m : cluster.getMembers()) {
            if (registry.contains(m.uuid()) || refusals.reason(m.uuid()) != null) {
                continue;
            }
            CompletableFuture<Connection> attempt = new CompletableFuture<>();
            CompletableFuture<Connection> inFlight = connecting.putIfAbsent(m.uuid(), attempt);
            if (inFlight != null) {
                attempts.add(inFlight); // start waits for it too: a listener added after start must reach m
                continue;
            }
            attempts.add(attempt);
            connectTo(m, attempt);
        }
        return attempts;
    }

    private void connectTo(Member m, CompletableFuture<Connection> attempt) {
        CompletableFuture<Connection> opened;
        try {
            opened = establisher.connect(m.address());
        } catch (RuntimeException e) {
            opened = CompletableFuture.failedFuture(e);
        }
        opened.whenComplete((c, e) -> {
            connecting.remove(m.uuid(), attempt);
            if (e != null) {
                LOG.debug("Could not connect to member {}: {}", m, describe(e));
                attempt.completeExceptionally(e);
            } else {
                attempt.complete(c);
            }
        });
    }
}
