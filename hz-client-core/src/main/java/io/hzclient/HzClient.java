package io.hzclient;

import io.hzclient.config.ClientConfig;
import io.hzclient.internal.cluster.ClusterService;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.cluster.PartitionTable;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.ChannelSetup;
import io.hzclient.internal.connection.Tls;
import io.hzclient.internal.connection.ConnectionOpener;
import io.hzclient.internal.connection.ConnectionRegistry;
import io.hzclient.internal.sql.ClientSqlService;
import io.hzclient.internal.cp.ClientCPSubsystem;
import io.hzclient.cp.CPSubsystem;
import io.hzclient.internal.connector.ClientConnector;
import io.hzclient.internal.connector.ConnectionState;
import io.hzclient.internal.flakeid.FlakeIdGeneratorProxy;
import io.hzclient.internal.executor.ExecutorServiceProxy;
import io.hzclient.executor.HzExecutorService;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.ClientInvocationService;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.lifecycle.LifecycleService;
import io.hzclient.internal.listener.ClientListenerService;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.listener.ListenerService;
import io.hzclient.internal.listener.OrderedExecutor;
import io.hzclient.internal.map.MapProxy;
import io.hzclient.internal.multimap.MultiMapProxy;
import io.hzclient.internal.replicatedmap.ReplicatedMapProxy;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.replicatedmap.HzReplicatedMap;
import io.hzclient.internal.nearcache.NearCacheManager;
import io.hzclient.internal.metrics.ClientCounters;
import io.hzclient.internal.statistics.StatisticsSender;
import io.hzclient.internal.pncounter.PNCounterProxy;
import io.hzclient.pncounter.PNCounter;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.ringbuffer.RingbufferProxy;
import io.hzclient.internal.collection.ListProxy;
import io.hzclient.internal.collection.QueueProxy;
import io.hzclient.internal.collection.SetProxy;
import io.hzclient.list.HzList;
import io.hzclient.queue.HzQueue;
import io.hzclient.set.HzSet;
import io.hzclient.sql.SqlService;
import io.hzclient.ringbuffer.Ringbuffer;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.internal.proxy.ProxyCodec;
import io.hzclient.internal.proxy.ProxyRegistry;
import io.hzclient.internal.serialization.ClusterSchemaTransport;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.internal.topic.ReliableTopicProxy;
import io.hzclient.internal.topic.TopicProxy;
import io.hzclient.internal.transaction.ClientTransactionContext;
import io.hzclient.internal.transaction.TransactionRunner;
import io.hzclient.transaction.TransactionContext;
import io.hzclient.transaction.TransactionException;
import io.hzclient.transaction.TransactionOptions;
import io.hzclient.transaction.TransactionalTask;
import io.hzclient.topic.ReliableTopic;
import io.hzclient.topic.Topic;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.map.HzMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import static io.hzclient.internal.listener.OrderedExecutor.daemonThreads;

