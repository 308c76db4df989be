package io.hzclient;

import io.hzclient.config.ClientConfig;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.ConnectionManager;
import io.hzclient.internal.flakeid.FlakeIdGeneratorProxy;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.lifecycle.LifecycleService;
import io.hzclient.internal.listener.ClientListenerService;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.listener.ListenerService;
import io.hzclient.internal.listener.OrderedExecutor;
import io.hzclient.internal.map.MapProxy;
import io.hzclient.internal.nearcache.NearCacheManager;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.pncounter.PNCounterProxy;
import io.hzclient.pncounter.PNCounter;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.ringbuffer.RingbufferProxy;
import io.hzclient.ringbuffer.Ringbuffer;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.serialization.ClusterSchemaTransport;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.internal.topic.ReliableTopicProxy;
import io.hzclient.internal.topic.TopicProxy;
import io.hzclient.topic.ReliableTopic;
import io.hzclient.topic.Topic;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.map.HzMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import static io.hzclient.internal.listener.OrderedExecutor.daemonThreads;

/**
 * A client of one Hazelcast cluster. Create it with {@link #newClient(ClientConfig)}, get distributed objects from
 * it, and close it when done:
 * <pre>{@code
 * try (HzClient client = HzClient.newClient(ClientConfig.builder().clusterName("dev").addresses("127.0.0.1:5701").build())) {
 *     HzMap<String, String> map = client.getMap("greetings");
 *     map.put("hello", "world");
 * }
 * }</pre>
 * Thread-safe; one per application is the norm.
 */
