package io.hzclient.config;

import io.hzclient.CallObserver;
import io.hzclient.LifecycleListener;
import io.hzclient.MembershipListener;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.loadbalancer.RoundRobinLoadBalancer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Everything a client is started with. Immutable; made with {@link #builder()}, whose defaults are the seed guide's.
 * Every setter checks its value and names the option in its error.
 */
public final class ClientConfig {
    /** 64 MiB: a get's answer is smaller than the put that stored its value, so whatever fits going out comes back. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 64 * 1024 * 1024;
    /** 64 KiB: below it even the cluster's member list and partition table may not fit. */
    public static final int MIN_MAX_MESSAGE_SIZE = 64 * 1024;

    private final String clusterName;
    private final List<String> addresses;
    private final String clientName;
    private final Set<String> labels;
    private final boolean smartRouting;
    private final boolean redoOperation;
    private final Duration invocationTimeout;
    private final Duration invocationRetryPause;
    private final Duration heartbeatInterval;
    private final Duration heartbeatTimeout;
    private final Duration connectionTimeout;
    private final ConnectionRetryConfig connectionRetry;
    private final boolean asyncStart;
    private final ReconnectMode reconnectMode;
    private final Supplier<LoadBalancer> loadBalancer;
    // ---- call observation (tracing)
    private final CallObserver callObserver;
    // ---- end of call observation
    private final boolean backupAckToClient;
    private final Duration operationBackupTimeout;
    private final boolean failOnIndeterminateOperationState;
    private final int maxMessageSize;
    private final SerializationConfig serialization;
    private final List<LifecycleListener> lifecycleListeners;
    private final Map<String, FlakeIdGeneratorConfig> flakeIdGenerators;
    private final Map<String, ReliableTopicConfig> reliableTopics;
    private final Map<String, NearCacheConfig> nearCaches;
    private final NearCacheRepairConfig nearCacheRepair;
    // credentials (issue 22)
    private final Credentials credentials;
    // client statistics sent to the cluster
    private final boolean statisticsEnabled;
    private final Duration statisticsPeriod;
    private final SslConfig ssl;
    // Hazelcast Cloud discovery (issue 22)
    private final String cloudDiscoveryToken;
    private final URI cloudUrlBase;
    // members' public addresses (issue 24)
    private final Boolean usePublicIp;
    // connection options (issue 24)
    private final SocketOptions socketOptions;
    private final boolean shuffleMemberList;
    private final List<MembershipListener> membershipListeners;
    // threads (issue 23)
    private final Executor userExecutor;
    private final ThreadFactory eventThreadFactory;

    private ClientConfig(Builder b) {
        this.clusterName = b.clusterName;
        this.addresses = List.copyOf(b.addresses);
        this.clientName = b.clientName;
        this.labels = Set.copyOf(b.labels);
        this.smartRouting = b.smartRouting;
        this.redoOperation = b.redoOperation;
        this.invocationTimeout = b.invocationTimeout;
        this.invocationRetryPause = b.invocationRetryPause;
        this.heartbeatInterval = b.heartbeatInterval;
        this.heartbeatTimeout = b.heartbeatTimeout;
        this.connectionTimeout = b.connectionTimeout;
        this.connectionRetry = b.connectionRetry;
        this.asyncStart = b.asyncStart;
        this.reconnectMode = b.reconnectMode;
        this.loadBalancer = b.loadBalancer;
        this.callObserver = b.callObserver; // call observation
        this.backupAckToClient = b.backupAckToClient;
        this.operationBackupTimeout = b.operationBackupTimeout;
        this.failOnIndeterminateOperationState = b.failOnIndeterminateOperationState;
        this.maxMessageSize = b.maxMessageSize;
        this.serialization = b.serialization;
        this.lifecycleListeners = List.copyOf(b.lifecycleListeners);
        this.flakeIdGenerators = Collections.unmodifiableMap(new LinkedHashMap<>(b.flakeIdGenerators));
        this.reliableTopics = Collections.unmodifiableMap(new LinkedHashMap<>(b.reliableTopics));
        this.nearCaches = Collections.unmodifiableMap(new LinkedHashMap<>(b.nearCaches));
        this.nearCacheRepair = b.nearCacheRepair;
        // credentials (issue 22)
        this.credentials = b.credentials;
        // client statistics sent to the cluster
        this.statisticsEnabled = b.statisticsEnabled;
        this.statisticsPeriod = b.statisticsPeriod;
        this.ssl = b.ssl;
        // Hazelcast Cloud discovery (issue 22)
        this.cloudDiscoveryToken = b.cloudDiscoveryToken;
        this.cloudUrlBase = b.cloudUrlBase;
        // members' public addresses (issue 24)
        this.usePublicIp = b.usePublicIp;
        // connection options (issue 24)
        this.socketOptions = b.socketOptions;
        this.shuffleMemberList = b.shuffleMemberList;
        this.membershipListeners = List.copyOf(b.membershipListeners);
        // threads (issue 23)
        this.userExecutor = b.userExecutor;
        this.eventThreadFactory = b.eventThreadFactory;
    }

    /**
     * A builder with the options of a plain map, for applications without Spring: the keys are the Spring Boot
     * starter's property names, with or without their {@code hz.client.} prefix ({@code cluster-name},
     * {@code cluster-members}, {@code connection-retry.cluster-connect-timeout}, {@code socket.linger}...); the values
     * are texts as a {@code .properties} file has them ({@code 5s}, {@code 500ms}, {@code PT5S} or a number of
     * milliseconds for a duration; {@code 64MB} or a number of bytes for a size; a comma-separated list) or typed
     * values ({@code Boolean}, {@code Number}, {@code Duration}, a {@code Collection} for a list). Near caches, flake
     * ID generators, reliable topics, serialization and TLS are set on the builder.
     *
     * @param options the options, e.g. {@code Map.of("cluster-name", "prod", "cluster-members", "10.0.0.1,10.0.0.2")}
     * @return a new builder with those options set and the others at their default
     * @throws IllegalArgumentException naming the option, for an unknown option, a value of the wrong kind or one
     *                                  out of its bounds (a secret's value is never named)
     */
    public static Builder builder(Map<String, ?> options) {
        return PlainOptions.read(Objects.requireNonNull(options, "options"));
    }

    /**
     * A builder with the options of a properties file: as {@link #builder(Map)}; read one with
     * {@link Properties#load(java.io.Reader)}.
     *
     * @param properties the options
     * @return a new builder with those options set and the others at their default
     * @throws IllegalArgumentException naming the option, as {@link #builder(Map)}
     */
    public static Builder builder(Properties properties) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (String name : new TreeSet<>(Objects.requireNonNull(properties, "properties").stringPropertyNames())) {
            options.put(name, properties.getProperty(name));
        }
        return PlainOptions.read(options);
    }

    /**
     * A builder with every option at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this config's values; this config does not change.
     *
     * @return a new builder holding this config's values
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clusterName = clusterName;
        b.addresses = new ArrayList<>(addresses);
        b.clientName = clientName;
        b.labels = new LinkedHashSet<>(labels);
        b.smartRouting = smartRouting;
        b.redoOperation = redoOperation;
        b.invocationTimeout = invocationTimeout;
        b.invocationRetryPause = invocationRetryPause;
        b.heartbeatInterval = heartbeatInterval;
        b.heartbeatTimeout = heartbeatTimeout;
        b.connectionTimeout = connectionTimeout;
        b.connectionRetry = connectionRetry;
        b.asyncStart = asyncStart;
        b.reconnectMode = reconnectMode;
        b.loadBalancer = loadBalancer;
        b.callObserver = callObserver; // call observation
        b.backupAckToClient = backupAckToClient;
        b.operationBackupTimeout = operationBackupTimeout;
        b.failOnIndeterminateOperationState = failOnIndeterminateOperationState;
        b.maxMessageSize = maxMessageSize;
        b.serialization = serialization;
        b.lifecycleListeners = new ArrayList<>(lifecycleListeners);
        b.flakeIdGenerators = new LinkedHashMap<>(flakeIdGenerators);
        b.reliableTopics = new LinkedHashMap<>(reliableTopics);
        b.nearCaches = new LinkedHashMap<>(nearCaches);
        b.nearCacheRepair = nearCacheRepair;
        // credentials (issue 22)
        b.credentials = credentials;
        // client statistics sent to the cluster
        b.statisticsEnabled = statisticsEnabled;
        b.statisticsPeriod = statisticsPeriod;
        b.ssl = ssl;
        // Hazelcast Cloud discovery (issue 22)
        b.cloudDiscoveryToken = cloudDiscoveryToken;
        b.cloudUrlBase = cloudUrlBase;
        // members' public addresses (issue 24)
        b.usePublicIp = usePublicIp;
        // connection options (issue 24)
        b.socketOptions = socketOptions;
        b.shuffleMemberList = shuffleMemberList;
        b.membershipListeners = new ArrayList<>(membershipListeners);
        // threads (issue 23)
        b.userExecutor = userExecutor;
        b.eventThreadFactory = eventThreadFactory;
        return b;
    }

    /**
     * The name of the cluster to join: members refuse a client whose cluster name is not theirs.
     *
     * @return the cluster name; {@code dev} by default
     */
    public String clusterName() {
        return clusterName;
    }

    /**
     * Member addresses as written; each may stand for several (see {@link MemberAddress#parse}).
     *
     * @return the addresses (immutable); {@code 127.0.0.1} by default
     */
    public List<String> addresses() {
        return addresses;
    }

    /**
     * The addresses the client tries when it connects: {@link #addresses()} with each expanded by
     * {@link MemberAddress#parse} (a host without a port stands for ports 5701 to 5703).
     *
     * @return the addresses, in the order written
     */
    public List<MemberAddress> memberAddresses() {
        List<MemberAddress> result = new ArrayList<>();
        for (String a : addresses) {
            result.addAll(MemberAddress.parse(a));
        }
        return result;
    }

    /**
     * The client's name, which the members show for its connections.
     *
     * @return the name, or null for the default {@code hz.client_N}
     */
    public String clientName() {
        return clientName;
    }

    /**
     * Labels the client sends the members when it connects, for them to tell clients apart.
     *
     * @return the labels (immutable); none by default
     */
    public Set<String> labels() {
        return labels;
    }

    /**
     * Whether routing is smart: the client connects to every member and sends each keyed call to the owner of the
     * key's partition. Otherwise (unisocket) it keeps one connection and every call goes through it.
     *
     * @return true by default
     */
    public boolean smartRouting() {
        return smartRouting;
    }

    /**
     * Whether calls that are not retryable (a put, say) are sent again after their connection was lost, at the risk
     * of running twice. Retryable calls (those the protocol marks as such, reads mostly) are always sent again.
     *
     * @return false by default
     */
    public boolean redoOperation() {
        return redoOperation;
    }

    /**
     * How long a call may take, retries included; then it fails with {@link io.hzclient.OperationTimeoutException}.
     * Calls that wait on the member (a lock, a blocking read) have no deadline for their answer.
     *
     * @return 120 seconds by default
     */
    public Duration invocationTimeout() {
        return invocationTimeout;
    }

    /**
     * The pause between two tries of a call that is retried.
     *
     * @return 1 second by default
     */
    public Duration invocationRetryPause() {
        return invocationRetryPause;
    }

    /**
     * How long a connection may send nothing before the client pings the member on it.
     *
     * @return 5 seconds by default
     */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    /**
     * How long a connection may receive nothing before the client closes it as dead.
     *
     * @return 60 seconds by default; always longer than {@link #heartbeatInterval()}
     */
    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    /**
     * How long opening one connection and authenticating on it may take before the client gives up on that address.
     *
     * @return 5 seconds by default
     */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /**
     * How the client retries to reach the cluster, at start and after losing it.
     *
     * @return the retry config; {@link ConnectionRetryConfig#DEFAULT} by default
     */
    public ConnectionRetryConfig connectionRetry() {
        return connectionRetry;
    }

    /**
     * Whether {@link io.hzclient.HzClient#newClient} returns at once and connects in the background; calls fail with
     * {@link io.hzclient.ClientOfflineException} until the client is connected.
     *
     * @return false by default
     */
    public boolean asyncStart() {
        return asyncStart;
    }

    /**
     * What the client does when it loses the cluster.
     *
     * @return {@link ReconnectMode#ON} by default
     */
    public ReconnectMode reconnectMode() {
        return reconnectMode;
    }

    /**
     * A new load balancer for one client, from the configured supplier.
     *
     * @return a new balancer; a {@link io.hzclient.loadbalancer.RoundRobinLoadBalancer} by default
     */
    public LoadBalancer newLoadBalancer() {
        return loadBalancer.get();
    }

    // ---- call observation (tracing)

    /**
     * What is told of each call the application makes (for tracing).
     *
     * @return the observer; {@link CallObserver#NONE} by default
     */
    public CallObserver callObserver() {
        return callObserver;
    }

    // ---- end of call observation

    /**
     * Whether the members send the backup acknowledgements of a call to the client (with smart routing only), which
     * then answers the caller once every backup has the change; otherwise the member answers after its backups.
     *
     * @return true by default
     */
    public boolean backupAckToClient() {
        return backupAckToClient;
    }

    /**
     * How long the client waits for the backup acknowledgements of a call after the owner's answer came.
     *
     * @return 5 seconds by default
     */
    public Duration operationBackupTimeout() {
        return operationBackupTimeout;
    }

    /**
     * Whether a call whose backup acknowledgements did not all come within {@link #operationBackupTimeout()} fails
     * with {@link io.hzclient.IndeterminateOperationStateException} (true) or returns normally with a WARN log (false,
     * the default, as in the official clients).
     *
     * @return false by default
     */
    public boolean failOnIndeterminateOperationState() {
        return failOnIndeterminateOperationState;
    }

    /**
     * The largest message, in bytes on the wire, that the client sends or reads. A larger request fails at once with
     * {@link io.hzclient.MessageTooLargeException} and is not sent; a larger answer fails its call alone with that
     * exception, and a larger event is dropped with a warning.
     *
     * @return {@value #DEFAULT_MAX_MESSAGE_SIZE} bytes (64 MiB) by default
     */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /**
     * How the client turns values into bytes.
     *
     * @return the serialization config; {@link SerializationConfig#defaults()} by default
     */
    public SerializationConfig serialization() {
        return serialization;
    }

    /**
     * Listeners registered before the client starts, so they see {@code STARTING} too.
     *
     * @return the listeners, in the order added (immutable)
     */
    public List<LifecycleListener> lifecycleListeners() {
        return lifecycleListeners;
    }

    /**
     * Flake ID generator configs as added.
     *
     * @return the configs keyed by name or pattern, in the order added (immutable)
     */
    public Map<String, FlakeIdGeneratorConfig> flakeIdGeneratorConfigs() {
        return flakeIdGenerators;
    }

    /**
     * The config of the generator {@code name}: its own, else the best matching {@code *} pattern (the one with the
     * most literal characters), else the one named {@code default}, else the defaults.
     *
     * @param name the generator's name
     * @return the config that applies
     * @throws IllegalStateException if two patterns match the name equally well
     */
    public FlakeIdGeneratorConfig flakeIdGeneratorConfig(String name) {
        FlakeIdGeneratorConfig c = NamePatterns.find(flakeIdGenerators, name);
        return c != null ? c : FlakeIdGeneratorConfig.defaults(name);
    }

    /**
     * Reliable topic configs as added.
     *
     * @return the configs keyed by name or pattern, in the order added (immutable)
     */
    public Map<String, ReliableTopicConfig> reliableTopicConfigs() {
        return reliableTopics;
    }

    /**
     * The config of the reliable topic {@code name}: its own, else the best matching {@code *} pattern (the one with
     * the most literal characters), else the one named {@code default}, else the defaults.
     *
     * @param name the topic's name
     * @return the config that applies
     * @throws IllegalStateException if two patterns match the name equally well
     */
    public ReliableTopicConfig reliableTopicConfig(String name) {
        ReliableTopicConfig c = NamePatterns.find(reliableTopics, name);
        return c != null ? c : ReliableTopicConfig.defaults(name);
    }

    /**
     * Near cache configs as added.
     *
     * @return the configs keyed by map name or pattern, in the order added (immutable)
     */
    public Map<String, NearCacheConfig> nearCacheConfigs() {
        return nearCaches;
    }

    /**
     * The near cache config of the map {@code name}: its own, else the best matching {@code *} pattern (the one with
     * the most literal characters), else the one named {@code default}, else none.
     *
     * @param name the map's name
     * @return the config that applies, or null: that map has no near cache
     * @throws IllegalStateException if two patterns match the name equally well
     */
    public NearCacheConfig nearCacheConfig(String name) {
        return NamePatterns.find(nearCaches, name);
    }

    /**
     * How every near cache of this client finds and repairs missed invalidations.
     *
     * @return the repair config; {@link NearCacheRepairConfig#DEFAULT} by default
     */
    public NearCacheRepairConfig nearCacheRepair() {
        return nearCacheRepair;
    }

    // ---- credentials (issue 22)

    /**
     * What the client authenticates with: a username and password (sent in {@code Client.authentication}), a token
     * or a custom object (both sent in {@code Client.authenticationCustom}), as the official clients send them.
     *
     * @return the credentials; null by default (no username or password is sent: what a member without security,
     *         as every open-source member, requires)
     */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * Whether the client sends its statistics to the cluster every {@link #statisticsPeriod()}, for Management Center
     * to show: its name, type, version and address, JVM and OS figures, and each near cache's counters.
     *
     * @return false by default
     */
    public boolean statisticsEnabled() {
        return statisticsEnabled;
    }

    /**
     * How often the statistics are collected and sent, when {@link #statisticsEnabled()}.
     *
     * @return 3 seconds by default
     */
    public Duration statisticsPeriod() {
        return statisticsPeriod;
    }

    /**
     * TLS for the connections to the members. With a {@link #cloudDiscoveryToken() cloud discovery token} TLS is
     * always on, as the cloud requires: when the configured TLS is off, this is TLS with the JVM's default trust.
     *
     * @return the TLS config; {@link SslConfig#DISABLED} by default
     */
    public SslConfig ssl() {
        return cloudDiscoveryToken != null && !ssl.enabled() ? CLOUD_DEFAULT_TLS : ssl;
    }

    // ---- Hazelcast Cloud discovery (issue 22)

    /** The cloud's discovery API by default. */
    public static final String DEFAULT_CLOUD_URL_BASE = "https://api.viridian.hazelcast.com";
    private static final SslConfig CLOUD_DEFAULT_TLS = SslConfig.builder().build();

    /**
     * The Hazelcast Cloud discovery token: when set, the client does not use {@link #addresses()}; it asks the
     * cloud's discovery API ({@link #cloudUrlBase()}) for the members' private and public addresses and dials the
     * public ones, over TLS ({@link #ssl()}). A secret: it is in no log line and no exception message.
     *
     * @return the token; null by default (no cloud discovery)
     */
    public String cloudDiscoveryToken() {
        return cloudDiscoveryToken;
    }

    /**
     * Where the cloud's discovery API is: the client asks {@code <url-base>/cluster/discovery?token=<token>}.
     *
     * @return {@value #DEFAULT_CLOUD_URL_BASE} by default
     */
    public URI cloudUrlBase() {
        return cloudUrlBase;
    }

    // ---- end of Hazelcast Cloud discovery

    // ---- members' public addresses (issue 24)

    /**
     * Whether the client dials the public address each member announces ({@code CLIENT:public} in
     * {@link io.hzclient.Member#addressMap()}) rather than its private one ({@code use-public-ip}). Unset, the client
     * decides once it has the member list: it keeps the private addresses if TLS is on, if a configured address is a
     * member's private one, or if a member announces no public address or is reachable at its private one (checked
     * on up to three members, with a 1 s connect); it takes the public ones if they answer (in 3 s) where the private
     * ones do not, as when it runs outside the members' network. The configured addresses are always dialled as
     * they are.
     *
     * @return true or false as set; null (the default) for the automatic choice
     */
    public Boolean usePublicIp() {
        return usePublicIp;
    }

    // ---- end of members' public addresses

    // ---- connection options (issue 24)

    /**
     * The TCP options of every connection to a member.
     *
     * @return {@link SocketOptions#DEFAULT} unless set
     */
    public SocketOptions socketOptions() {
        return socketOptions;
    }

    /**
     * Whether the client tries the addresses in a random order when it connects to the cluster
     * ({@code shuffle-member-list}), so that many clients spread over the members: the members it knows first, then
     * the configured addresses, each group shuffled. Off, it tries them in their order.
     *
     * @return true by default, as in the official clients
     */
    public boolean shuffleMemberList() {
        return shuffleMemberList;
    }

    /**
     * Membership listeners registered before the client connects, so that they hear of every member from the first
     * member list on (each current member as {@code ADDED}).
     *
     * @return the listeners, in the order they were added
     */
    public List<MembershipListener> membershipListeners() {
        return membershipListeners;
    }

    // ---- end of connection options
    // ---- threads (issue 23)

    /**
     * Where the futures of {@code ...Async} calls complete, and so where their dependent stages ({@code thenApply} ...)
     * attached before completion run unless given an executor of their own (as with any {@code CompletableFuture}, a
     * stage attached to a completed future runs in the attaching thread, and a thread woken from {@code get} or
     * {@code join} may run stages still pending); also where SQL results and CP answers are decoded. Never a Netty
     * event loop.
     *
     * @return the executor given to {@link Builder#userExecutor}, or null for the client's own pool (daemon threads
     *         {@code hz.client.user-N}, as many as the JVM has processors, at least 2), which it shuts down with itself
     */
    public Executor userExecutor() {
        return userExecutor;
    }

    /**
     * Makes the threads that run listener callbacks (entry, item, message, membership, lifecycle listeners), each
     * listener's callbacks one at a time and in order.
     *
     * @return the factory given to {@link Builder#eventThreadFactory}, or null for the client's own daemon threads
     *         ({@code hz.client.event-N})
     */
    public ThreadFactory eventThreadFactory() {
        return eventThreadFactory;
    }

    // ---- end of threads

    /** Collects options; {@link #build()} makes the immutable config. */
    public static final class Builder {
        private String clusterName = "dev";
        private List<String> addresses = new ArrayList<>(List.of("127.0.0.1"));
        private String clientName;
        private Set<String> labels = new LinkedHashSet<>();
        private boolean smartRouting = true;
        private boolean redoOperation;
        private Duration invocationTimeout = Duration.ofSeconds(120);
        private Duration invocationRetryPause = Duration.ofSeconds(1);
        private Duration heartbeatInterval = Duration.ofSeconds(5);
        private Duration heartbeatTimeout = Duration.ofSeconds(60);
        private Duration connectionTimeout = Duration.ofSeconds(5);
        private ConnectionRetryConfig connectionRetry = ConnectionRetryConfig.DEFAULT;
        private boolean asyncStart;
        private ReconnectMode reconnectMode = ReconnectMode.ON;
        private Supplier<LoadBalancer> loadBalancer = RoundRobinLoadBalancer::new;
        private CallObserver callObserver = CallObserver.NONE; // call observation
        private boolean backupAckToClient = true;
        private Duration operationBackupTimeout = Duration.ofSeconds(5);
        private boolean failOnIndeterminateOperationState;
        private int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
        private SerializationConfig serialization = SerializationConfig.defaults();
        private List<LifecycleListener> lifecycleListeners = new ArrayList<>();
        private Map<String, FlakeIdGeneratorConfig> flakeIdGenerators = new LinkedHashMap<>();
        private Map<String, ReliableTopicConfig> reliableTopics = new LinkedHashMap<>();
        private Map<String, NearCacheConfig> nearCaches = new LinkedHashMap<>();
        private NearCacheRepairConfig nearCacheRepair = NearCacheRepairConfig.DEFAULT;
        // credentials (issue 22)
        private Credentials credentials;
        // client statistics sent to the cluster
        private boolean statisticsEnabled;
        private Duration statisticsPeriod = Duration.ofSeconds(3);
        private SslConfig ssl = SslConfig.DISABLED;
        // Hazelcast Cloud discovery (issue 22)
        private String cloudDiscoveryToken;
        private URI cloudUrlBase = URI.create(DEFAULT_CLOUD_URL_BASE);
        // members' public addresses (issue 24)
        private Boolean usePublicIp;
        // connection options (issue 24)
        private SocketOptions socketOptions = SocketOptions.DEFAULT;
        private boolean shuffleMemberList = true;
        private List<MembershipListener> membershipListeners = new ArrayList<>();
        // threads (issue 23)
        private Executor userExecutor;
        private ThreadFactory eventThreadFactory;

        private Builder() {
        }

        /**
         * Sets the name of the cluster to join ({@code cluster-name}).
         *
         * @param clusterName the members' cluster name
         * @return this builder
         * @throws IllegalArgumentException if it is null or blank
         */
        public Builder clusterName(String clusterName) {
            this.clusterName = Checks.notBlank(clusterName, "cluster-name");
            return this;
        }

        /**
         * Replaces the member addresses ({@code cluster-members}); each is checked now (see
         * {@link MemberAddress#parse}).
         *
         * @param addresses {@code host}, {@code host:port}, {@code [ipv6]:port} or {@code host:5701-5703}, at least one
         * @return this builder
         * @throws NullPointerException if {@code addresses} is null
         * @throws IllegalArgumentException if there is none, or one is malformed (the message quotes it)
         */
        public Builder addresses(Collection<String> addresses) {
            Objects.requireNonNull(addresses, "cluster-members must not be null");
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException("cluster-members must name at least one member address");
            }
            addresses.forEach(MemberAddress::parse);
            this.addresses = new ArrayList<>(addresses);
            return this;
        }

        /**
         * Replaces the member addresses, as {@link #addresses(Collection)}.
         *
         * @param addresses the addresses, at least one
         * @return this builder
         * @throws NullPointerException if an address is null
         * @throws IllegalArgumentException if there is none, or one is malformed (the message quotes it)
         */
        public Builder addresses(String... addresses) {
            return addresses(List.of(addresses));
        }

        /**
         * Sets the client's name ({@code client-name}).
         *
         * @param clientName the name; null for the default {@code hz.client_N}
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder clientName(String clientName) {
            this.clientName = clientName == null ? null : Checks.notBlank(clientName, "client-name");
            return this;
        }

        /**
         * Replaces the labels sent to the members ({@code labels}).
         *
         * @param labels the labels
         * @return this builder
         * @throws NullPointerException if {@code labels} is null
         */
        public Builder labels(Collection<String> labels) {
            this.labels = new LinkedHashSet<>(Objects.requireNonNull(labels, "labels must not be null"));
            return this;
        }

        /**
         * Replaces the labels sent to the members, as {@link #labels(Collection)}.
         *
         * @param labels the labels
         * @return this builder
         * @throws NullPointerException if a label is null
         */
        public Builder labels(String... labels) {
            return labels(List.of(labels));
        }

        /**
         * Sets whether routing is smart ({@code smart-routing}); see {@link ClientConfig#smartRouting()}.
         *
         * @param smartRouting true to connect to every member, false for one connection
         * @return this builder
         */
        public Builder smartRouting(boolean smartRouting) {
            this.smartRouting = smartRouting;
            return this;
        }

        /**
         * Sets whether calls that are not retryable are sent again after a lost connection ({@code redo-operation}).
         *
         * @param redoOperation true to send them again
         * @return this builder
         */
        public Builder redoOperation(boolean redoOperation) {
            this.redoOperation = redoOperation;
            return this;
        }

        /**
         * Sets how long a call may take, retries included ({@code invocation-timeout}).
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder invocationTimeout(Duration timeout) {
            this.invocationTimeout = Checks.positive(timeout, "invocation-timeout");
            return this;
        }

        /**
         * Sets the pause between two tries of a call ({@code invocation-retry-pause}).
         *
         * @param pause a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder invocationRetryPause(Duration pause) {
            this.invocationRetryPause = Checks.positive(pause, "invocation-retry-pause");
            return this;
        }

        /**
         * Sets how long a connection may send nothing before a ping ({@code heartbeat.interval}).
         *
         * @param interval a positive duration, shorter than the heartbeat timeout ({@link #build()} checks)
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = Checks.positive(interval, "heartbeat.interval");
            return this;
        }

        /**
         * Sets how long a connection may receive nothing before it is closed ({@code heartbeat.timeout}).
         *
         * @param timeout a positive duration, longer than the heartbeat interval ({@link #build()} checks)
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder heartbeatTimeout(Duration timeout) {
            this.heartbeatTimeout = Checks.positive(timeout, "heartbeat.timeout");
            return this;
        }

        /**
         * Sets how long opening and authenticating one connection may take ({@code connection-timeout}).
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder connectionTimeout(Duration timeout) {
            this.connectionTimeout = Checks.positive(timeout, "connection-timeout");
            return this;
        }

        /**
         * Sets how the client retries to reach the cluster ({@code connection-retry}).
         *
         * @param retry the backoff and the cluster connect timeout
         * @return this builder
         * @throws NullPointerException if {@code retry} is null
         */
        public Builder connectionRetry(ConnectionRetryConfig retry) {
            this.connectionRetry = Objects.requireNonNull(retry, "connection-retry must not be null");
            return this;
        }

        /**
         * Shorthand for the connection retry's cluster connect timeout
         * ({@code connection-retry.cluster-connect-timeout}): how long the client tries to reach the cluster before it
         * gives up.
         *
         * @param timeout zero or more; null retries forever
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder clusterConnectTimeout(Duration timeout) {
            return connectionRetry(connectionRetry.withClusterConnectTimeout(timeout));
        }

        /**
         * Sets whether {@link io.hzclient.HzClient#newClient} returns before the client is connected
         * ({@code async-start}).
         *
         * @param asyncStart true to connect in the background
         * @return this builder
         */
        public Builder asyncStart(boolean asyncStart) {
            this.asyncStart = asyncStart;
            return this;
        }

        /**
         * Sets what the client does when it loses the cluster ({@code reconnect-mode}).
         *
         * @param mode the reconnect mode
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder reconnectMode(ReconnectMode mode) {
            this.reconnectMode = Objects.requireNonNull(mode, "reconnect-mode must not be null");
            return this;
        }

        /**
         * Sets the load balancer; a supplier, since each client needs its own.
         *
         * @param loadBalancer makes one balancer per client
         * @return this builder
         * @throws NullPointerException if {@code loadBalancer} is null
         */
        public Builder loadBalancer(Supplier<LoadBalancer> loadBalancer) {
            this.loadBalancer = Objects.requireNonNull(loadBalancer, "load-balancer must not be null");
            return this;
        }

        /**
         * Sets whether the members send backup acknowledgements to the client ({@code backup-ack-to-client}).
         *
         * @param enabled true for the client to wait for the backups itself
         * @return this builder
         */
        public Builder backupAckToClient(boolean enabled) {
            this.backupAckToClient = enabled;
            return this;
        }

        /**
         * Sets how long the client waits for backup acknowledgements ({@code operation-backup-timeout}).
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder operationBackupTimeout(Duration timeout) {
            this.operationBackupTimeout = Checks.positive(timeout, "operation-backup-timeout");
            return this;
        }

        /**
         * See {@link ClientConfig#failOnIndeterminateOperationState()}; false by default.
         *
         * @param fail true to fail a call whose backups did not all acknowledge it in time
         * @return this builder
         */
        public Builder failOnIndeterminateOperationState(boolean fail) {
            this.failOnIndeterminateOperationState = fail;
            return this;
        }

        /**
         * See {@link ClientConfig#maxMessageSize()}; at least {@value ClientConfig#MIN_MAX_MESSAGE_SIZE} bytes (64
         * KiB).
         *
         * @param bytes the largest message, in bytes
         * @return this builder
         * @throws IllegalArgumentException if it is below 64 KiB
         */
        public Builder maxMessageSize(int bytes) {
            if (bytes < MIN_MAX_MESSAGE_SIZE) {
                throw new IllegalArgumentException("max-message-size must be at least " + MIN_MAX_MESSAGE_SIZE
                        + " bytes (64 KiB), got " + bytes);
            }
            this.maxMessageSize = bytes;
            return this;
        }

        /**
         * Sets how values are turned into bytes.
         *
         * @param serialization the serialization config
         * @return this builder
         * @throws NullPointerException if {@code serialization} is null
         */
        public Builder serialization(SerializationConfig serialization) {
            this.serialization = Objects.requireNonNull(serialization, "serialization must not be null");
            return this;
        }

        /**
         * Adds a listener registered before the client starts, so it sees every state from {@code STARTING}.
         *
         * @param listener told of each lifecycle state
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder addLifecycleListener(LifecycleListener listener) {
            lifecycleListeners.add(Objects.requireNonNull(listener, "lifecycle listener must not be null"));
            return this;
        }

        /**
         * Adds (or replaces) the config of the generators its name or pattern matches ({@code orders-*}).
         *
         * @param config the config, keyed by its name
         * @return this builder
         * @throws NullPointerException if {@code config} is null
         */
        public Builder addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig config) {
            Objects.requireNonNull(config, "flake-id-generators config must not be null");
            flakeIdGenerators.put(config.name(), config);
            return this;
        }

        /**
         * Adds (or replaces) the config of the reliable topics its name or pattern matches ({@code orders-*}).
         *
         * @param config the config, keyed by its name
         * @return this builder
         * @throws NullPointerException if {@code config} is null
         */
        public Builder addReliableTopicConfig(ReliableTopicConfig config) {
            Objects.requireNonNull(config, "reliable-topics config must not be null");
            reliableTopics.put(config.name(), config);
            return this;
        }

        /**
         * Adds (or replaces) the near cache of the maps its name or pattern matches ({@code products-*}).
         *
         * @param config the config, keyed by its name
         * @return this builder
         * @throws NullPointerException if {@code config} is null
         */
        public Builder addNearCacheConfig(NearCacheConfig config) {
            Objects.requireNonNull(config, "near-caches config must not be null");
            nearCaches.put(config.name(), config);
            return this;
        }

        /**
         * Sets how near caches find and repair missed invalidations ({@code near-cache-repair}).
         *
         * @param repair the repair config
         * @return this builder
         * @throws NullPointerException if {@code repair} is null
         */
        public Builder nearCacheRepair(NearCacheRepairConfig repair) {
            this.nearCacheRepair = Objects.requireNonNull(repair, "near-cache-repair must not be null");
            return this;
        }

        // ---- credentials (issue 22)

        /**
         * Authenticates with a username and password ({@code security.username}, {@code security.password}),
         * replacing a token or custom credentials set before.
         *
         * @param username the username
         * @param password the password; may be empty
         * @return this builder
         * @throws IllegalArgumentException if the username is null or blank
         * @throws NullPointerException     if the password is null
         */
        public Builder credentials(String username, String password) {
            this.credentials = new Credentials.UsernamePassword(username, password);
            return this;
        }

        /**
         * Authenticates with a token ({@code security.token}), sent as these bytes, replacing a username and
         * password or custom credentials set before.
         *
         * @param token the token's bytes, copied
         * @return this builder
         * @throws NullPointerException     if the token is null
         * @throws IllegalArgumentException if the token is empty
         */
        public Builder token(byte[] token) {
            this.credentials = new Credentials.Token(token);
            return this;
        }

        /**
         * Authenticates with an object of the application's own, serialized with the client's serialization service
         * when the client starts (so it must be serializable by this config's serializers, or the start fails),
         * replacing a username and password or token set before.
         *
         * @param credentials the credentials object
         * @return this builder
         * @throws NullPointerException if it is null
         */
        public Builder customCredentials(Object credentials) {
            this.credentials = new Credentials.Custom(credentials);
            return this;
        }

        /**
         * Sets the credentials as {@link ClientConfig#credentials()} returns them, or none.
         *
         * @param credentials the credentials, or null for none
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets whether the client sends its statistics to the cluster ({@code statistics.enabled}).
         *
         * @param enabled true to send them every {@link #statisticsPeriod(Duration) period}
         * @return this builder
         */
        public Builder statisticsEnabled(boolean enabled) {
            this.statisticsEnabled = enabled;
            return this;
        }

        /**
         * Sets how often the statistics are collected and sent ({@code statistics.period}).
         *
         * @param period a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is null, zero or negative
         */
        public Builder statisticsPeriod(Duration period) {
            this.statisticsPeriod = Checks.positive(period, "statistics.period");
            return this;
        }

        /**
         * Sets TLS for the connections to the members ({@code ssl}); see {@link SslConfig}.
         *
         * @param ssl the TLS config; {@link SslConfig#DISABLED} for plain TCP
         * @return this builder
         * @throws NullPointerException if {@code ssl} is null
         */
        public Builder ssl(SslConfig ssl) {
            this.ssl = Objects.requireNonNull(ssl, "ssl must not be null");
            return this;
        }

        // ---- Hazelcast Cloud discovery (issue 22)

        /**
         * Sets the Hazelcast Cloud discovery token ({@code cloud.discovery-token}); see
         * {@link ClientConfig#cloudDiscoveryToken()}.
         *
         * @param token the token, or null for no cloud discovery
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder cloudDiscoveryToken(String token) {
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("cloud.discovery-token must not be blank");
            }
            this.cloudDiscoveryToken = token;
            return this;
        }

        /**
         * Sets where the cloud's discovery API is ({@code cloud.url-base}); see {@link ClientConfig#cloudUrlBase()}.
         *
         * @param urlBase an absolute {@code https} or {@code http} URL, as {@code https://api.example.com}
         * @return this builder
         * @throws IllegalArgumentException if it is null or not such a URL
         */
        public Builder cloudUrlBase(String urlBase) {
            URI uri;
            try {
                uri = urlBase == null ? null : new URI(urlBase.trim());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cloud.url-base '" + urlBase + "' is not a URL: " + e.getMessage());
            }
            if (uri == null || uri.getHost() == null || uri.getRawQuery() != null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new IllegalArgumentException("cloud.url-base '" + urlBase
                        + "' must be an absolute https URL without a query, as " + DEFAULT_CLOUD_URL_BASE);
            }
            this.cloudUrlBase = uri;
            return this;
        }

        // ---- end of Hazelcast Cloud discovery

        // ---- threads (issue 23)

        /**
         * Sets where the futures of {@code ...Async} calls complete (see {@link ClientConfig#userExecutor()}), e.g.
         * an executor of virtual threads ({@code Executors.newVirtualThreadPerTaskExecutor()} on Java 21 and later).
         * The client only hands it tasks: it does not shut it down, its owner does (after the client).
         *
         * @param executor the executor; null for the client's own pool
         * @return this builder
         */
        public Builder userExecutor(Executor executor) {
            this.userExecutor = executor;
            return this;
        }

        /**
         * Sets what makes the threads that run listener callbacks (see {@link ClientConfig#eventThreadFactory()}),
         * e.g. {@code Thread.ofVirtual().name("events-", 0).factory()} on Java 21 and later. The client takes a
         * thread while a listener has events to deliver and lets it end once idle for 60 seconds; at shutdown a
         * callback still running 2 seconds on is interrupted.
         *
         * @param threadFactory the factory; null for the client's own daemon threads
         * @return this builder
         */
        public Builder eventThreadFactory(ThreadFactory threadFactory) {
            this.eventThreadFactory = threadFactory;
            return this;
        }

        // ---- end of threads

        /**
         * Sets whether the client dials the members' public addresses ({@code use-public-ip}); see
         * {@link ClientConfig#usePublicIp()}.
         *
         * @param usePublicIp true to dial the public ones, false the private ones, null to let the client decide
         * @return this builder
         */
        public Builder usePublicIp(Boolean usePublicIp) {
            this.usePublicIp = usePublicIp;
            return this;
        }

        // ---- connection options (issue 24)

        /**
         * Sets the TCP options of every connection to a member ({@code socket.*}).
         *
         * @param options the options
         * @return this builder
         * @throws NullPointerException if {@code options} is null
         */
        public Builder socketOptions(SocketOptions options) {
            this.socketOptions = Objects.requireNonNull(options, "socket options must not be null");
            return this;
        }

        /**
         * Sets whether the client tries the addresses in a random order ({@code shuffle-member-list}); see
         * {@link ClientConfig#shuffleMemberList()}.
         *
         * @param shuffle false to try them in their order
         * @return this builder
         */
        public Builder shuffleMemberList(boolean shuffle) {
            this.shuffleMemberList = shuffle;
            return this;
        }

        /**
         * Adds a membership listener registered before the client connects; see
         * {@link ClientConfig#membershipListeners()}.
         *
         * @param listener told of each member that joins or leaves, from the first member list on
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder addMembershipListener(MembershipListener listener) {
            membershipListeners.add(Objects.requireNonNull(listener, "membership listener must not be null"));
            return this;
        }

        // ---- call observation (tracing)

        /**
         * Sets what is told of each call the application makes, as it starts and as it ends (for tracing: the
         * Spring Boot starter sets one when the application has a Micrometer {@code ObservationRegistry}).
         *
         * @param observer the observer; {@link CallObserver#NONE} (the default) observes nothing, at no cost
         * @return this builder
         * @throws NullPointerException if {@code observer} is null
         */
        public Builder callObserver(CallObserver observer) {
            this.callObserver = Objects.requireNonNull(observer, "callObserver must not be null");
            return this;
        }

        // ---- end of call observation

        /**
         * Makes the immutable config; later changes of this builder do not reach it.
         *
         * @return the config
         * @throws IllegalArgumentException if the heartbeat timeout is not longer than the heartbeat interval
         */
        public ClientConfig build() {
            if (heartbeatTimeout.compareTo(heartbeatInterval) <= 0) {
                throw new IllegalArgumentException("heartbeat.timeout (" + heartbeatTimeout
                        + ") must be longer than heartbeat.interval (" + heartbeatInterval + ")");
            }
            return new ClientConfig(this);
        }
    }
}