/**
 * A client of one Hazelcast cluster. Create it with {@link #newClient(ClientConfig)}, get distributed objects from
 * it, and close it when done:
 * <pre>{@code
 * try (HzClient client =
 * HzClient.newClient(ClientConfig.builder().clusterName("dev").addresses("127.0.0.1:5701").build())) {
 *     HzMap<String, String> map = client.getMap("greetings");
 *     map.put("hello", "world");
 * }
 * }</pre>
 * Thread-safe; one per application is the norm.
 *
 * <h2 id="failures">How calls fail</h2>
 * What every call to the cluster (the methods of {@link HzMap}, {@link Topic}, {@link Ringbuffer} ... and of this
 * class) may fail with, besides what each method names:
 * <ul>
 * <li>{@link NullPointerException} or {@link IllegalArgumentException} naming the argument, thrown in the calling
 *     thread before anything is sent; the {@code ...Async} forms throw them too, instead of returning a future;</li>
 * <li>{@link ClientNotActiveException} once a shutdown has begun; calls still waiting fail with it when the client
 *     closes (at once, or after the grace period of {@link #shutdown(Duration)});</li>
 * <li>{@link ClientOfflineException} at once while the client is disconnected with reconnect mode {@code ASYNC} (with
 *     reconnect mode {@code ON}, a call made while disconnected waits for the connection instead);</li>
 * <li>{@link OperationTimeoutException} when no answer came within the invocation timeout, retries included
 *     (calls that wait on the member, such as a lock, are named as such: their answer has no deadline); the call
 *     may still take effect on the member afterwards (a write that waited there for a lock, say);</li>
 * <li>{@link TargetDisconnectedException} when the connection was lost with a call in flight that may not be sent
 *     again (not retryable, and {@code redo-operation} off);</li>
 * <li>{@link IndeterminateOperationStateException} when the owner applied the call but not every backup is known to
 *     have it;</li>
 * <li>{@link MessageTooLargeException} for a request or answer over {@code max-message-size}, and
 *     {@link SerializationException} for a value that cannot be written or read;</li>
 * <li>what the member threw: a {@link RemoteException}, or for a few errors the JDK exception a
 *     {@link java.util.concurrent.ConcurrentMap} user expects (see {@link RemoteException}).</li>
 * </ul>
 * A blocking call throws the exception itself, never wrapped in a {@code CompletionException} or
 * {@code ExecutionException}; the calling thread's stack is attached to it as a suppressed exception. A blocking call
 * whose thread is interrupted while it waits throws an {@link HzClientException} (the request may still take
 * effect) and keeps the thread's interrupt flag. The future of an {@code ...Async} call completes on the client's
 * user executor, never on a network thread, and fails with the same exceptions.
 */
