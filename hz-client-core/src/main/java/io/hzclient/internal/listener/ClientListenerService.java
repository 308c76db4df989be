package io.hzclient.internal.listener;

import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.protocol.ClientMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps every listener registered on the cluster. Smart routing registers on each member with local-only events;
 * unisocket registers once, cluster wide, on its one connection. A new or restored connection gets every
 * listener again, so listeners survive member restarts and reconnects. Each registration's events run on a lane of
 * its own ({@link OrderedExecutor#newLane}): in order, and never behind another listener's.
 */
public final class ClientListenerService implements ListenerService {
    private static final Logger LOG = LoggerFactory.getLogger(ClientListenerService.class);

    private final Map<UUID, Registration> registrations = new ConcurrentHashMap<>();
    private final ClientInvocationService invocations;
    private final OrderedExecutor events;
    private final Supplier<List<Connection>> liveConnections;
    private final boolean smart;

    public ClientListenerService(ClientInvocationService invocations, OrderedExecutor events,
                                 Supplier<List<Connection>> liveConnections, boolean smartRouting) {
        this.invocations = invocations;
        this.events = events;
        this.liveConnections = liveConnections;
        this.smart = smartRouting;
    }

    /** Gauge: listeners registered now. */
    public int count() {
        return registrations.size();
    }

    @Override
    public CompletableFuture<UUID> register(ListenerCodec codec, Consumer<ClientMessage> eventHandler) {
        UUID id = UUID.randomUUID();
        Executor lane = events.newLane("listener " + id);
        Registration reg = new Registration(id, codec, event -> lane.execute(() -> deliver(eventHandler, event)));
        registrations.put(id, reg);
        List<Connection> targets = liveConnections.get();
        if (!smart && !targets.isEmpty()) {
            targets = targets.subList(0, 1);
        }
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Connection c : targets) {
            all.add(registerOn(c, reg));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        deregister(id);
                    }
                })
                .thenApply(ok -> id);
    }

    private static void deliver(Consumer<ClientMessage> handler, ClientMessage event) {
        try {
            handler.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("A listener threw while handling an event; it stays registered", e);
        }
    }

    private CompletableFuture<Void> registerOn(Connection connection, Registration reg) {
        ClientMessage request = reg.codec.encodeAdd(smart);
        return invocations.invokeOnConnection(request, connection, reg.handler).thenAccept(response -> {
            UUID serverId = reg.codec.decodeAddResponse(response);
            reg.active.put(connection, new Active(request.correlationId(), serverId));
            if (!registrations.containsKey(reg.id)) { // deregistered while this was on its way
                removeFrom(connection, reg);
            }
        });
    }

    @Override
    public CompletableFuture<Boolean> deregister(UUID registrationId) {
        Registration reg = registrations.remove(registrationId);
        if (reg == null) {
            return CompletableFuture.completedFuture(false);
        }
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (Connection c : new ArrayList<>(reg.active.keySet())) {
            all.add(removeFrom(c, reg));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((ok, e) -> true);
    }

    private CompletableFuture<?> removeFrom(Connection connection, Registration reg) {
        Active active = reg.active.remove(connection);
        if (active == null) {
            return CompletableFuture.completedFuture(null);
        }
        invocations.removeEventHandler(active.correlationId);
        if (!connection.isAlive()) {
            return CompletableFuture.completedFuture(null);
        }
        return invocations.invokeOnConnection(reg.codec.encodeRemove(active.serverId), connection, null)
                .exceptionally(e -> {
                    LOG.debug("Could not remove a listener from {}: {}", connection, e.toString());
                    return null;
                });
    }

    /** A new authenticated connection: every listener is registered there too (unisocket: if it has none). */
    public void connectionAdded(Connection connection) {
        for (Registration reg : registrations.values()) {
            if (smart || reg.active.keySet().stream().noneMatch(Connection::isAlive)) {
                registerOn(connection, reg).exceptionally(e -> {
                    LOG.warn("Could not register a listener on {}: {}", connection, e.toString());
                    return null;
                });
            }
        }
    }

    public void connectionRemoved(Connection connection) {
        for (Registration reg : registrations.values()) {
            Active active = reg.active.remove(connection);
            if (active != null) {
                invocations.removeEventHandler(active.correlationId);
            }
        }
        if (!smart) {
            liveConnections.get().stream().findFirst().ifPresent(this::connectionAdded);
        }
    }

    private record Registration(UUID id, ListenerCodec codec, Consumer<ClientMessage> handler,
                                Map<Connection, Active> active) {
        Registration(UUID id, ListenerCodec codec, Consumer<ClientMessage> handler) {
            this(id, codec, handler, new ConcurrentHashMap<>());
        }
    }

    private record Active(long correlationId, UUID serverId) {
    }
}
