package io.hzclient.config;

import io.hzclient.LifecycleListener;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.loadbalancer.RoundRobinLoadBalancer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this config's values. */
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
        return b;
    }

    public String clusterName() {
        return clusterName;
    }

    /** Member addresses as written; each may stand for several (see {@link MemberAddress#parse}). */
    public List<String> addresses() {
        return addresses;
    }

    public List<MemberAddress> memberAddresses() {
        List<MemberAddress> result = new ArrayList<>();
        for (String a : addresses) {
            result.addAll(MemberAddress.parse(a));
        }
        return result;
    }

    /** The client's name, or null for the default {@code hz.client_N}. */
    public String clientName() {
        return clientName;
    }

    public Set<String> labels() {
        return labels;
    }

    public boolean smartRouting() {
        return smartRouting;
    }

    public boolean redoOperation() {
        return redoOperation;
    }

    public Duration invocationTimeout() {
        return invocationTimeout;
    }

    public Duration invocationRetryPause() {
        return invocationRetryPause;
    }

    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    public Duration heartbeatTimeout() {
        return heartbeatTimeout;
    }

    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    public ConnectionRetryConfig connectionRetry() {
        return connectionRetry;
    }

    public boolean asyncStart() {
        return asyncStart;
    }

    public ReconnectMode reconnectMode() {
        return reconnectMode;
    }

    /** A new load balancer for one client. */
    public LoadBalancer newLoadBalancer() {
        return loadBalancer.get();
    }

    public boolean backupAckToClient() {
        return backupAckToClient;
    }

    public Duration operationBackupTimeout() {
        return operationBackupTimeout;
    }

    /**
     * Whether a call whose backup acknowledgements did not all come within {@link #operationBackupTimeout()} fails
     * with {@link io.hzclient.IndeterminateOperationStateException} (true) or returns normally with a WARN log (false,
     * the default, as in the official clients).
     */
    public boolean failOnIndeterminateOperationState() {
        return failOnIndeterminateOperationState;
    }

    /**
     * The largest message, in bytes on the wire, that the client sends or reads. A larger request fails at once with
     * {@link io.hzclient.MessageTooLargeException} and is not sent; a larger answer fails its call alone with that
     * exception, and a larger event is dropped with a warning.
     */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    public SerializationConfig serialization() {
        return serialization;
    }

    /** Listeners registered before the client starts, so they see STARTING too. */
    public List<LifecycleListener> lifecycleListeners() {
        return lifecycleListeners;
    }

    /** Flake ID generator configs as added, keyed by name or pattern. */
    public Map<String, FlakeIdGeneratorConfig> flakeIdGeneratorConfigs() {
        return flakeIdGenerators;
    }

    /**
     * The config of the generator {@code name}: its own, else the best matching {@code *} pattern, else the one named
     * {@code default}, else the defaults.
     */
    public FlakeIdGeneratorConfig flakeIdGeneratorConfig(String name) {
        FlakeIdGeneratorConfig c = NamePatterns.find(flakeIdGenerators, name);
        return c != null ? c : FlakeIdGeneratorConfig.defaults(name);
    }

    /** Reliable topic configs as added, keyed by name or pattern. */
    public Map<String, ReliableTopicConfig> reliableTopicConfigs() {
        return reliableTopics;
    }

    /**
     * The config of the reliable topic {@code name}: its own, else the best matching {@code *} pattern, else the one
     * named {@code default}, else the defaults.
     */
    public ReliableTopicConfig reliableTopicConfig(String name) {
        ReliableTopicConfig c = NamePatterns.find(reliableTopics, name);
        return c != null ? c : ReliableTopicConfig.defaults(name);
    }

    /** Near cache configs as added, keyed by map name or pattern. */
    public Map<String, NearCacheConfig> nearCacheConfigs() {
        return nearCaches;
    }

    /**
     * The near cache config of the map {@code name}: its own, else the best matching {@code *} pattern, else the one
     * named {@code default}, else null: that map has no near cache.
     */
    public NearCacheConfig nearCacheConfig(String name) {
        return NamePatterns.find(nearCaches, name);
    }

    /** How every near cache of this client finds and repairs missed invalidations. */
    public NearCacheRepairConfig nearCacheRepair() {
        return nearCacheRepair;
    }

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

        private Builder() {
        }

        public Builder clusterName(String clusterName) {
            this.clusterName = Checks.notBlank(clusterName, "cluster-name");
            return this;
        }

        /** Replaces the member addresses; each is checked now (see {@link MemberAddress#parse}). */
        public Builder addresses(Collection<String> addresses) {
            Objects.requireNonNull(addresses, "cluster-members must not be null");
            if (addresses.isEmpty()) {
                throw new IllegalArgumentException("cluster-members must name at least one member address");
            }
            addresses.forEach(MemberAddress::parse);
            this.addresses = new ArrayList<>(addresses);
            return this;
        }

        public Builder addresses(String... addresses) {
            return addresses(List.of(addresses));
        }

        public Builder clientName(String clientName) {
            this.clientName = clientName == null ? null : Checks.notBlank(clientName, "client-name");
            return this;
        }

        public Builder labels(Collection<String> labels) {
            this.labels = new LinkedHashSet<>(Objects.requireNonNull(labels, "labels must not be null"));
            return this;
        }

        public Builder labels(String... labels) {
            return labels(List.of(labels));
        }

        public Builder smartRouting(boolean smartRouting) {
            this.smartRouting = smartRouting;
            return this;
        }

        public Builder redoOperation(boolean redoOperation) {
            this.redoOperation = redoOperation;
            return this;
        }

        public Builder invocationTimeout(Duration timeout) {
            this.invocationTimeout = Checks.positive(timeout, "invocation-timeout");
            return this;
        }

        public Builder invocationRetryPause(Duration pause) {
            this.invocationRetryPause = Checks.positive(pause, "invocation-retry-pause");
            return this;
        }

        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = Checks.positive(interval, "heartbeat.interval");
            return this;
        }

        public Builder heartbeatTimeout(Duration timeout) {
            this.heartbeatTimeout = Checks.positive(timeout, "heartbeat.timeout");
            return this;
        }

        public Builder connectionTimeout(Duration timeout) {
            this.connectionTimeout = Checks.positive(timeout, "connection-timeout");
            return this;
        }

        public Builder connectionRetry(ConnectionRetryConfig retry) {
            this.connectionRetry = Objects.requireNonNull(retry, "connection-retry must not be null");
            return this;
        }

        /** Shorthand for the connection retry's cluster connect timeout; null retries forever. */
        public Builder clusterConnectTimeout(Duration timeout) {
            return connectionRetry(connectionRetry.withClusterConnectTimeout(timeout));
        }

        public Builder asyncStart(boolean asyncStart) {
            this.asyncStart = asyncStart;
            return this;
        }

        public Builder reconnectMode(ReconnectMode mode) {
            this.reconnectMode = Objects.requireNonNull(mode, "reconnect-mode must not be null");
            return this;
        }

        /** The load balancer; a supplier, since each client needs its own. */
        public Builder loadBalancer(Supplier<LoadBalancer> loadBalancer) {
            this.loadBalancer = Objects.requireNonNull(loadBalancer, "load-balancer must not be null");
            return this;
        }

        public Builder backupAckToClient(boolean enabled) {
            this.backupAckToClient = enabled;
            return this;
        }

        public Builder operationBackupTimeout(Duration timeout) {
            this.operationBackupTimeout = Checks.positive(timeout, "operation-backup-timeout");
            return this;
        }

        /** See {@link ClientConfig#failOnIndeterminateOperationState()}; false by default. */
        public Builder failOnIndeterminateOperationState(boolean fail) {
            this.failOnIndeterminateOperationState = fail;
            return this;
        }

        /** See {@link ClientConfig#maxMessageSize()}; at least {@value ClientConfig#MIN_MAX_MESSAGE_SIZE} bytes (64 KiB). */
        public Builder maxMessageSize(int bytes) {
            if (bytes < MIN_MAX_MESSAGE_SIZE) {
                throw new IllegalArgumentException("max-message-size must be at least " + MIN_MAX_MESSAGE_SIZE
                        + " bytes (64 KiB), got " + bytes);
            }
            this.maxMessageSize = bytes;
            return this;
        }

        public Builder serialization(SerializationConfig serialization) {
            this.serialization = Objects.requireNonNull(serialization, "serialization must not be null");
            return this;
        }

        public Builder addLifecycleListener(LifecycleListener listener) {
            lifecycleListeners.add(Objects.requireNonNull(listener, "lifecycle listener must not be null"));
            return this;
        }

        /** Adds (or replaces) the config of the generators its name or pattern matches ({@code orders-*}). */
        public Builder addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig config) {
            Objects.requireNonNull(config, "flake-id-generators config must not be null");
            flakeIdGenerators.put(config.name(), config);
            return this;
        }

        /** Adds (or replaces) the config of the reliable topics its name or pattern matches ({@code orders-*}). */
        public Builder addReliableTopicConfig(ReliableTopicConfig config) {
            Objects.requireNonNull(config, "reliable-topics config must not be null");
            reliableTopics.put(config.name(), config);
            return this;
        }

        /** Adds (or replaces) the near cache of the maps its name or pattern matches ({@code products-*}). */
        public Builder addNearCacheConfig(NearCacheConfig config) {
            Objects.requireNonNull(config, "near-caches config must not be null");
            nearCaches.put(config.name(), config);
            return this;
        }

        public Builder nearCacheRepair(NearCacheRepairConfig repair) {
            this.nearCacheRepair = Objects.requireNonNull(repair, "near-cache-repair must not be null");
            return this;
        }

        public ClientConfig build() {
            if (heartbeatTimeout.compareTo(heartbeatInterval) <= 0) {
                throw new IllegalArgumentException("heartbeat.timeout (" + heartbeatTimeout
                        + ") must be longer than heartbeat.interval (" + heartbeatInterval + ")");
            }
            return new ClientConfig(this);
        }
    }
}
