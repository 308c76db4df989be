package io.hzclient.internal.connection;

import io.hzclient.AuthenticationException;
import io.hzclient.ClientNotActiveException;
import io.hzclient.ClusterConnectException;
import io.hzclient.LifecycleState;
import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ConnectionRetryConfig;
import io.hzclient.config.MemberAddress;
import io.hzclient.config.ReconnectMode;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.cluster.RefusedAnnouncementException;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.codec.ClientCodec.AuthenticationResult;
import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.invocation.ConnectionLookup;
import io.hzclient.internal.lifecycle.LifecycleService;
import io.hzclient.internal.listener.ClientListenerService;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.ClientMessageDecoder;
import io.hzclient.internal.protocol.ClientMessageEncoder;
import io.hzclient.loadbalancer.LoadBalancer;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.FastThreadLocalThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.internal.listener.OrderedExecutor.daemonThreads;

/**
 * Owns the connections: reaches the cluster (with backoff, within the cluster connect timeout), authenticates,
 * keeps one connection per member (smart routing) or one in all (unisocket), watches heartbeats, and reconnects
 * as the reconnect mode says. Connection work runs on one "connector" thread, never on the event loop.
 *
 * <p>Longer than most classes here because the connection life cycle is one state machine; splitting it would
 * spread its state over several classes.
 */