public final class HzClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HzClient.class);
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private final ClientConfig config;
    private final String name;
    private final UUID uuid = UUID.randomUUID();
    private final OrderedExecutor events;
    private final ExecutorService userExecutor;
    private final ScheduledExecutorService scheduler;
    private final LifecycleService lifecycle;
    private final SerializationService serialization;
    private final PartitionTable partitions = new PartitionTable();
    private final ClusterService cluster;
    private final ConnectionManager connections;
    private final ClientInvocationService invocations;
    private final ClientListenerService listeners;
    private final Map<String, ProxyBase> proxies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ProxyBase>> creating = new ConcurrentHashMap<>();
    private final Context context = new Context();
    private final ClientCounters counters = new ClientCounters();
    private final NearCacheManager nearCaches;
    private final AtomicBoolean shutdownStarted = new AtomicBoolean();
    private final List<Runnable> clusterChangeActions = new CopyOnWriteArrayList<>();

    private HzClient(ClientConfig config) {
        this.config = config;
        this.name = config.clientName() != null ? config.clientName() : "hz.client_" + CLIENT_IDS.getAndIncrement();
        this.events = new OrderedExecutor("hz.client.event");
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.userExecutor = Executors.newFixedThreadPool(threads, daemonThreads("hz.client.user"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("hz.client.scheduler"));
        this.lifecycle = new LifecycleService(name, events);
        config.lifecycleListeners().forEach(lifecycle::addListener);
        CompletableFuture<DefaultSerializationService> serializers = buildInBackground(config);
        ConnectionManager[] cm = new ConnectionManager[1];
        this.cluster = new ClusterService(events, members -> cm[0].membersChanged(members));
        LoadBalancer loadBalancer = config.newLoadBalancer();
        loadBalancer.init(cluster);
        this.connections = new ConnectionManager(config, uuid, name, lifecycle, cluster, partitions, loadBalancer,
                scheduler, counters, this::shutdownInBackground);
        cm[0] = connections;
        DefaultSerializationService serializationService = awaitSerializers(serializers);
        this.serialization = serializationService;
        // a call whose data has Compact schemas the cluster lacks sends them first, in its own (async) chain
        this.invocations = new ClientInvocationService(config, connections, partitions, scheduler, counters,
                serializationService.schemas());
        this.listeners = new ClientListenerService(invocations, events, connections::liveConnections,
                config.smartRouting());
        // Compact schemas go to the cluster before the data that needs them, and all again to a new cluster
        serializationService.schemas().attach(new ClusterSchemaTransport(invocations));
        connections.init(invocations, listeners, () -> {
            runClusterChangeActions();
            resendSchemas(serializationService);
            recreateProxies();
        });
        this.nearCaches = new NearCacheManager(config, context, counters, uuid);
        counters.bind(invocations::pending, () -> listeners.count() - nearCaches.listenerCount(),
                () -> connections.liveConnections().stream().map(c -> c.address().toString()).toList());
    }

    /**
     * Builds the serialization service on a thread of its own: loading and registering the serializers takes about
     * as long as Netty's set-up in the connection manager, which the constructor does meanwhile (both are mostly
     * class loading, so on two cores the client starts sooner).
     */
    private static CompletableFuture<DefaultSerializationService> buildInBackground(ClientConfig config) {
        CompletableFuture<DefaultSerializationService> built = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                built.complete(new DefaultSerializationService(config.serialization()));
            } catch (Throwable t) {
                built.completeExceptionally(t);
            }
        }, "hz.client.start");
        builder.setDaemon(true);
        builder.start();
        return built;
    }

    /** The serialization service; if its configuration is refused, the connection manager's resources go too. */
    private DefaultSerializationService awaitSerializers(CompletableFuture<DefaultSerializationService> serializers) {
        try {
            return serializers.join();
        } catch (CompletionException e) {
            connections.shutdown();
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Starts a client and connects it to the cluster (unless async start is on). Fails with
     * {@link ClusterConnectException} or {@link AuthenticationException} if the cluster cannot be reached or refuses.
     */
    public static HzClient newClient(ClientConfig config) {
        HzClient client = new HzClient(Objects.requireNonNull(config, "config must not be null"));
        client.start();
        return client;
    }

    private void start() {
        lifecycle.fire(LifecycleState.STARTING);
        lifecycle.fire(LifecycleState.STARTED);
        try {
            connections.start();
        } catch (RuntimeException e) {
            shutdown();
            throw e;
        }
        LOG.info("Client started");
    }

    /** The client's name: the configured one, or {@code hz.client_N}. */
    public String getName() {
        return name;
    }

    public UUID getUuid() {
        return uuid;
    }

    public ClientConfig getConfig() {
        return config;
    }

    /** The distributed map of that name, created on the cluster if it does not exist yet. */
    public <K, V> HzMap<K, V> getMap(String name) {
        return getOrCreate(MapProxy.SERVICE_NAME, name, (n, ctx) -> new MapProxy<K, V>(n, ctx, nearCaches.create(n)));
    }

    /** The topic of that name: publish and subscribe, nothing kept. */
    public <E> Topic<E> getTopic(String name) {
        return getOrCreate(TopicProxy.SERVICE_NAME, name, (n, ctx) -> new TopicProxy<E>(n, ctx, cluster::member));
    }

    /** The ringbuffer of that name: a bounded log read by sequence. */
    public <E> Ringbuffer<E> getRingbuffer(String name) {
        return getOrCreate(RingbufferProxy.SERVICE_NAME, name, RingbufferProxy<E>::new);
    }

    /**
     * The reliable topic of that name, over the ringbuffer {@code _hz_rb_<name>}, configured by
     * {@link ClientConfig#reliableTopicConfig(String)}.
     */
    public <E> ReliableTopic<E> getReliableTopic(String name) {
        Ringbuffer<Object> ringbuffer = getRingbuffer(ReliableTopicProxy.RINGBUFFER_PREFIX + name);
        return getOrCreate(ReliableTopicProxy.SERVICE_NAME, name, (n, ctx) -> new ReliableTopicProxy<E>(n, ctx,
                ringbuffer, config.reliableTopicConfig(n), scheduler, cluster::getMembers, events::newLane));
    }

    /** The PN counter of that name: a counter any member updates without coordination (a CRDT). */
    public PNCounter getPNCounter(String name) {
        return getOrCreate(PNCounterProxy.SERVICE_NAME, name, (n, ctx) -> new PNCounterProxy(n, ctx, cluster::getMembers));
    }

    /** The Flake ID generator of that name, configured by {@link ClientConfig#flakeIdGeneratorConfig(String)}. */
    public FlakeIdGenerator getFlakeIdGenerator(String name) {
        return getOrCreate(FlakeIdGeneratorProxy.SERVICE_NAME, name,
                (n, ctx) -> new FlakeIdGeneratorProxy(n, ctx, config.flakeIdGeneratorConfig(n)));
    }

    @SuppressWarnings("unchecked")
    private <T extends ProxyBase> T getOrCreate(String serviceName, String objectName,
                                                BiFunction<String, ClientContext, T> factory) {
        Objects.requireNonNull(objectName, "the object name must not be null");
        checkActive();
        String key = serviceName + "/" + objectName;
        ProxyBase existing = proxies.get(key);
        if (existing != null) {
            return (T) existing;
        }
        // Made outside any lock of the proxy map (creating it calls the cluster); callers of one name share one try.
        CompletableFuture<ProxyBase> mine = new CompletableFuture<>();
        CompletableFuture<ProxyBase> inFlight = creating.putIfAbsent(key, mine);
        if (inFlight != null) {
            return (T) join(inFlight);
        }
        try {
            ProxyBase proxy = proxies.get(key); // made by another caller since the first look
            if (proxy == null) {
                join(invocations.invoke(ClientCodec.createProxy(objectName, serviceName)));
                proxy = factory.apply(objectName, context);
                proxies.put(key, proxy);
            }
            mine.complete(proxy);
            return (T) proxy;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            creating.remove(key, mine);
        }
    }

    /** After a reconnect to a new cluster: what was kept from the old one (near caches) goes. */
    private void runClusterChangeActions() {
        for (Runnable action : clusterChangeActions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("An action on connecting to a new cluster failed", e);
            }
        }
    }

    /** After a reconnect to a new cluster: it has none of the Compact schemas our data refers to. */
    private static void resendSchemas(DefaultSerializationService serializationService) {
        serializationService.schemas().resendAll().exceptionally(e -> {
            LOG.warn("Could not send the Compact schemas to the new cluster: {}", e.toString());
            return null;
        });
    }

    /** After a reconnect to a new cluster: the proxies this client holds exist there too. */
    private void recreateProxies() {
        proxies.values().forEach(p -> invocations.invoke(ClientCodec.createProxy(p.getName(), p.getServiceName()))
                .exceptionally(e -> {
                    LOG.warn("Could not create {} on the new cluster: {}", p, e.toString());
                    return null;
                }));
    }

    /** Every distributed object on the cluster, by name and service. */
    public List<DistributedObjectInfo> getDistributedObjects() {
        return ClientCodec.decodeGetDistributedObjects(join(invocations.invoke(ClientCodec.getDistributedObjects())));
    }

    /** Told when any distributed object is created or destroyed; the id removes the listener. */
    public UUID addDistributedObjectListener(DistributedObjectListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        ListenerCodec codec = new ListenerCodec() {
            @Override
            public ClientMessage encodeAdd(boolean localOnly) {
                return ClientCodec.addDistributedObjectListener(localOnly);
            }

            @Override
            public UUID decodeAddResponse(ClientMessage response) {
                return ClientCodec.decodeUuidResponse(response);
            }

            @Override
            public ClientMessage encodeRemove(UUID serverRegistrationId) {
                return ClientCodec.removeDistributedObjectListener(serverRegistrationId);
            }
        };
        return join(listeners.register(codec, event -> {
            ClientCodec.DistributedObjectEventData e = ClientCodec.decodeDistributedObjectEvent(event);
            DistributedObjectEvent.Type type = "DESTROYED".equals(e.eventType())
                    ? DistributedObjectEvent.Type.DESTROYED : DistributedObjectEvent.Type.CREATED;
            listener.onEvent(new DistributedObjectEvent(type, e.serviceName(), e.name(), e.source()));
        }));
    }

    public boolean removeDistributedObjectListener(UUID registrationId) {
        return join(listeners.deregister(registrationId));
    }

    /** Counters and gauges of this client, read locally: never a remote call. */
    public ClientStatistics getStatistics() {
        return counters;
    }

    /** True while the client has at least one authenticated connection to the cluster. */
    public boolean isConnected() {
        return connections.isConnected();
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Partitions getPartitions() {
        return context.partitionsView;
    }

    public UUID addLifecycleListener(LifecycleListener listener) {
        return lifecycle.addListener(Objects.requireNonNull(listener, "listener must not be null"));
    }

    public boolean removeLifecycleListener(UUID registrationId) {
        return lifecycle.removeListener(registrationId);
    }

    public LifecycleState getLifecycleState() {
        return lifecycle.state();
    }

    /** True from start until shutdown begins. */
    public boolean isRunning() {
        return connections.isClientActive();
    }

    /**
     * Closes every connection, fails calls in flight, and stops the client's threads. Listener callbacks already
     * queued may finish for up to 2 seconds; then the ones still running are interrupted. Idempotent.
     */
    public void shutdown() {
        if (!shutdownStarted.compareAndSet(false, true)) {
            return;
        }
        lifecycle.fire(LifecycleState.SHUTTING_DOWN);
        proxies.values().forEach(ProxyBase::release);
        nearCaches.shutdown();
        boolean wasConnected = connections.isConnected();
        connections.shutdown();
        invocations.shutdown();
        if (wasConnected) {
            lifecycle.fire(LifecycleState.DISCONNECTED);
        }
        lifecycle.fire(LifecycleState.SHUTDOWN);
        scheduler.shutdownNow();
        userExecutor.shutdown();
        events.close();
    }

    private void shutdownInBackground() {
        Thread t = new Thread(this::shutdown, "hz.client.shutdown");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        shutdown();
    }

    private void checkActive() {
        if (!connections.isClientActive()) {
            throw new ClientNotActiveException("the client " + name + " is shut down");
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public String toString() {
        return "HzClient{name=" + name + ", cluster=" + config.clusterName() + '}';
    }

    /** What proxies see of the client. */
    private final class Context implements ClientContext {
        final Partitions partitionsView = new Partitions() {
            @Override
            public int getPartitionCount() {
                return partitions.partitionCount();
            }

            @Override
            public int getPartitionId(Object key) {
                return partitions.partitionId(serialization.toData(Objects.requireNonNull(key, "key must not be null")));
            }

            @Override
            public Member getPartitionOwner(int partitionId) {
                UUID owner = partitions.owner(partitionId);
                return owner == null ? null : cluster.member(owner);
            }
        };

        @Override
        public SerializationService serialization() {
            return serialization;
        }

        @Override
        public InvocationService invocations() {
            return invocations;
        }

        @Override
        public PartitionService partitions() {
            return partitions;
        }

        @Override
        public ListenerService listeners() {
            return listeners;
        }

        @Override
        public Executor userExecutor() {
            return userExecutor;
        }

        @Override
        public Set<UUID> dataMembers() {
            Set<UUID> uuids = new LinkedHashSet<>();
            cluster.getMembers().forEach(m -> {
                if (!m.liteMember()) {
                    uuids.add(m.uuid());
                }
            });
            return uuids;
        }

        @Override
        public void onClusterChange(Runnable action) {
            clusterChangeActions.add(Objects.requireNonNull(action, "action must not be null"));
        }

        @Override
        public void destroyProxy(String serviceName, String objectName) {
            proxies.remove(serviceName + "/" + objectName);
            if (MapProxy.SERVICE_NAME.equals(serviceName)) {
                nearCaches.destroy(objectName);
            }
            join(invocations.invoke(ClientCodec.destroyProxy(objectName, serviceName)));
        }
    }
}