public final class HzClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HzClient.class);
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private final ClientConfig config;
    private final String name;
    private final UUID uuid = UUID.randomUUID();
    private final OrderedExecutor events;
    private final Executor userExecutor;
    /** The client's own user executor, which it shuts down; null when the application gave one. */
    private final ExecutorService ownUserExecutor;
    private final ScheduledExecutorService scheduler;
    private final LifecycleService lifecycle;
    private final DefaultSerializationService serialization;
    private final PartitionTable partitions = new PartitionTable();
    private final ClusterService cluster;
    /** The live connections (tests read them through this field). */
    private final ConnectionRegistry connections;
    private final ConnectionState connectionState;
    private final ClientConnector connector;
    private final ClientInvocationService invocations;
    private final ClientListenerService listeners;
    private final Context context = new Context();
    private final ProxyRegistry proxies;
    private final ClientCounters counters = new ClientCounters();
    private final NearCacheManager nearCaches;
    private final ClientSqlService sql;
    private final ClientCPSubsystem cpSubsystem;
    /** Sends the client's statistics to the cluster; null when they are turned off. */
    private final StatisticsSender statisticsSender;
    private final AtomicBoolean shutdownStarted = new AtomicBoolean();
    private final List<Runnable> clusterChangeActions = new CopyOnWriteArrayList<>();

    private HzClient(ClientConfig config, ChannelSetup channelSetup) {
        this.config = config;
        this.name = config.clientName() != null ? config.clientName() : "hz.client_" + CLIENT_IDS.getAndIncrement();
        this.events = new OrderedExecutor("hz.client.event", config.eventThreadFactory());
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.ownUserExecutor = config.userExecutor() != null ? null
                : Executors.newFixedThreadPool(threads, daemonThreads("hz.client.user"));
        this.userExecutor = config.userExecutor() != null ? config.userExecutor() : ownUserExecutor;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("hz.client.scheduler"));
        this.lifecycle = new LifecycleService(name, events);
        config.lifecycleListeners().forEach(lifecycle::addListener);
        CompletableFuture<DefaultSerializationService> serializers = buildInBackground(config);
        this.cluster = new ClusterService(events.newLane("membership"));
        config.membershipListeners().forEach(l -> cluster.addMembershipListener(l, false)); // before any member list
        LoadBalancer loadBalancer = config.newLoadBalancer();
        loadBalancer.init(cluster);
        this.connections = new ConnectionRegistry(config.smartRouting(), loadBalancer);
        this.connectionState = new ConnectionState(config, connections, lifecycle, counters, this::onNewCluster);
        // a call whose data has Compact schemas the cluster lacks sends them first, in its own (async) chain; the
        // serialization service is still being built here, and no call goes before this constructor has it (below)
        this.invocations = new ClientInvocationService(config, connectionState, partitions, scheduler, counters,
                request -> serializers.join().schemas().beforeSend(request));
        ConnectionOpener opener = new ConnectionOpener(config, channelSetup, invocations, counters);
        this.serialization = awaitSerializers(serializers, opener);
        this.listeners = new ClientListenerService(invocations, events, connections::liveConnections,
                config.smartRouting());
        this.connector = new ClientConnector(config, uuid, name, opener, connectionState, invocations, listeners,
                cluster, partitions, this::shutdownInBackground, serialization::toDataBytes);
        // Compact schemas go to the cluster before the data that needs them, and all again to a new cluster
        serialization.schemas().attach(new ClusterSchemaTransport((operationName, request) ->
                invocations.invokeInternal(Call.onAnyMember(Operation.of(operationName, response -> response), request))));
        this.proxies = new ProxyRegistry(invocations, context);
        this.nearCaches = new NearCacheManager(config, context, counters, uuid);
        this.sql = new ClientSqlService(invocations, serialization, partitions, userExecutor, cluster::getMembers,
                connections::contains, config.smartRouting());
        this.cpSubsystem = new ClientCPSubsystem(invocations, serialization, userExecutor, scheduler, name);
        counters.bind(invocations::pending, () -> listeners.count() - nearCaches.listenerCount(),
                () -> connections.liveConnections().stream().map(c -> c.address().toString()).toList());
        this.statisticsSender = config.statisticsEnabled() ? new StatisticsSender(name, config.credentials(), counters, connections,
                invocations, scheduler, config.statisticsPeriod()) : null;
    }

    /**
     * Builds the serialization service on a thread of its own: loading and registering the serializers takes about
     * as long as Netty's set-up in the connection opener, which the constructor does meanwhile (both are mostly
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

    /** The serialization service; if its configuration is refused, the threads started so far end too. */
    private DefaultSerializationService awaitSerializers(CompletableFuture<DefaultSerializationService> serializers,
                                                         ConnectionOpener opener) {
        try {
            return serializers.join();
        } catch (CompletionException e) {
            opener.shutdown();
            scheduler.shutdownNow(); // the invocation service's deadline check started its thread
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
     * Starts a client and connects it to the cluster: it returns once a member has accepted the client, or at once
     * with {@code asyncStart} (calls then fail with {@link ClientOfflineException} until it is connected).
     *
     * @param config what to connect to and how
     * @return the started client; close it with {@link #shutdown()} or {@link #close()}
     * @throws NullPointerException if {@code config} is null
     * @throws AuthenticationException if a member refused the client (e.g. a wrong cluster name): thrown once every
     *         address was tried, without waiting for the cluster connect timeout
     * @throws ClusterConnectException if no member could be reached within the cluster connect timeout; the message
     *         lists the addresses tried and why each failed (a failed TLS handshake names its reason there)
     * @throws IllegalArgumentException if a TLS trust store or key store cannot be read, or the JVM does not know a
     *         TLS protocol or cipher suite ({@link io.hzclient.config.SslConfig}); nothing is started then
     * @throws SerializationException if the serialization config is refused (e.g. two serializers with one type id);
     *         nothing is left running
     */
    public static HzClient newClient(ClientConfig config) {
        Objects.requireNonNull(config, "config must not be null");
        return newClient(config, Tls.channelSetup(config.ssl(), config.connectionTimeout()));
    }

    /** With the connections' channels set up as {@code channelSetup} says (its byte handlers: tests, TLS). */
    static HzClient newClient(ClientConfig config, ChannelSetup channelSetup) {
        HzClient client = new HzClient(config, channelSetup);
        client.start();
        return client;
    }

    private void start() {
        if (statisticsSender != null) {
            lifecycle.addListener(state -> {
                if (state == LifecycleState.CONNECTED) {
                    statisticsSender.connected();
                }
            });
            statisticsSender.start();
        }
        lifecycle.fire(LifecycleState.STARTING);
        lifecycle.fire(LifecycleState.STARTED);
        try {
            connector.start();
        } catch (RuntimeException e) {
            shutdown();
            throw e;
        }
        LOG.info("Client started");
    }

    /**
     * The client's name, which the members show for its connections.
     *
     * @return the configured name, or {@code hz.client_N} (N counts the clients of this JVM from 0)
     */
    public String getName() {
        return name;
    }

    /**
     * The client's id in the cluster, random for each client object; the members list its connections under it.
     *
     * @return the client's UUID
     */
    public UUID getUuid() {
        return uuid;
    }

    /**
     * The configuration the client was started with.
     *
     * @return the config given to {@link #newClient(ClientConfig)}
     */
    public ClientConfig getConfig() {
        return config;
    }

    /**
     * The distributed map of that name, created on the cluster if it does not exist yet. Every caller of one name gets
     * the same proxy object; the first call asks the cluster to create it (callers of that name meanwhile wait for that
     * one request, callers of other names do not).
     *
     * @param name the map's name
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @return the map
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <K, V> HzMap<K, V> getMap(String name) {
        return getOrCreate(MapProxy.SERVICE_NAME, name, (n, ctx) -> new MapProxy<K, V>(n, ctx, nearCaches.create(n)));
    }

    /**
     * The multimap of that name: each key holds a collection of values. Created on the cluster if it does not exist
     * yet; every caller of one name gets the same proxy object.
     *
     * @param name the multimap's name
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @return the multimap
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <K, V> HzMultiMap<K, V> getMultiMap(String name) {
        return getOrCreate(MultiMapProxy.SERVICE_NAME, name, MultiMapProxy<K, V>::new);
    }

    /**
     * The replicated map of that name: every member holds all its entries. Created on the cluster if it does not
     * exist yet; every caller of one name gets the same proxy object.
     *
     * @param name the replicated map's name
     * @param <K> the type of the keys
     * @param <V> the type of the values
     * @return the replicated map
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <K, V> HzReplicatedMap<K, V> getReplicatedMap(String name) {
        return getOrCreate(ReplicatedMapProxy.SERVICE_NAME, name, ReplicatedMapProxy<K, V>::new);
    }

    /**
     * The topic of that name: publish and subscribe, nothing kept. Created on the cluster if it does not exist yet;
     * every caller of one name gets the same proxy object.
     *
     * @param name the topic's name
     * @param <E> the type of the messages
     * @return the topic
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <E> Topic<E> getTopic(String name) {
        return getOrCreate(TopicProxy.SERVICE_NAME, name, (n, ctx) -> new TopicProxy<E>(n, ctx, cluster::member));
    }

    /**
     * The queue of that name: a distributed {@link java.util.concurrent.BlockingQueue}, bounded when the members
     * configure a maximum size for it. Created on the cluster if it does not exist yet; every caller of one name gets
     * the same proxy object.
     *
     * @param name the queue's name
     * @param <E> the type of the items
     * @return the queue
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <E> HzQueue<E> getQueue(String name) {
        return getOrCreate(QueueProxy.SERVICE_NAME, name, (n, ctx) -> new QueueProxy<E>(n, ctx, cluster::member));
    }

    /**
     * The set of that name: a distributed {@link java.util.Set}. Created on the cluster if it does not exist yet;
     * every caller of one name gets the same proxy object.
     *
     * @param name the set's name
     * @param <E> the type of the items
     * @return the set
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <E> HzSet<E> getSet(String name) {
        return getOrCreate(SetProxy.SERVICE_NAME, name, (n, ctx) -> new SetProxy<E>(n, ctx, cluster::member));
    }

    /**
     * The list of that name: a distributed {@link java.util.List}. Created on the cluster if it does not exist yet;
     * every caller of one name gets the same proxy object.
     *
     * @param name the list's name
     * @param <E> the type of the items
     * @return the list
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <E> HzList<E> getList(String name) {
        return getOrCreate(ListProxy.SERVICE_NAME, name, (n, ctx) -> new ListProxy<E>(n, ctx, cluster::member));
    }

    /**
     * The ringbuffer of that name: a bounded log read by sequence. Created on the cluster if it does not exist yet;
     * every caller of one name gets the same proxy object.
     *
     * @param name the ringbuffer's name
     * @param <E> the type of the items
     * @return the ringbuffer
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <E> Ringbuffer<E> getRingbuffer(String name) {
        return getOrCreate(RingbufferProxy.SERVICE_NAME, name, RingbufferProxy<E>::new);
    }

    /**
     * The reliable topic of that name, over the ringbuffer {@code _hz_rb_<name>}, configured by
     * {@link ClientConfig#reliableTopicConfig(String)}. Created on the cluster if it does not exist yet; every caller
     * of one name gets the same proxy object.
     *
     * @param name the topic's name
     * @param <E> the type of the messages
     * @return the reliable topic
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public <E> ReliableTopic<E> getReliableTopic(String name) {
        Ringbuffer<Object> ringbuffer = getRingbuffer(ReliableTopicProxy.RINGBUFFER_PREFIX + name);
        return getOrCreate(ReliableTopicProxy.SERVICE_NAME, name, (n, ctx) -> new ReliableTopicProxy<E>(n, ctx,
                ringbuffer, config.reliableTopicConfig(n), scheduler, cluster::getMembers, events::newLane));
    }

    /**
     * The PN counter of that name: a counter any member updates without coordination (a CRDT). Created on the cluster
     * if it does not exist yet; every caller of one name gets the same proxy object.
     *
     * @param name the counter's name
     * @return the counter
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public PNCounter getPNCounter(String name) {
        return getOrCreate(PNCounterProxy.SERVICE_NAME, name, (n, ctx) -> new PNCounterProxy(n, ctx, cluster::getMembers));
    }

    /**
     * The Flake ID generator of that name, configured by {@link ClientConfig#flakeIdGeneratorConfig(String)}. Created
     * on the cluster if it does not exist yet; every caller of one name gets the same proxy object.
     *
     * @param name the generator's name
     * @return the generator
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public FlakeIdGenerator getFlakeIdGenerator(String name) {
        return getOrCreate(FlakeIdGeneratorProxy.SERVICE_NAME, name,
                (n, ctx) -> new FlakeIdGeneratorProxy(n, ctx, config.flakeIdGeneratorConfig(n)));
    }

    /**
     * The executor service of that name: runs tasks the members know (IdentifiedDataSerializable, Portable or Compact
     * classes on their classpath) on a key's owner, a chosen member, members picked by a selector, or all members.
     * Created on the cluster if it does not exist yet; every caller of one name gets the same proxy object.
     *
     * @param name the executor's name (the members configure its pool by that name)
     * @return the executor service
     * @throws NullPointerException if {@code name} is null
     * @throws ClientNotActiveException if the client is shut down
     * @throws ClientOfflineException if the client is not connected and fails fast (reconnect mode {@code ASYNC}, or an
     *         async start still connecting)
     * @throws OperationTimeoutException if the cluster did not confirm the creation within the invocation timeout
     */
    public HzExecutorService getExecutorService(String name) {
        return getOrCreate(ExecutorServiceProxy.SERVICE_NAME, name,
                (n, ctx) -> new ExecutorServiceProxy(n, ctx, cluster::getMembers));
    }

    private <T extends ProxyBase> T getOrCreate(String serviceName, String objectName,
                                                BiFunction<String, ClientContext, T> factory) {
        Objects.requireNonNull(objectName, "the object name must not be null");
        checkActive();
        return proxies.getOrCreate(serviceName, objectName, factory);
    }

    /** Connected to a new cluster: it has none of our schemas or proxies, and what we kept of the old one goes. */
    private void onNewCluster() {
        runClusterChangeActions();
        resendSchemas(serialization);
        proxies.recreateAll();
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

    /**
     * Every distributed object on the cluster, by name and service, as a member lists them (one created a moment ago
     * on another member may show a little later).
     *
     * @return the objects the cluster holds now
     * @throws ClientNotActiveException if the client is shut down
     * @throws OperationTimeoutException if the cluster did not answer within the invocation timeout
     */
    public List<DistributedObjectInfo> getDistributedObjects() {
        return invocations.invoke(ProxyCodec.getDistributedObjects()).sync();
    }

    /**
     * Registers a listener told when any distributed object is created or destroyed, by any client or member. The
     * listener stays registered through reconnects; it is registered on members the client connects to later.
     *
     * @param listener told of each creation and destruction, on the client's event thread
     * @return the registration id, for {@link #removeDistributedObjectListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     * @throws HzClientException if a member refused the registration or did not confirm it within the invocation
     *         timeout; the listener is then not registered
     */
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

    /**
     * Stops a listener added with {@link #addDistributedObjectListener}; it hears nothing more.
     *
     * @param registrationId the id that registration returned
     * @return true if the id was registered, false if not (or removed already)
     */
    public boolean removeDistributedObjectListener(UUID registrationId) {
        return join(listeners.deregister(registrationId));
    }

    /**
     * Counters and gauges of this client, read locally: never a remote call.
     *
     * @return the live statistics; each read gives the current values
     */
    public ClientStatistics getStatistics() {
        return counters;
    }

    /**
     * Whether the client is connected to the cluster now.
     *
     * @return true while the client has at least one authenticated connection to the cluster
     */
    public boolean isConnected() {
        return connectionState.isConnected();
    }

    /**
     * The SQL service: statements over the cluster's maps (the members need the {@code hazelcast-sql} module and Jet
     * enabled). Queries still open when the client shuts down are cancelled on their members.
     *
     * @return the SQL service, the same object for every call
     * @throws ClientNotActiveException if the client is shut down
     */
    public SqlService getSql() {
        checkActive();
        return sql;
    }

    /**
     * The CP Subsystem: linearizable atomic longs, references and count-down latches held by Raft groups of CP
     * members (the cluster needs the CP Subsystem on).
     *
     * @return the CP Subsystem, the same object for every call
     * @throws ClientNotActiveException if the client is shut down
     */
    public CPSubsystem getCPSubsystem() {
        checkActive();
        return cpSubsystem;
    }

    /**
     * A new transaction with the default options ({@link TransactionOptions#defaults()}: two-phase, a timeout of two
     * minutes, durability 1). Begin it, use its structures from the same thread, then commit or roll back; closing it
     * rolls back a transaction that was neither.
     *
     * @return a transaction context, not begun
     * @throws ClientNotActiveException if the client is shut down
     */
    public TransactionContext newTransactionContext() {
        return newTransactionContext(TransactionOptions.defaults());
    }

    /**
     * A new transaction with the given options. See {@link TransactionContext}.
     *
     * @param options its type, timeout and durability
     * @return a transaction context, not begun
     * @throws NullPointerException if {@code options} is null
     * @throws ClientNotActiveException if the client is shut down
     */
    public TransactionContext newTransactionContext(TransactionOptions options) {
        Objects.requireNonNull(options, "options must not be null");
        checkActive();
        return new ClientTransactionContext(options, invocations, serialization, connectionState::anyConnection);
    }

    /**
     * Runs {@code task} in a new transaction with the default options: see
     * {@link #executeTransaction(TransactionOptions, TransactionalTask)}.
     *
     * @param task the work, given the begun transaction
     * @param <T>  what the task returns
     * @param <X>  the checked exception the task may throw
     * @return what the task returned, once the transaction committed
     * @throws X what the task threw, after the transaction was rolled back
     * @throws NullPointerException if {@code task} is null
     * @throws TransactionException if the transaction could not commit (its message says what became of it)
     */
    public <T, X extends Exception> T executeTransaction(TransactionalTask<T, X> task) throws X {
        return executeTransaction(TransactionOptions.defaults(), task);
    }

    /**
     * Runs {@code task} in a new transaction, in the calling thread: begins it, runs the task, and commits when the
     * task returns. When the task throws, the transaction is rolled back and what the task threw is rethrown.
     * <pre>{@code
     * String job = client.executeTransaction(TransactionOptions.defaults(), tx -> {
     *     String next = tx.<String>getQueue("jobs").poll();
     *     if (next != null) {
     *         tx.<String, String>getMap("results").put(next, "done");
     *     }
     *     return next;
     * });
     * }</pre>
     *
     * @param options the transaction's type, timeout and durability
     * @param task    the work, given the begun transaction; it must not commit, roll back or close it
     * @param <T>     what the task returns
     * @param <X>     the checked exception the task may throw
     * @return what the task returned, once the transaction committed
     * @throws X what the task threw, after the transaction was rolled back
     * @throws NullPointerException if {@code options} or {@code task} is null
     * @throws TransactionException if the transaction could not commit (its message says what became of it)
     */
    public <T, X extends Exception> T executeTransaction(TransactionOptions options, TransactionalTask<T, X> task)
            throws X {
        Objects.requireNonNull(task, "task must not be null");
        return TransactionRunner.run(newTransactionContext(options), task);
    }

    /**
     * The cluster as the client sees it: its members and their changes.
     *
     * @return the client's view of the cluster, kept up to date
     */
    public Cluster getCluster() {
        return cluster;
    }

    /**
     * The partition table as the client sees it: which partition a key belongs to and which member owns it.
     *
     * @return the client's view of the partitions, kept up to date
     */
    public Partitions getPartitions() {
        return context.partitionsView;
    }

    /**
     * Registers a listener told of each later change of the client's lifecycle state. To see {@code STARTING} too,
     * register it in the config instead ({@link ClientConfig.Builder#addLifecycleListener}).
     *
     * @param listener told of each state, in order, on the client's event thread
     * @return the registration id, for {@link #removeLifecycleListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     */
    public UUID addLifecycleListener(LifecycleListener listener) {
        return lifecycle.addListener(Objects.requireNonNull(listener, "listener must not be null"));
    }

    /**
     * Stops a listener added with {@link #addLifecycleListener}.
     *
     * @param registrationId the id that registration returned
     * @return true if the id was registered, false if not (or removed already)
     */
    public boolean removeLifecycleListener(UUID registrationId) {
        return lifecycle.removeListener(registrationId);
    }

    /**
     * The state the client is in now.
     *
     * @return the last state the client entered, e.g. {@code CONNECTED} once {@link #newClient} returned (without
     *         async start)
     */
    public LifecycleState getLifecycleState() {
        return lifecycle.state();
    }

    /**
     * Whether the client takes calls.
     *
     * @return true from start until shutdown begins
     */
    public boolean isRunning() {
        return !shutdownStarted.get() && connectionState.isClientActive();
    }

    // ---- why the client gave up (issue 23, Boot conventions)

    /**
     * Why the client shut itself down while connecting in the background (with async start, or reconnecting after
     * it lost the cluster): the exception it gave up with, the same the connect would have thrown in the foreground,
     * e.g. an {@link AuthenticationException} when a member refused it, or a {@link ClusterConnectException} when the
     * cluster connect timeout passed. The Spring Boot starter reports it when the startup fails.
     *
     * @return that exception, or empty if the client has not given up (it runs, or the application shut it down)
     */
    public java.util.Optional<RuntimeException> getGiveUpCause() {
        return java.util.Optional.ofNullable(connector.gaveUpCause());
    }

    /**
     * Closes every connection, fails calls in flight with {@link ClientNotActiveException}, and stops the client's
     * threads; later calls fail with {@link ClientNotActiveException} too. Listener callbacks already queued may finish
     * for up to 2 seconds; then the ones still running are interrupted. Idempotent: a second call does nothing.
     * The same as {@link #shutdown(Duration) shutdown(Duration.ZERO)}.
     */
    public void shutdown() {
        shutdown(Duration.ZERO);
    }

    /**
     * Shuts the client down gracefully: its reliable topic listeners stop first (each finishes the message it
     * holds); from then on a new call fails at once with {@link ClientNotActiveException} ("the client is shutting
     * down"); the calls already in flight get up to {@code grace} to end (answered, failed or timed out as usual);
     * then the client closes as {@link #shutdown()} does, failing those still in flight with
     * {@link ClientNotActiveException}. Returns once the client is shut down. Idempotent: a second call, or a call
     * while a shutdown is under way, does nothing. If the calling thread is interrupted while it waits for the calls
     * in flight, it stops waiting, closes the client at once and keeps its interrupt flag.
     *
     * @param grace how long the calls in flight may take to end; {@link Duration#ZERO} to fail them at once
     * @throws NullPointerException if {@code grace} is null
     * @throws IllegalArgumentException if {@code grace} is negative
     */
    public void shutdown(Duration grace) {
        Objects.requireNonNull(grace, "grace must not be null");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, got " + grace);
        }
        if (!shutdownStarted.compareAndSet(false, true)) {
            return;
        }
        counters.inFlight.close(); // no new call from here on (but the client's own: schemas, CP sessions)
        lifecycle.fire(LifecycleState.SHUTTING_DOWN);
        proxies.releaseAll(); // listeners first: a reliable topic's reader holds a call the member may keep long
        if (!grace.isZero()) {
            awaitCallsInFlight(grace);
        }
        if (statisticsSender != null) {
            statisticsSender.shutdown();
        }
        sql.shutdown();
        cpSubsystem.shutdown();
        nearCaches.shutdown();
        boolean wasConnected = connectionState.isConnected();
        connector.shutdown();
        invocations.shutdown();
        if (wasConnected) {
            lifecycle.fire(LifecycleState.DISCONNECTED);
        }
        lifecycle.fire(LifecycleState.SHUTDOWN);
        scheduler.shutdownNow();
        if (ownUserExecutor != null) {
            ownUserExecutor.shutdown();
        }
        events.close();
    }

    private void awaitCallsInFlight(Duration grace) {
        long waiting = counters.inFlight.count();
        if (waiting == 0) {
            return;
        }
        LOG.info("Shutting down: waiting up to {} ms for {} call(s) in flight", grace.toMillis(), waiting);
        try {
            if (!counters.inFlight.awaitNone(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.warn("Shutting down: {} call(s) still in flight after {} ms fail with ClientNotActiveException",
                        counters.inFlight.count(), grace.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Shutting down: interrupted while waiting for {} call(s) in flight; they fail now",
                    counters.inFlight.count());
        }
    }

    private void shutdownInBackground() {
        Thread t = new Thread(this::shutdown, "hz.client.shutdown");
        t.setDaemon(true);
        t.start();
    }

    /** Shuts the client down, as {@link #shutdown()}: for try-with-resources. */
    @Override
    public void close() {
        shutdown();
    }

    private void checkActive() {
        if (shutdownStarted.get() || !connectionState.isClientActive()) {
            throw new ClientNotActiveException("the client " + name + (connectionState.isClientActive()
                    ? " is shutting down: it takes no new calls" : " is shut down"));
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
            proxies.remove(serviceName, objectName);
            if (MapProxy.SERVICE_NAME.equals(serviceName)) {
                nearCaches.destroy(objectName);
            }
            invocations.invoke(ProxyCodec.destroyProxy(objectName, serviceName)).sync();
        }
    }
}