public final class ConnectionManager implements ConnectionLookup {
    private static final String NETTY_JFR = "io.netty.jfr.enabled";
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManager.class);

    static {
        // Where JFR is available, Netty reports buffer allocations to it, and its first report initializes JFR's
        // event machinery: 100 to 300 ms of the client's start in every JVM, recording or not. Off unless the
        // application says otherwise (-Dio.netty.jfr.enabled=true); read once, when Netty first loads.
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
    }
    private static final String CLIENT_TYPE = "JVM";

    private final Map<UUID, Connection> byMember = new ConcurrentHashMap<>();
    /** Connections being opened to members, so a second caller waits for the same attempt. */
    private final Map<UUID, CompletableFuture<Connection>> connecting = new ConcurrentHashMap<>();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final ClientConfig config;
    private final UUID clientUuid;
    private final String clientName;
    private final LifecycleService lifecycle;
    private final ClusterService cluster;
    private final PartitionTable partitions;
    private final LoadBalancer loadBalancer;
    private final ScheduledExecutorService scheduler;
    /** Short, non-blocking connection work: authentication results, closed connections, member changes. */
    private final ExecutorService connector = Executors.newSingleThreadExecutor(daemonThreads("hz.client.connector"));
    /** The blocking loop that reaches the cluster in the background (async start, reconnect). */
    private final ExecutorService clusterConnector =
            Executors.newSingleThreadExecutor(daemonThreads("hz.client.cluster-connector"));
    private final EventLoopGroup group;
    private final Runnable shutdownClient;
    private final ClientCounters counters;
    private final MemberRefusals refusals = new MemberRefusals();
    private final ClusterViewEvents clusterViewEvents;
    private ClientInvocationService invocations;
    private ClientListenerService listeners;
    private Runnable onNewCluster = () -> { };

    private volatile boolean active = true;
    private volatile boolean connectedOnce;
    private volatile boolean connected;
    private volatile UUID clusterId;
    private volatile Connection clusterViewConnection;
    private volatile CompletableFuture<Void> initialView = new CompletableFuture<>();
    /** Reconnects in a row whose connection died within a second: each waits longer, so a bad peer is no busy loop. */
    private volatile int quickDrops;
    private volatile long connectedSinceNanos;

    public ConnectionManager(ClientConfig config, UUID clientUuid, String clientName, LifecycleService lifecycle,
                             ClusterService cluster, PartitionTable partitions, LoadBalancer loadBalancer,
                             ScheduledExecutorService scheduler, ClientCounters counters, Runnable shutdownClient) {
        this.counters = counters;
        this.config = config;
        this.clientUuid = clientUuid;
        this.clientName = clientName;
        this.lifecycle = lifecycle;
        this.cluster = cluster;
        this.partitions = partitions;
        this.loadBalancer = loadBalancer;
        this.scheduler = scheduler;
        this.shutdownClient = shutdownClient;
        this.clusterViewEvents = new ClusterViewEvents(cluster, partitions, refusals, () -> initialView.complete(null));
        this.group = new MultiThreadIoEventLoopGroup(Math.min(2, Runtime.getRuntime().availableProcessors()),
                ioThreads("hz.client.io"), NioIoHandler.newFactory());
    }

    /**
     * Netty's own thread type: its buffer pools and object recyclers keep per-thread caches only on such threads
     * (on a plain thread every socket read allocates its buffer objects anew).
     */
    private static ThreadFactory ioThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new FastThreadLocalThread(r, n.getAndIncrement() == 0 ? name : name + "-" + n.get());
            t.setDaemon(true);
            return t;
        };
    }

    /** Wires the services that need this one first. */
    public void init(ClientInvocationService invocations, ClientListenerService listeners, Runnable onNewCluster) {
        this.invocations = invocations;
        this.listeners = listeners;
        this.onNewCluster = onNewCluster;
    }

    /** Connects (waiting, or in the background with async start) and starts the periodic checks. */
    public void start() {
        long heartbeatCheck = Math.max(100, config.heartbeatInterval().toMillis() / 2);
        scheduler.scheduleWithFixedDelay(this::checkHeartbeats, heartbeatCheck, heartbeatCheck, TimeUnit.MILLISECONDS);
        if (config.smartRouting()) {
            scheduler.scheduleWithFixedDelay(() -> onConnector(this::connectToAllMembers), 1, 1, TimeUnit.SECONDS);
        }
        if (config.asyncStart()) {
            clusterConnector.execute(() -> connectInBackground(true));
            return;
        }
        connectToCluster(true);
        awaitInitialView();
        awaitAllMembersConnected();
    }

    /**
     * Waits (up to twice the connection timeout) for a member list. A connection lost or refused before its list came
     * fails the future it was awaited on; the reconnect that follows may still bring one in time.
     */
    private void awaitInitialView() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.connectionTimeout().toMillis() * 2);
        while (true) {
            try {
                initialView.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                LOG.warn("The member list did not arrive in time; calls go to any member until it does");
                return;
            } catch (ExecutionException e) {
                if (!active || System.nanoTime() >= deadline) {
                    LOG.warn("No member list yet: {}", e.getCause().getMessage());
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void connectInBackground(boolean initial) {
        try {
            connectToCluster(initial);
        } catch (RuntimeException e) {
            if (active) {
                LOG.error("Giving up on the cluster, shutting the client down: {}", e.getMessage());
                shutdownClient.run();
            }
        }
    }

    /** Tries every known address, round after round with backoff, until one connection is authenticated. */
    private void connectToCluster(boolean initial) {
        ConnectionRetryConfig retry = config.connectionRetry();
        Duration timeout = retry.clusterConnectTimeout();
        long start = System.nanoTime();
        Map<MemberAddress, String> lastErrors = new LinkedHashMap<>();
        for (int round = 0; ; round++) {
            AuthenticationException refused = null;
            for (MemberAddress address : candidateAddresses()) {
                if (!active) {
                    throw new ClientNotActiveException("the client was shut down while connecting");
                }
                LOG.info("Trying to connect to {}", address);
                try {
                    connect(address).get(config.connectionTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    lastErrors.put(address, describe(cause));
                    LOG.info("Could not connect to {}: {}", address, describe(cause));
                    if (cause instanceof AuthenticationException ae) {
                        refused = ae;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClusterConnectException("interrupted while connecting to the cluster", e);
                }
            }
            if (refused != null && initial) {
                throw refused; // a wrong cluster name does not heal by waiting
            }
            long waitMs = Backoff.waitMillis(retry, round, ThreadLocalRandom.current().nextDouble());
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (timeout != null && elapsedMs + waitMs > timeout.toMillis()) {
                throw new ClusterConnectException("Could not connect to cluster '" + config.clusterName()
                        + "' within the cluster connect timeout of " + timeout.toMillis() + " ms. Tried: "
                        + lastErrors.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
            }
            LOG.info("No member of cluster '{}' reachable; next try in {} ms", config.clusterName(), waitMs);
            sleep(waitMs);
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof TimeoutException) {
            return "no answer in time";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientNotActiveException("interrupted while waiting to reconnect");
        }
    }

    /** Members the client last knew (but those it refused), then the configured addresses. */
    private List<MemberAddress> candidateAddresses() {
        Set<MemberAddress> result = new LinkedHashSet<>();
        cluster.getMembers().forEach(m -> {
            if (refusals.reason(m.uuid()) == null) {
                result.add(m.address());
            }
        });
        result.addAll(config.memberAddresses());
        return new ArrayList<>(result);
    }

    /** Opens, sends the preamble, and authenticates. Completes with the connection or the reason it failed. */
    CompletableFuture<Connection> connect(MemberAddress address) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        InboundHandler handler = new InboundHandler(invocations);
        Bootstrap bootstrap = new Bootstrap().group(group).channelFactory(WriteThroughSocketChannel::new)
                .option(ChannelOption.TCP_NODELAY, true)
                // pooled buffers keep their NIO view: the adaptive default makes a new one for every socket read
                .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.connectionTimeout().toMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ClientMessageDecoder(config.maxMessageSize(),
                                        ClientMessageDecoder.DEFAULT_MAX_PENDING_FRAGMENTED),
                                ClientMessageEncoder.INSTANCE, handler);
                    }
                });
        bootstrap.connect(address.host(), address.port()).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
                return;
            }
            Connection connection = new Connection(connectionIds.getAndIncrement(), f.channel(), address, counters);
            handler.connection(connection);
            f.channel().closeFuture().addListener(x -> onConnector(() -> connectionClosed(connection)));
            authenticate(connection).whenComplete((c, failure) -> {
                if (failure != null) {
                    connection.close("authentication failed: " + describe(failure));
                    result.completeExceptionally(failure);
                } else {
                    result.complete(c);
                }
            });
        });
        return result;
    }

    /** Runs connection work on the connector thread; after shutdown there is none left to do. */
    private void onConnector(Runnable task) {
        try {
            connector.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Connection work dropped: the client is shut down");
        }
    }

    private CompletableFuture<Connection> authenticate(Connection connection) {
        ClientMessage request = ClientCodec.authentication(config.clusterName(), null, null, clientUuid, CLIENT_TYPE,
                clientName, config.labels(), config.smartRouting());
        return invocations.invokeOnConnection(request, connection, null)
                .orTimeout(config.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .thenApplyAsync(response -> authenticated(connection, ClientCodec.decodeAuthentication(response)),
                        connector);
    }

    private Connection authenticated(Connection connection, AuthenticationResult auth) {
        switch (auth.status()) {
            case 0 -> {
            }
            case 1 -> throw new AuthenticationException("The member at " + connection.address()
                    + " refused the client: cluster name '" + config.clusterName()
                    + "' is not the member's cluster name, or the credentials are wrong");
            case 2 -> throw new AuthenticationException("The member at " + connection.address()
                    + " refused the client: serialization version " + 1 + " is not the member's");
            case 3 -> throw new AuthenticationException("The member at " + connection.address()
                    + " refused the client: the cluster does not allow it (client filtering or blue/green)");
            default -> throw new AuthenticationException("The member at " + connection.address()
                    + " refused the client with unknown status " + auth.status());
        }
        if (!active) {
            throw new ClientNotActiveException("the client was shut down while authenticating");
        }
        checkAnnouncement(connection, auth);
        connection.memberUuid(auth.memberUuid());
        Connection existing = byMember.putIfAbsent(auth.memberUuid(), connection);
        if (existing != null && existing.isAlive()) {
            connection.close("a connection to this member exists already");
            return existing;
        } else if (existing != null) {
            byMember.put(auth.memberUuid(), connection);
        }
        if (!connected) {
            boolean newCluster = clusterId != null && !clusterId.equals(auth.clusterId());
            clusterId = auth.clusterId();
            if (connectedOnce) {
                counters.reconnects.increment();
            }
            connected = true;
            connectedOnce = true;
            connectedSinceNanos = System.nanoTime();
            if (newCluster) {
                LOG.info("Connected to a new cluster {} (was another before): state the old cluster held is reset",
                        auth.clusterId());
                onNewCluster.run();
            }
            lifecycle.fire(LifecycleState.CONNECTED);
        }
        LOG.info("Authenticated with server {}:{}, server version: {}, local address: {}", connection.address(),
                auth.memberUuid(), auth.serverVersion(), connection.localAddress());
        if (config.backupAckToClient() && config.smartRouting()) {
            invocations.invokeOnConnection(ClientCodec.localBackupListener(), connection, null)
                    .exceptionally(e -> {
                        LOG.warn("Could not register for backup acks on {}: {}", connection, e.toString());
                        return null;
                    });
        }
        Connection viewConnection = clusterViewConnection;
        if (viewConnection == null || !viewConnection.isAlive()) {
            listenToClusterView(connection);
        }
        listeners.connectionAdded(connection);
        return connection;
    }

    /**
     * Refuses a member whose UUID or partition count cannot be taken, or that was refused before, before its
     * connection is used for anything: the refusal fails this connection attempt like an unreachable address would.
     */
    private void checkAnnouncement(Connection connection, AuthenticationResult auth) {
        String earlier = refusals.reason(auth.memberUuid());
        if (earlier != null) {
            throw new RefusedAnnouncementException("member " + auth.memberUuid() + " was refused before: " + earlier);
        }
        try {
            if (auth.memberUuid() == null) {
                throw new RefusedAnnouncementException("its authentication announced no member UUID");
            }
            partitions.fixPartitionCount(auth.partitionCount());
        } catch (RefusedAnnouncementException e) {
            refusals.refuse(connection, auth.memberUuid(), e.getMessage());
            throw e;
        }
    }

    private void listenToClusterView(Connection connection) {
        clusterViewConnection = connection;
        cluster.reset();
        partitions.reset();
        invocations.invokeOnConnection(ClientCodec.addClusterViewListener(), connection,
                        event -> clusterViewEvents.handle(connection, event))
                .exceptionally(e -> {
                    LOG.warn("Could not listen to the cluster view on {}: {}", connection, e.toString());
                    return null;
                });
        // A new cluster assigns partitions on first use only; until then keyed calls would take an extra hop.
        invocations.invokeOnConnection(ClientCodec.triggerPartitionAssignment(), connection, null)
                .exceptionally(e -> null);
    }

    /** Members changed: connect to newcomers, drop those that left. */
    public void membersChanged(Set<Member> members) {
        if (!config.smartRouting()) {
            return;
        }
        onConnector(() -> {
            Set<UUID> current = new LinkedHashSet<>();
            members.forEach(m -> current.add(m.uuid()));
            byMember.forEach((uuid, c) -> {
                if (!current.contains(uuid)) {
                    c.close("the member left the cluster");
                }
            });
            connectToAllMembers();
        });
    }

    /** Opens a connection to each member that has none; the returned attempts complete when each ends. */
    private List<CompletableFuture<Connection>> connectToAllMembers() {
        List<CompletableFuture<Connection>> attempts = new ArrayList<>();
        if (!active || !connected) {
            return attempts;
        }
        for (Member m : cluster.getMembers()) {
            if (byMember.containsKey(m.uuid()) || refusals.reason(m.uuid()) != null) {
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
            opened = connect(m.address());
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

    /**
     * At start, with smart routing: waits (up to the connection timeout) for a connection to every member, so that a
     * listener registered right after start is on every member and misses no event.
     */
    private void awaitAllMembersConnected() {
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

    private void connectionClosed(Connection connection) {
        String reason = connection.closeReason() != null ? connection.closeReason() : "closed by the member";
        invocations.connectionClosed(connection, reason);
        UUID uuid = connection.memberUuid();
        if (uuid == null || !byMember.remove(uuid, connection)) {
            return;
        }
        LOG.info("Removed connection to {}:{}, reason: {}", connection.address(), uuid, reason);
        listeners.connectionRemoved(connection);
        if (!active) {
            return;
        }
        if (connection == clusterViewConnection) {
            clusterViewConnection = null;
            Connection other = anyConnection();
            if (other != null) {
                listenToClusterView(other);
            }
        }
        if (byMember.isEmpty()) {
            connected = false;
            CompletableFuture<Void> lostView = initialView;
            initialView = new CompletableFuture<>(); // replaced before the old one fails: its waiter takes the new one
            lostView.completeExceptionally(new ClusterConnectException("the connection to " + connection.address()
                    + " was closed before its member list came (" + reason + ")"));
            lifecycle.fire(LifecycleState.DISCONNECTED);
            if (config.reconnectMode() == ReconnectMode.OFF) {
                LOG.info("Reconnect mode is OFF: shutting the client down");
                scheduler.execute(shutdownClient);
            } else {
                boolean quick = System.nanoTime() - connectedSinceNanos < TimeUnit.SECONDS.toNanos(1);
                quickDrops = quick ? quickDrops + 1 : 0;
                long delay = quickDrops == 0 ? 0
                        : Backoff.waitMillis(config.connectionRetry(), quickDrops - 1, ThreadLocalRandom.current().nextDouble());
                if (delay > 0) {
                    LOG.info("The connection lasted under a second; reconnecting in {} ms", delay);
                }
                scheduler.schedule(() -> clusterConnector.execute(() -> connectInBackground(false)), delay,
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    private void checkHeartbeats() {
        long now = System.nanoTime();
        long timeout = config.heartbeatTimeout().toNanos();
        long interval = config.heartbeatInterval().toNanos();
        for (Connection c : byMember.values()) {
            if (now - c.lastReadNanos() > timeout) {
                LOG.warn("Heartbeat failed over connection {}: nothing read for {} ms", c,
                        TimeUnit.NANOSECONDS.toMillis(now - c.lastReadNanos()));
                c.close("heartbeat timeout: nothing read for " + config.heartbeatTimeout().toMillis() + " ms");
            } else if (now - c.lastWriteNanos() > interval) {
                invocations.invokeOnConnection(ClientCodec.ping(), c, null).exceptionally(e -> null);
            }
        }
    }

    public List<Connection> liveConnections() {
        List<Connection> result = new ArrayList<>();
        byMember.values().forEach(c -> {
            if (c.isAlive()) {
                result.add(c);
            }
        });
        return result;
    }

    @Override
    public Connection connectionTo(UUID memberUuid) {
        Connection c = byMember.get(memberUuid);
        return c != null && c.isAlive() ? c : null;
    }

    @Override
    public Connection anyConnection() {
        if (config.smartRouting()) {
            Member m = loadBalancer.next();
            Connection c = m == null ? null : connectionTo(m.uuid());
            if (c != null) {
                return c;
            }
        }
        for (Connection c : byMember.values()) {
            if (c.isAlive()) {
                return c;
            }
        }
        return null;
    }

    @Override
    public boolean failFastWhenDisconnected() {
        return !connected && (config.reconnectMode() == ReconnectMode.ASYNC || (config.asyncStart() && !connectedOnce));
    }

    @Override
    public boolean isClientActive() {
        return active;
    }

    public boolean isConnected() {
        return connected;
    }

    /** Closes every connection and stops the threads; calls in flight fail. */
    public void shutdown() {
        active = false;
        byMember.values().forEach(c -> c.close("the client is shutting down"));
        connector.shutdownNow();
        clusterConnector.shutdownNow();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
