package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.ReconnectMode;
import io.hzclient.topic.TopicOverloadPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code hz.client.*} properties: every option of the client, in the seed guide's names, kebab case. Checked when
 * bound (see {@link HzClientPropertiesValidator}); a bad value stops the startup with a message naming the property.
 * Durations take Spring's forms: {@code 500ms}, {@code 5s}, {@code 2m}, or ISO-8601; sizes too: {@code 512KB},
 * {@code 64MB} (1MB = 1024KB = 1048576 bytes).
 * <p>
 * Long, and on purpose in one file: the binder needs a getter and a setter per option, and the configuration
 * processor takes each description and default from the field's javadoc and initializer in this source.
 * The checks live in {@link HzClientPropertiesValidator}, the mapping to the client's config in ClientConfigFactory.
 */
@ConfigurationProperties(prefix = HzClientProperties.PREFIX)
public class HzClientProperties implements Validator {

    /** The prefix of every property of the client: {@value}. */
    public static final String PREFIX = "hz.client";

    /** Name of the cluster to join; members refuse clients that give another name. */
    private String clusterName = "dev";

    /**
     * Member addresses to connect to: host, host:port, host:5701-5703 or [ipv6]:port. Empty means 127.0.0.1, where
     * ports 5701 to 5703 are tried.
     */
    private List<String> clusterMembers = new ArrayList<>();

    /** Name of this client as the members show it. Default: hz.client_N. */
    private String clientName;

    /** Labels the members show for this client. */
    private List<String> labels = new ArrayList<>();

    /** Whether the client connects to every member and sends each call to the partition owner (false: one member). */
    private boolean smartRouting = true;

    /** Whether calls that are not idempotent are retried after a connection loss too (they may run twice). */
    private boolean redoOperation = false;

    /** How long a call may take, retries included, before it fails with OperationTimeoutException. */
    private Duration invocationTimeout = Duration.ofSeconds(120);

    /** Pause between two tries of a call that failed with a retryable error. */
    private Duration invocationRetryPause = Duration.ofSeconds(1);

    /** Socket connect timeout for one member, also the time a member has to answer the authentication. */
    private Duration connectionTimeout = Duration.ofSeconds(5);

    /** Whether the client starts before it has a connection (calls fail with ClientOfflineException until then). Same as startup.mode=lazy. */
    private boolean asyncStart = false;

    /** What the client does when it loses the cluster: on (reconnect, calls wait), off (shut down), async (reconnect, calls fail at once). */
    private ReconnectMode reconnectMode = ReconnectMode.ON;

    /**
     * Picks the member for calls that no partition decides: round-robin, random, or the name of a LoadBalancer bean.
     * Default: the only LoadBalancer bean if there is one, else round-robin.
     */
    private String loadBalancer;

    /** Whether members send backup acknowledgements to the client, so a call returns only once its backups are done (smart routing only). */
    private boolean backupAckToClient = true;

    /**
     * How long a call that the owner answered waits for its backup acknowledgements; then
     * fail-on-indeterminate-operation-state decides.
     */
    private Duration operationBackupTimeout = Duration.ofSeconds(5);

    /**
     * Whether a call whose backup acknowledgements did not all come within operation-backup-timeout fails with
     * IndeterminateOperationStateException (true) or returns normally with a WARN log (false).
     */
    private boolean failOnIndeterminateOperationState = false;

    /**
     * Largest message the client sends or reads (64KB to 2GB - 1 byte). A request over it fails at once with
     * MessageTooLargeException, unsent; an answer over it fails its call alone; an event over it is dropped with a
     * warning. The default lets every value the client can write come back.
     */
    private DataSize maxMessageSize = DataSize.ofMegabytes(64);

    private final Heartbeat heartbeat = new Heartbeat();

    private final ConnectionRetry connectionRetry = new ConnectionRetry();

    private final Startup startup = new Startup();

    private final Statistics statistics = new Statistics();

    private final Ssl ssl = new Ssl();

    private final Serialization serialization = new Serialization();

    private final Beans beans = new Beans();

    private final Health health = new Health();

    /**
     * Near caches, keyed by the name of the map they cache or a pattern with one * (write it in brackets, quoted in
     * YAML: "[products-*]"); the key default applies to every map no other key matches.
     */
    private Map<String, NearCache> nearCaches = new LinkedHashMap<>();

    private final NearCacheRepair nearCacheRepair = new NearCacheRepair();

    // credentials (issue 22)
    private final Security security = new Security();

    // Hazelcast Cloud discovery (issue 22)
    private final Cloud cloud = new Cloud();

    // members' public addresses (issue 24)
    /**
     * Whether to dial the public address each member announces instead of its private one; unset, the client
     * decides: the public ones only when the private ones are out of reach and the public ones answer.
     */
    private Boolean usePublicIp;

    // connection options (issue 24)
    private final Socket socket = new Socket();

    /** Whether the client tries the member addresses in a random order, so that many clients spread over them. */
    private boolean shuffleMemberList = true;

    /** Flake id generators, keyed by generator name or a pattern with one * (write it in brackets: [orders-*]). */
    private Map<String, FlakeIdGenerator> flakeIdGenerators = new LinkedHashMap<>();

    /** Reliable topics, keyed by topic name or a pattern with one * (write it in brackets: [news-*]). */
    private Map<String, ReliableTopic> reliableTopics = new LinkedHashMap<>();

    @Override
    public boolean supports(Class<?> type) {
        return HzClientProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        HzClientPropertiesValidator.validate((HzClientProperties) target, errors);
    }

    /**
     * Name of the cluster to join; members refuse clients that give another name.
     *
     * @return the value of {@code hz.client.cluster-name}
     */
    public String getClusterName() {
        return clusterName;
    }

    /**
     * Sets {@code hz.client.cluster-name}; see {@link #getClusterName()}.
     *
     * @param clusterName the new value
     */
    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    /**
     * Member addresses to connect to: host, host:port, host:5701-5703 or [ipv6]:port. Empty means 127.0.0.1, where
     * ports 5701 to 5703 are tried.
     *
     * @return the value of {@code hz.client.cluster-members}
     */
    public List<String> getClusterMembers() {
        return clusterMembers;
    }

    /**
     * Sets {@code hz.client.cluster-members}; see {@link #getClusterMembers()}.
     *
     * @param clusterMembers the new value
     */
    public void setClusterMembers(List<String> clusterMembers) {
        this.clusterMembers = clusterMembers;
    }

    /**
     * Name of this client as the members show it. Default: hz.client_N.
     *
     * @return the value of {@code hz.client.client-name}
     */
    public String getClientName() {
        return clientName;
    }

    /**
     * Sets {@code hz.client.client-name}; see {@link #getClientName()}.
     *
     * @param clientName the new value
     */
    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    /**
     * Labels the members show for this client.
     *
     * @return the value of {@code hz.client.labels}
     */
    public List<String> getLabels() {
        return labels;
    }

    /**
     * Sets {@code hz.client.labels}; see {@link #getLabels()}.
     *
     * @param labels the new value
     */
    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    /**
     * Whether the client connects to every member and sends each call to the partition owner (false: one member).
     *
     * @return the value of {@code hz.client.smart-routing}
     */
    public boolean isSmartRouting() {
        return smartRouting;
    }

    /**
     * Sets {@code hz.client.smart-routing}; see {@link #isSmartRouting()}.
     *
     * @param smartRouting the new value
     */
    public void setSmartRouting(boolean smartRouting) {
        this.smartRouting = smartRouting;
    }

    /**
     * Whether calls that are not idempotent are retried after a connection loss too (they may run twice).
     *
     * @return the value of {@code hz.client.redo-operation}
     */
    public boolean isRedoOperation() {
        return redoOperation;
    }

    /**
     * Sets {@code hz.client.redo-operation}; see {@link #isRedoOperation()}.
     *
     * @param redoOperation the new value
     */
    public void setRedoOperation(boolean redoOperation) {
        this.redoOperation = redoOperation;
    }

    /**
     * How long a call may take, retries included, before it fails with OperationTimeoutException.
     *
     * @return the value of {@code hz.client.invocation-timeout}
     */
    public Duration getInvocationTimeout() {
        return invocationTimeout;
    }

    /**
     * Sets {@code hz.client.invocation-timeout}; see {@link #getInvocationTimeout()}.
     *
     * @param invocationTimeout the new value
     */
    public void setInvocationTimeout(Duration invocationTimeout) {
        this.invocationTimeout = invocationTimeout;
    }

    /**
     * Pause between two tries of a call that failed with a retryable error.
     *
     * @return the value of {@code hz.client.invocation-retry-pause}
     */
    public Duration getInvocationRetryPause() {
        return invocationRetryPause;
    }

    /**
     * Sets {@code hz.client.invocation-retry-pause}; see {@link #getInvocationRetryPause()}.
     *
     * @param invocationRetryPause the new value
     */
    public void setInvocationRetryPause(Duration invocationRetryPause) {
        this.invocationRetryPause = invocationRetryPause;
    }

    /**
     * Socket connect timeout for one member, also the time a member has to answer the authentication.
     *
     * @return the value of {@code hz.client.connection-timeout}
     */
    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    /**
     * Sets {@code hz.client.connection-timeout}; see {@link #getConnectionTimeout()}.
     *
     * @param connectionTimeout the new value
     */
    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    /**
     * Whether the client starts before it has a connection (calls fail with ClientOfflineException until then). Same as
     * startup.mode=lazy.
     *
     * @return the value of {@code hz.client.async-start}
     */
    public boolean isAsyncStart() {
        return asyncStart;
    }

    /**
     * Sets {@code hz.client.async-start}; see {@link #isAsyncStart()}.
     *
     * @param asyncStart the new value
     */
    public void setAsyncStart(boolean asyncStart) {
        this.asyncStart = asyncStart;
    }

    /**
     * What the client does when it loses the cluster: on (reconnect, calls wait), off (shut down), async (reconnect,
     * calls fail at once).
     *
     * @return the value of {@code hz.client.reconnect-mode}
     */
    public ReconnectMode getReconnectMode() {
        return reconnectMode;
    }

    /**
     * Sets {@code hz.client.reconnect-mode}; see {@link #getReconnectMode()}.
     *
     * @param reconnectMode the new value
     */
    public void setReconnectMode(ReconnectMode reconnectMode) {
        this.reconnectMode = reconnectMode;
    }

    /**
     * Picks the member for calls that no partition decides: round-robin, random, or the name of a LoadBalancer bean.
     * Default: the only LoadBalancer bean if there is one, else round-robin.
     *
     * @return the value of {@code hz.client.load-balancer}
     */
    public String getLoadBalancer() {
        return loadBalancer;
    }

    /**
     * Sets {@code hz.client.load-balancer}; see {@link #getLoadBalancer()}.
     *
     * @param loadBalancer the new value
     */
    public void setLoadBalancer(String loadBalancer) {
        this.loadBalancer = loadBalancer;
    }

    /**
     * Whether members send backup acknowledgements to the client, so a call returns only once its backups are done
     * (smart routing only).
     *
     * @return the value of {@code hz.client.backup-ack-to-client}
     */
    public boolean isBackupAckToClient() {
        return backupAckToClient;
    }

    /**
     * Sets {@code hz.client.backup-ack-to-client}; see {@link #isBackupAckToClient()}.
     *
     * @param backupAckToClient the new value
     */
    public void setBackupAckToClient(boolean backupAckToClient) {
        this.backupAckToClient = backupAckToClient;
    }

    /**
     * How long a call that the owner answered waits for its backup acknowledgements; then
     * fail-on-indeterminate-operation-state decides.
     *
     * @return the value of {@code hz.client.operation-backup-timeout}
     */
    public Duration getOperationBackupTimeout() {
        return operationBackupTimeout;
    }

    /**
     * Sets {@code hz.client.operation-backup-timeout}; see {@link #getOperationBackupTimeout()}.
     *
     * @param operationBackupTimeout the new value
     */
    public void setOperationBackupTimeout(Duration operationBackupTimeout) {
        this.operationBackupTimeout = operationBackupTimeout;
    }

    /**
     * Whether a call whose backup acknowledgements did not all come within operation-backup-timeout fails with
     * IndeterminateOperationStateException (true) or returns normally with a WARN log (false).
     *
     * @return the value of {@code hz.client.fail-on-indeterminate-operation-state}
     */
    public boolean isFailOnIndeterminateOperationState() {
        return failOnIndeterminateOperationState;
    }

    /**
     * Sets {@code hz.client.fail-on-indeterminate-operation-state}; see {@link #isFailOnIndeterminateOperationState()}.
     *
     * @param failOnIndeterminateOperationState the new value
     */
    public void setFailOnIndeterminateOperationState(boolean failOnIndeterminateOperationState) {
        this.failOnIndeterminateOperationState = failOnIndeterminateOperationState;
    }

    /**
     * Largest message the client sends or reads (64KB to 2GB - 1 byte). A request over it fails at once with
     * MessageTooLargeException, unsent; an answer over it fails its call alone; an event over it is dropped with a
     * warning. The default lets every value the client can write come back.
     *
     * @return the value of {@code hz.client.max-message-size}
     */
    public DataSize getMaxMessageSize() {
        return maxMessageSize;
    }

    /**
     * Sets {@code hz.client.max-message-size}; see {@link #getMaxMessageSize()}.
     *
     * @param maxMessageSize the new value
     */
    public void setMaxMessageSize(DataSize maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /**
     * The {@code hz.client.heartbeat.*} properties: how the client watches its connections.
     *
     * @return the group, to read or change
     */
    public Heartbeat getHeartbeat() {
        return heartbeat;
    }

    /**
     * The {@code hz.client.connection-retry.*} properties: how the client retries to reach the cluster.
     *
     * @return the group, to read or change
     */
    public ConnectionRetry getConnectionRetry() {
        return connectionRetry;
    }

    /**
     * The {@code hz.client.startup.*} properties: how the application starts when the cluster is not there yet.
     *
     * @return the group, to read or change
     */
    public Startup getStartup() {
        return startup;
    }

    /**
     * The {@code hz.client.statistics.*} properties: statistics sent to the cluster.
     *
     * @return the group, to read or change
     */
    public Statistics getStatistics() {
        return statistics;
    }

    /**
     * The {@code hz.client.ssl.*} properties: TLS for the connections to the members.
     *
     * @return the group, to read or change
     */
    public Ssl getSsl() {
        return ssl;
    }

    /**
     * The {@code hz.client.serialization.*} properties: how values are turned into bytes.
     *
     * @return the group, to read or change
     */
    public Serialization getSerialization() {
        return serialization;
    }

    /**
     * The {@code hz.client.beans.*} properties: distributed objects registered as beans.
     *
     * @return the group, to read or change
     */
    public Beans getBeans() {
        return beans;
    }

    // ---- credentials (issue 22)

    /**
     * The {@code hz.client.security.*} properties: the credentials the client authenticates with.
     *
     * @return the group, to read or change
     */
    public Security getSecurity() {
        return security;
    }

    // ---- members' public addresses (issue 24)

    /**
     * Whether to dial the public address each member announces instead of its private one; unset, the client
     * decides: the public ones only when the private ones are out of reach and the public ones answer.
     *
     * @return the value of {@code hz.client.use-public-ip}, or null for the automatic choice
     */
    public Boolean getUsePublicIp() {
        return usePublicIp;
    }

    /**
     * Sets {@code hz.client.use-public-ip}; see {@link #getUsePublicIp()}.
     *
     * @param usePublicIp true, false, or null for the automatic choice
     */
    public void setUsePublicIp(Boolean usePublicIp) {
        this.usePublicIp = usePublicIp;
    }

    // ---- connection options (issue 24)

    /**
     * The {@code hz.client.socket.*} properties: the TCP options of every connection to a member.
     *
     * @return the group, to read or change
     */
    public Socket getSocket() {
        return socket;
    }

    /**
     * Whether the client tries the member addresses in a random order, so that many clients spread over them.
     *
     * @return the value of {@code hz.client.shuffle-member-list}
     */
    public boolean isShuffleMemberList() {
        return shuffleMemberList;
    }

    /**
     * Sets {@code hz.client.shuffle-member-list}; see {@link #isShuffleMemberList()}.
     *
     * @param shuffleMemberList false to try the addresses in their order
     */
    public void setShuffleMemberList(boolean shuffleMemberList) {
        this.shuffleMemberList = shuffleMemberList;
    }

    // ---- Hazelcast Cloud discovery (issue 22)

    /**
     * The {@code hz.client.cloud.*} properties: Hazelcast Cloud discovery.
     *
     * @return the group, to read or change
     */
    public Cloud getCloud() {
        return cloud;
    }

    /**
     * The {@code hz.client.health.*} properties: the health indicator.
     *
     * @return the group, to read or change
     */
    public Health getHealth() {
        return health;
    }

    /**
     * Near caches, keyed by the name of the map they cache or a pattern with one * (write it in brackets, quoted in
     * YAML: "[products-*]"); the key default applies to every map no other key matches.
     *
     * @return the value of {@code hz.client.near-caches}
     */
    public Map<String, NearCache> getNearCaches() {
        return nearCaches;
    }

    /**
     * Sets {@code hz.client.near-caches}; see {@link #getNearCaches()}.
     *
     * @param nearCaches the new value
     */
    public void setNearCaches(Map<String, NearCache> nearCaches) {
        this.nearCaches = nearCaches;
    }

    /**
     * The {@code hz.client.near-cache-repair.*} properties: how near caches repair missed invalidations.
     *
     * @return the group, to read or change
     */
    public NearCacheRepair getNearCacheRepair() {
        return nearCacheRepair;
    }

    /**
     * Flake id generators, keyed by generator name or a pattern with one * (write it in brackets: [orders-*]).
     *
     * @return the value of {@code hz.client.flake-id-generators}
     */
    public Map<String, FlakeIdGenerator> getFlakeIdGenerators() {
        return flakeIdGenerators;
    }

    /**
     * Sets {@code hz.client.flake-id-generators}; see {@link #getFlakeIdGenerators()}.
     *
     * @param flakeIdGenerators the new value
     */
    public void setFlakeIdGenerators(Map<String, FlakeIdGenerator> flakeIdGenerators) {
        this.flakeIdGenerators = flakeIdGenerators;
    }

    /**
     * Reliable topics, keyed by topic name or a pattern with one * (write it in brackets: [news-*]).
     *
     * @return the value of {@code hz.client.reliable-topics}
     */
    public Map<String, ReliableTopic> getReliableTopics() {
        return reliableTopics;
    }

    /**
     * Sets {@code hz.client.reliable-topics}; see {@link #getReliableTopics()}.
     *
     * @param reliableTopics the new value
     */
    public void setReliableTopics(Map<String, ReliableTopic> reliableTopics) {
        this.reliableTopics = reliableTopics;
    }

    /** How the application starts when the cluster is not there yet. */
    public enum StartupMode {
        /** Wait for the cluster up to startup.timeout, then fail the startup with a clear reason. */
        FAIL_FAST,
        /** Wait for the cluster as long as it takes (or until connection-retry.cluster-connect-timeout). */
        WAIT_FOREVER,
        /** Start at once and connect in the background; calls fail with ClientOfflineException until connected. */
        LAZY
    }

    /** The byte order of payloads. */
    public enum ByteOrder {
        /** Most significant byte first: the members' default. */
        BIG_ENDIAN,
        /** Least significant byte first. */
        LITTLE_ENDIAN
    }

    /** The {@code hz.client.heartbeat.*} properties: how the client watches its connections. */
    public static class Heartbeat {
        /** How long a connection may be idle before the client sends a ping over it. */
        private Duration interval = Duration.ofSeconds(5);

        /** How long a connection may stay silent before the client closes it as dead. Must exceed the interval. */
        private Duration timeout = Duration.ofSeconds(60);

        /**
         * How long a connection may be idle before the client sends a ping over it.
         *
         * @return the value of {@code hz.client.heartbeat.interval}
         */
        public Duration getInterval() {
            return interval;
        }

        /**
         * Sets {@code hz.client.heartbeat.interval}; see {@link #getInterval()}.
         *
         * @param interval the new value
         */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /**
         * How long a connection may stay silent before the client closes it as dead. Must exceed the interval.
         *
         * @return the value of {@code hz.client.heartbeat.timeout}
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets {@code hz.client.heartbeat.timeout}; see {@link #getTimeout()}.
         *
         * @param timeout the new value
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** The {@code hz.client.connection-retry.*} properties: how the client retries to reach the cluster. */
    public static class ConnectionRetry {
        /** Wait before the second round of tries to reach the cluster. */
        private Duration initialBackoff = Duration.ofSeconds(1);

        /** Upper bound of the wait between two rounds. */
        private Duration maxBackoff = Duration.ofSeconds(30);

        /** Factor by which the wait grows after each round (at least 1.0). */
        private double multiplier = 1.05;

        /** Random variation of each wait, as a fraction of it (0 to 1). */
        private double jitter = 0;

        /** How long the client tries to reach the cluster before it gives up and shuts down. Unset: forever. */
        private Duration clusterConnectTimeout;

        /**
         * Wait before the second round of tries to reach the cluster.
         *
         * @return the value of {@code hz.client.connection-retry.initial-backoff}
         */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /**
         * Sets {@code hz.client.connection-retry.initial-backoff}; see {@link #getInitialBackoff()}.
         *
         * @param initialBackoff the new value
         */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /**
         * Upper bound of the wait between two rounds.
         *
         * @return the value of {@code hz.client.connection-retry.max-backoff}
         */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /**
         * Sets {@code hz.client.connection-retry.max-backoff}; see {@link #getMaxBackoff()}.
         *
         * @param maxBackoff the new value
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /**
         * Factor by which the wait grows after each round (at least 1.0).
         *
         * @return the value of {@code hz.client.connection-retry.multiplier}
         */
        public double getMultiplier() {
            return multiplier;
        }

        /**
         * Sets {@code hz.client.connection-retry.multiplier}; see {@link #getMultiplier()}.
         *
         * @param multiplier the new value
         */
        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        /**
         * Random variation of each wait, as a fraction of it (0 to 1).
         *
         * @return the value of {@code hz.client.connection-retry.jitter}
         */
        public double getJitter() {
            return jitter;
        }

        /**
         * Sets {@code hz.client.connection-retry.jitter}; see {@link #getJitter()}.
         *
         * @param jitter the new value
         */
        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        /**
         * How long the client tries to reach the cluster before it gives up and shuts down. Unset: forever.
         *
         * @return the value of {@code hz.client.connection-retry.cluster-connect-timeout}
         */
        public Duration getClusterConnectTimeout() {
            return clusterConnectTimeout;
        }

        /**
         * Sets {@code hz.client.connection-retry.cluster-connect-timeout}; see {@link #getClusterConnectTimeout()}.
         *
         * @param clusterConnectTimeout the new value
         */
        public void setClusterConnectTimeout(Duration clusterConnectTimeout) {
            this.clusterConnectTimeout = clusterConnectTimeout;
        }
    }

    /** The {@code hz.client.startup.*} properties: how the application starts when the cluster is not there yet. */
    public static class Startup {
        /** fail-fast (wait up to startup.timeout, then fail), wait-forever, or lazy (connect in the background). */
        private StartupMode mode = StartupMode.FAIL_FAST;

        /** With fail-fast: how long the application waits for the cluster before its startup fails. */
        private Duration timeout = Duration.ofSeconds(30);

        /**
         * fail-fast (wait up to startup.timeout, then fail), wait-forever, or lazy (connect in the background).
         *
         * @return the value of {@code hz.client.startup.mode}
         */
        public StartupMode getMode() {
            return mode;
        }

        /**
         * Sets {@code hz.client.startup.mode}; see {@link #getMode()}.
         *
         * @param mode the new value
         */
        public void setMode(StartupMode mode) {
            this.mode = mode;
        }

        /**
         * With fail-fast: how long the application waits for the cluster before its startup fails.
         *
         * @return the value of {@code hz.client.startup.timeout}
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets {@code hz.client.startup.timeout}; see {@link #getTimeout()}.
         *
         * @param timeout the new value
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    // ---- credentials (issue 22)

    /**
     * The {@code hz.client.security.*} properties: a username and password, or a token, that the client
     * authenticates with. The password and the token are masked in {@code /actuator/configprops} and
     * {@code /actuator/env}, whatever their {@code show-values} say, and in {@link #toString()}.
     */
    public static class Security {
        /** The username the client authenticates with; set with password, not with token. */
        private String username;

        /** The password of the username. Masked in the actuator's configprops and env endpoints. */
        private String password;

        /** A token (its UTF-8 bytes are sent) instead of a username and password. Masked in the actuator's endpoints. */
        private String token;

        /**
         * The username the client authenticates with; set with password, not with token.
         *
         * @return the value of {@code hz.client.security.username}
         */
        public String getUsername() {
            return username;
        }

        /**
         * Sets {@code hz.client.security.username}; see {@link #getUsername()}.
         *
         * @param username the new value
         */
        public void setUsername(String username) {
            this.username = username;
        }

        /**
         * The password of the username. Masked in the actuator's configprops and env endpoints.
         *
         * @return the value of {@code hz.client.security.password}
         */
        public String getPassword() {
            return password;
        }

        /**
         * Sets {@code hz.client.security.password}; see {@link #getPassword()}.
         *
         * @param password the new value
         */
        public void setPassword(String password) {
            this.password = password;
        }

        /**
         * A token (its UTF-8 bytes are sent) instead of a username and password. Masked in the actuator's endpoints.
         *
         * @return the value of {@code hz.client.security.token}
         */
        public String getToken() {
            return token;
        }

        /**
         * Sets {@code hz.client.security.token}; see {@link #getToken()}.
         *
         * @param token the new value
         */
        public void setToken(String token) {
            this.token = token;
        }

        /**
         * The username, and whether a password and a token are set; never their values.
         *
         * @return a description without secrets
         */
        @Override
        public String toString() {
            return "Security[username=" + username + ", password=" + (password == null ? "unset" : "******")
                    + ", token=" + (token == null ? "unset" : "******") + "]";
        }
    }

    // ---- Hazelcast Cloud discovery (issue 22)

    /**
     * The {@code hz.client.cloud.*} properties: with a discovery token, the client asks the cloud's discovery API for
     * the members' addresses instead of using {@code cluster-members}, and connects over TLS. The token is masked in
     * {@code /actuator/configprops} and {@code /actuator/env}, and in {@link #toString()}.
     */
    public static class Cloud {
        /** The Hazelcast Cloud discovery token; when set, cluster-members is not used and TLS is on. Masked. */
        private String discoveryToken;

        /** Where the cloud's discovery API is: an absolute https URL. */
        private String urlBase = "https://api.viridian.hazelcast.com";

        /**
         * The Hazelcast Cloud discovery token; when set, cluster-members is not used and TLS is on. Masked.
         *
         * @return the value of {@code hz.client.cloud.discovery-token}, or null
         */
        public String getDiscoveryToken() {
            return discoveryToken;
        }

        /**
         * Sets {@code hz.client.cloud.discovery-token}; see {@link #getDiscoveryToken()}.
         *
         * @param discoveryToken the new value
         */
        public void setDiscoveryToken(String discoveryToken) {
            this.discoveryToken = discoveryToken;
        }

        /**
         * Where the cloud's discovery API is: an absolute https URL.
         *
         * @return the value of {@code hz.client.cloud.url-base}
         */
        public String getUrlBase() {
            return urlBase;
        }

        /**
         * Sets {@code hz.client.cloud.url-base}; see {@link #getUrlBase()}.
         *
         * @param urlBase the new value
         */
        public void setUrlBase(String urlBase) {
            this.urlBase = urlBase;
        }

        /**
         * The URL base, and whether a token is set; never its value.
         *
         * @return a description without the token
         */
        @Override
        public String toString() {
            return "Cloud[discoveryToken=" + (discoveryToken == null ? "unset" : "******") + ", urlBase=" + urlBase
                    + "]";
        }
    }

    /** The {@code hz.client.ssl.*} properties: TLS for the connections to the members. */
    public static class Ssl {
        /** Whether the connections use TLS; on by default when a bundle is named. */
        private Boolean enabled;

        /** The Spring SSL bundle (spring.ssl.bundle.*) whose trust and key material the client uses. */
        private String bundle;

        /** Whether the member's certificate must name the host the client dialled. */
        private boolean hostnameVerification = true;

        /**
         * Whether the connections use TLS; on by default when a bundle is named. On without a bundle, the client
         * trusts what the JVM's default trust store trusts.
         *
         * @return the value of {@code hz.client.ssl.enabled}, or true when unset and a bundle is named
         */
        public boolean isEnabled() {
            return enabled != null ? enabled : bundle != null;
        }

        /**
         * Sets {@code hz.client.ssl.enabled}; see {@link #isEnabled()}.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The Spring SSL bundle ({@code spring.ssl.bundle.jks.<name>} or {@code spring.ssl.bundle.pem.<name>}) whose
         * trust material, key (for mutual TLS), protocols and ciphers the client uses.
         *
         * @return the value of {@code hz.client.ssl.bundle}, or null
         */
        public String getBundle() {
            return bundle;
        }

        /**
         * Sets {@code hz.client.ssl.bundle}; see {@link #getBundle()}.
         *
         * @param bundle the new value
         */
        public void setBundle(String bundle) {
            this.bundle = bundle;
        }

        /**
         * Whether the member's certificate must name the host the client dialled (its DNS name or IP address among
         * the certificate's subject alternative names).
         *
         * @return the value of {@code hz.client.ssl.hostname-verification}
         */
        public boolean isHostnameVerification() {
            return hostnameVerification;
        }

        /**
         * Sets {@code hz.client.ssl.hostname-verification}; see {@link #isHostnameVerification()}.
         *
         * @param hostnameVerification the new value
         */
        public void setHostnameVerification(boolean hostnameVerification) {
            this.hostnameVerification = hostnameVerification;
        }
    }

    /** The {@code hz.client.statistics.*} properties: statistics sent to the cluster. */
    public static class Statistics {
        /**
         * Whether the client sends its statistics to the cluster every period, for Management Center to show: its
         * name, type, version and address, JVM and OS figures, and each near cache's counters.
         */
        private boolean enabled = false;

        /** How often the statistics are collected and sent (when enabled); positive. */
        private Duration period = Duration.ofSeconds(3);

        /**
         * Whether the client sends its statistics to the cluster every period, for Management Center to show: its
         * name, type, version and address, JVM and OS figures, and each near cache's counters.
         *
         * @return the value of {@code hz.client.statistics.enabled}
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code hz.client.statistics.enabled}; see {@link #isEnabled()}.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * How often the statistics are collected and sent (when enabled); positive.
         *
         * @return the value of {@code hz.client.statistics.period}
         */
        public Duration getPeriod() {
            return period;
        }

        /**
         * Sets {@code hz.client.statistics.period}; see {@link #getPeriod()}.
         *
         * @param period the new value
         */
        public void setPeriod(Duration period) {
            this.period = period;
        }
    }

    /** The {@code hz.client.serialization.*} properties: how values are turned into bytes. */
    public static class Serialization {
        /** Byte order of payloads (the Data header is big-endian whatever this says); members default to big-endian. */
        private ByteOrder byteOrder = ByteOrder.BIG_ENDIAN;

        /** IdentifiedDataSerializable factories: factory id to a DataSerializableFactory class with a no-arg constructor. */
        private Map<Integer, Class<?>> dataSerializableFactories = new LinkedHashMap<>();

        /** Portable factories: factory id to a PortableFactory class with a no-arg constructor. */
        private Map<Integer, Class<?>> portableFactories = new LinkedHashMap<>();

        /** The class version written for Portable classes that are not VersionedPortable (not negative). */
        private int portableVersion = 0;

        /** Custom serializers: the class they serialize to a StreamSerializer class with a no-arg constructor. */
        private Map<Class<?>, Class<?>> serializers = new LinkedHashMap<>();

        /** A StreamSerializer class for every value no other serializer takes. */
        private Class<?> globalSerializer;

        /**
         * CompactSerializer classes with a no-arg constructor (CompactSerializer beans are added too). Records and
         * plain classes need none: they use zero-config Compact.
         */
        private List<Class<?>> compactSerializers = new ArrayList<>();

        private final JavaSerialization javaSerialization = new JavaSerialization();

        private final Json json = new Json();

        /**
         * Byte order of payloads (the Data header is big-endian whatever this says); members default to big-endian.
         *
         * @return the value of {@code hz.client.serialization.byte-order}
         */
        public ByteOrder getByteOrder() {
            return byteOrder;
        }

        /**
         * Sets {@code hz.client.serialization.byte-order}; see {@link #getByteOrder()}.
         *
         * @param byteOrder the new value
         */
        public void setByteOrder(ByteOrder byteOrder) {
            this.byteOrder = byteOrder;
        }

        /**
         * IdentifiedDataSerializable factories: factory id to a DataSerializableFactory class with a no-arg
         * constructor.
         *
         * @return the value of {@code hz.client.serialization.data-serializable-factories}
         */
        public Map<Integer, Class<?>> getDataSerializableFactories() {
            return dataSerializableFactories;
        }

        /**
         * Sets {@code hz.client.serialization.data-serializable-factories}; see
         * {@link #getDataSerializableFactories()}.
         *
         * @param dataSerializableFactories the new value
         */
        public void setDataSerializableFactories(Map<Integer, Class<?>> dataSerializableFactories) {
            this.dataSerializableFactories = dataSerializableFactories;
        }

        /**
         * Portable factories: factory id to a PortableFactory class with a no-arg constructor.
         *
         * @return the value of {@code hz.client.serialization.portable-factories}
         */
        public Map<Integer, Class<?>> getPortableFactories() {
            return portableFactories;
        }

        /**
         * Sets {@code hz.client.serialization.portable-factories}; see {@link #getPortableFactories()}.
         *
         * @param portableFactories the new value
         */
        public void setPortableFactories(Map<Integer, Class<?>> portableFactories) {
            this.portableFactories = portableFactories;
        }

        /**
         * The class version written for Portable classes that are not VersionedPortable (not negative).
         *
         * @return the value of {@code hz.client.serialization.portable-version}
         */
        public int getPortableVersion() {
            return portableVersion;
        }

        /**
         * Sets {@code hz.client.serialization.portable-version}; see {@link #getPortableVersion()}.
         *
         * @param portableVersion the new value
         */
        public void setPortableVersion(int portableVersion) {
            this.portableVersion = portableVersion;
        }

        /**
         * Custom serializers: the class they serialize to a StreamSerializer class with a no-arg constructor.
         *
         * @return the value of {@code hz.client.serialization.serializers}
         */
        public Map<Class<?>, Class<?>> getSerializers() {
            return serializers;
        }

        /**
         * Sets {@code hz.client.serialization.serializers}; see {@link #getSerializers()}.
         *
         * @param serializers the new value
         */
        public void setSerializers(Map<Class<?>, Class<?>> serializers) {
            this.serializers = serializers;
        }

        /**
         * A StreamSerializer class for every value no other serializer takes.
         *
         * @return the value of {@code hz.client.serialization.global-serializer}
         */
        public Class<?> getGlobalSerializer() {
            return globalSerializer;
        }

        /**
         * Sets {@code hz.client.serialization.global-serializer}; see {@link #getGlobalSerializer()}.
         *
         * @param globalSerializer the new value
         */
        public void setGlobalSerializer(Class<?> globalSerializer) {
            this.globalSerializer = globalSerializer;
        }

        /**
         * CompactSerializer classes with a no-arg constructor (CompactSerializer beans are added too). Records and
         * plain classes need none: they use zero-config Compact.
         *
         * @return the value of {@code hz.client.serialization.compact-serializers}
         */
        public List<Class<?>> getCompactSerializers() {
            return compactSerializers;
        }

        /**
         * Sets {@code hz.client.serialization.compact-serializers}; see {@link #getCompactSerializers()}.
         *
         * @param compactSerializers the new value
         */
        public void setCompactSerializers(List<Class<?>> compactSerializers) {
            this.compactSerializers = compactSerializers;
        }

        /**
         * The {@code hz.client.serialization.java-serialization.*} properties: which classes Java serialization may
         * write and read.
         *
         * @return the group, to read or change
         */
        public JavaSerialization getJavaSerialization() {
            return javaSerialization;
        }

        /**
         * The {@code hz.client.serialization.json.*} properties: JSON mode.
         *
         * @return the group, to read or change
         */
        public Json getJson() {
            return json;
        }
    }

    /**
     * JSON mode: records and plain classes are stored as JSON values (queryable on the members) instead of as
     * zero-config Compact. Needs Jackson: Jackson 3 ({@code tools.jackson.core:jackson-databind}) with the
     * application's {@code JsonMapper} bean if there is one, else a new mapper with the modules found on the
     * classpath; Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind}, its {@code ObjectMapper} bean or a
     * new one) only when Jackson 3 is not on the classpath.
     */
    public static class Json {
        /** Whether JSON mode is on. */
        private boolean enabled = false;

        /** Classes stored as JSON. With neither classes nor packages, every record and plain class is. */
        private List<Class<?>> classes = new ArrayList<>();

        /** Packages (with their subpackages) whose classes are stored as JSON. */
        private List<String> packages = new ArrayList<>();

        /**
         * Whether JSON mode is on.
         *
         * @return the value of {@code hz.client.serialization.json.enabled}
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code hz.client.serialization.json.enabled}; see {@link #isEnabled()}.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Classes stored as JSON. With neither classes nor packages, every record and plain class is.
         *
         * @return the value of {@code hz.client.serialization.json.classes}
         */
        public List<Class<?>> getClasses() {
            return classes;
        }

        /**
         * Sets {@code hz.client.serialization.json.classes}; see {@link #getClasses()}.
         *
         * @param classes the new value
         */
        public void setClasses(List<Class<?>> classes) {
            this.classes = classes;
        }

        /**
         * Packages (with their subpackages) whose classes are stored as JSON.
         *
         * @return the value of {@code hz.client.serialization.json.packages}
         */
        public List<String> getPackages() {
            return packages;
        }

        /**
         * Sets {@code hz.client.serialization.json.packages}; see {@link #getPackages()}.
         *
         * @param packages the new value
         */
        public void setPackages(List<String> packages) {
            this.packages = packages;
        }
    }

    /** Java serialization is off unless classes or packages are allowed here: reading it can run code chosen by the writer. */
    public static class JavaSerialization {
        /** Serializable classes that Java serialization may write and read. */
        private List<Class<?>> allowedClasses = new ArrayList<>();

        /** Packages (with their subpackages) whose Serializable classes Java serialization may write and read. */
        private List<String> allowedPackages = new ArrayList<>();

        /**
         * Serializable classes that Java serialization may write and read.
         *
         * @return the value of {@code hz.client.serialization.java-serialization.allowed-classes}
         */
        public List<Class<?>> getAllowedClasses() {
            return allowedClasses;
        }

        /**
         * Sets {@code hz.client.serialization.java-serialization.allowed-classes}; see {@link #getAllowedClasses()}.
         *
         * @param allowedClasses the new value
         */
        public void setAllowedClasses(List<Class<?>> allowedClasses) {
            this.allowedClasses = allowedClasses;
        }

        /**
         * Packages (with their subpackages) whose Serializable classes Java serialization may write and read.
         *
         * @return the value of {@code hz.client.serialization.java-serialization.allowed-packages}
         */
        public List<String> getAllowedPackages() {
            return allowedPackages;
        }

        /**
         * Sets {@code hz.client.serialization.java-serialization.allowed-packages}; see {@link #getAllowedPackages()}.
         *
         * @param allowedPackages the new value
         */
        public void setAllowedPackages(List<String> allowedPackages) {
            this.allowedPackages = allowedPackages;
        }
    }

    /** The {@code hz.client.beans.*} properties: distributed objects registered as beans, by name. */
    public static class Beans {
        /** Names of distributed maps to register as HzMap beans, each bean named after its map. */
        private List<String> maps = new ArrayList<>();

        /** Names of topics to register as Topic beans, each bean named after its topic. */
        private List<String> topics = new ArrayList<>();

        /** Names of PN counters to register as PNCounter beans, each bean named after its counter. */
        private List<String> pnCounters = new ArrayList<>();

        /** Names of Flake ID generators to register as FlakeIdGenerator beans, each bean named after its generator. */
        private List<String> flakeIdGenerators = new ArrayList<>();

        /** Names of reliable topics to register as ReliableTopic beans, each bean named after its topic. */
        private List<String> reliableTopics = new ArrayList<>();

        /** Names of ringbuffers to register as Ringbuffer beans, each bean named after its ringbuffer. */
        private List<String> ringbuffers = new ArrayList<>();

        /** Names of queues to register as HzQueue beans, each bean named after its queue. */
        private List<String> queues = new ArrayList<>();

        /** Names of sets to register as HzSet beans, each bean named after its set. */
        private List<String> sets = new ArrayList<>();

        /** Names of lists to register as HzList beans, each bean named after its list. */
        private List<String> lists = new ArrayList<>();

        /** Names of multimaps to register as HzMultiMap beans, each bean named after its multimap. */
        private List<String> multimaps = new ArrayList<>();

        /** Names of replicated maps to register as HzReplicatedMap beans, each bean named after its replicated map. */
        private List<String> replicatedMaps = new ArrayList<>();

        /**
         * Names of CP atomic longs (name or name@group) to register as HzAtomicLong beans, each bean named after its
         * name.
         */
        private List<String> atomicLongs = new ArrayList<>();

        /**
         * Names of CP atomic references (name or name@group) to register as HzAtomicReference beans, each bean named
         * after its name.
         */
        private List<String> atomicReferences = new ArrayList<>();

        /**
         * Names of CP count-down latches (name or name@group) to register as HzCountDownLatch beans, each bean named
         * after its name.
         */
        private List<String> countDownLatches = new ArrayList<>();

        /** Names of CP fenced locks (name or name@group) to register as HzFencedLock beans, each named after its name. */
        private List<String> locks = new ArrayList<>();

        /** Names of CP semaphores (name or name@group) to register as HzSemaphore beans, each named after its name. */
        private List<String> semaphores = new ArrayList<>();

        /** Names of executor services to register as HzExecutorService beans, each bean named after its executor. */
        private List<String> executors = new ArrayList<>();

        /**
         * Names of distributed maps to register as HzMap beans, each bean named after its map.
         *
         * @return the value of {@code hz.client.beans.maps}
         */
        public List<String> getMaps() {
            return maps;
        }

        /**
         * Sets {@code hz.client.beans.maps}; see {@link #getMaps()}.
         *
         * @param maps the new value
         */
        public void setMaps(List<String> maps) {
            this.maps = maps;
        }

        /**
         * Names of topics to register as Topic beans, each bean named after its topic.
         *
         * @return the value of {@code hz.client.beans.topics}
         */
        public List<String> getTopics() {
            return topics;
        }

        /**
         * Sets {@code hz.client.beans.topics}; see {@link #getTopics()}.
         *
         * @param topics the new value
         */
        public void setTopics(List<String> topics) {
            this.topics = topics;
        }

        /**
         * Names of CP atomic longs (name or name@group) to register as HzAtomicLong beans, each bean named after its name.
         *
         * @return the value of {@code hz.client.beans.atomic-longs}
         */
        public List<String> getAtomicLongs() {
            return atomicLongs;
        }

        /**
         * Sets {@code hz.client.beans.atomic-longs}; see {@link #getAtomicLongs()}.
         *
         * @param atomicLongs the new value
         */
        public void setAtomicLongs(List<String> atomicLongs) {
            this.atomicLongs = atomicLongs;
        }

        /**
         * Names of CP atomic references (name or name@group) to register as HzAtomicReference beans, each bean named after its name.
         *
         * @return the value of {@code hz.client.beans.atomic-references}
         */
        public List<String> getAtomicReferences() {
            return atomicReferences;
        }

        /**
         * Sets {@code hz.client.beans.atomic-references}; see {@link #getAtomicReferences()}.
         *
         * @param atomicReferences the new value
         */
        public void setAtomicReferences(List<String> atomicReferences) {
            this.atomicReferences = atomicReferences;
        }

        /**
         * Names of CP count-down latches (name or name@group) to register as HzCountDownLatch beans, each bean named after its name.
         *
         * @return the value of {@code hz.client.beans.count-down-latches}
         */
        public List<String> getCountDownLatches() {
            return countDownLatches;
        }

        /**
         * Sets {@code hz.client.beans.count-down-latches}; see {@link #getCountDownLatches()}.
         *
         * @param countDownLatches the new value
         */
        public void setCountDownLatches(List<String> countDownLatches) {
            this.countDownLatches = countDownLatches;
        }

        /**
         * Names of CP fenced locks (name or name@group) to register as HzFencedLock beans, each named after its name.
         *
         * @return the value of {@code hz.client.beans.locks}
         */
        public List<String> getLocks() {
            return locks;
        }

        /**
         * Sets {@code hz.client.beans.locks}; see {@link #getLocks()}.
         *
         * @param locks the new value
         */
        public void setLocks(List<String> locks) {
            this.locks = locks;
        }

        /**
         * Names of CP semaphores (name or name@group) to register as HzSemaphore beans, each named after its name.
         *
         * @return the value of {@code hz.client.beans.semaphores}
         */
        public List<String> getSemaphores() {
            return semaphores;
        }

        /**
         * Sets {@code hz.client.beans.semaphores}; see {@link #getSemaphores()}.
         *
         * @param semaphores the new value
         */
        public void setSemaphores(List<String> semaphores) {
            this.semaphores = semaphores;
        }

        /**
         * Names of executor services to register as HzExecutorService beans, each bean named after its executor.
         *
         * @return the value of {@code hz.client.beans.executors}
         */
        public List<String> getExecutors() {
            return executors;
        }

        /**
         * Sets {@code hz.client.beans.executors}; see {@link #getExecutors()}.
         *
         * @param executors the new value
         */
        public void setExecutors(List<String> executors) {
            this.executors = executors;
        }

        /**
         * Names of PN counters to register as PNCounter beans, each bean named after its counter.
         *
         * @return the value of {@code hz.client.beans.pn-counters}
         */
        public List<String> getPnCounters() {
            return pnCounters;
        }

        /**
         * Sets {@code hz.client.beans.pn-counters}; see {@link #getPnCounters()}.
         *
         * @param pnCounters the new value
         */
        public void setPnCounters(List<String> pnCounters) {
            this.pnCounters = pnCounters;
        }

        /**
         * Names of Flake ID generators to register as FlakeIdGenerator beans, each bean named after its generator.
         *
         * @return the value of {@code hz.client.beans.flake-id-generators}
         */
        public List<String> getFlakeIdGenerators() {
            return flakeIdGenerators;
        }

        /**
         * Sets {@code hz.client.beans.flake-id-generators}; see {@link #getFlakeIdGenerators()}.
         *
         * @param flakeIdGenerators the new value
         */
        public void setFlakeIdGenerators(List<String> flakeIdGenerators) {
            this.flakeIdGenerators = flakeIdGenerators;
        }

        /**
         * Names of reliable topics to register as ReliableTopic beans, each bean named after its topic.
         *
         * @return the value of {@code hz.client.beans.reliable-topics}
         */
        public List<String> getReliableTopics() {
            return reliableTopics;
        }

        /**
         * Sets {@code hz.client.beans.reliable-topics}; see {@link #getReliableTopics()}.
         *
         * @param reliableTopics the new value
         */
        public void setReliableTopics(List<String> reliableTopics) {
            this.reliableTopics = reliableTopics;
        }

        /**
         * Names of ringbuffers to register as Ringbuffer beans, each bean named after its ringbuffer.
         *
         * @return the value of {@code hz.client.beans.ringbuffers}
         */
        public List<String> getRingbuffers() {
            return ringbuffers;
        }

        /**
         * Sets {@code hz.client.beans.ringbuffers}; see {@link #getRingbuffers()}.
         *
         * @param ringbuffers the new value
         */
        public void setRingbuffers(List<String> ringbuffers) {
            this.ringbuffers = ringbuffers;
        }

        /**
         * Names of queues to register as HzQueue beans, each bean named after its queue.
         *
         * @return the value of {@code hz.client.beans.queues}
         */
        public List<String> getQueues() {
            return queues;
        }

        /**
         * Sets {@code hz.client.beans.queues}; see {@link #getQueues()}.
         *
         * @param queues the new value
         */
        public void setQueues(List<String> queues) {
            this.queues = queues;
        }

        /**
         * Names of sets to register as HzSet beans, each bean named after its set.
         *
         * @return the value of {@code hz.client.beans.sets}
         */
        public List<String> getSets() {
            return sets;
        }

        /**
         * Sets {@code hz.client.beans.sets}; see {@link #getSets()}.
         *
         * @param sets the new value
         */
        public void setSets(List<String> sets) {
            this.sets = sets;
        }

        /**
         * Names of lists to register as HzList beans, each bean named after its list.
         *
         * @return the value of {@code hz.client.beans.lists}
         */
        public List<String> getLists() {
            return lists;
        }

        /**
         * Sets {@code hz.client.beans.lists}; see {@link #getLists()}.
         *
         * @param lists the new value
         */
        public void setLists(List<String> lists) {
            this.lists = lists;
        }

        /**
         * Names of multimaps to register as HzMultiMap beans, each bean named after its multimap.
         *
         * @return the value of {@code hz.client.beans.multimaps}
         */
        public List<String> getMultimaps() {
            return multimaps;
        }

        /**
         * Sets {@code hz.client.beans.multimaps}; see {@link #getMultimaps()}.
         *
         * @param multimaps the new value
         */
        public void setMultimaps(List<String> multimaps) {
            this.multimaps = multimaps;
        }

        /**
         * Names of replicated maps to register as HzReplicatedMap beans, each bean named after its replicated map.
         *
         * @return the value of {@code hz.client.beans.replicated-maps}
         */
        public List<String> getReplicatedMaps() {
            return replicatedMaps;
        }

        /**
         * Sets {@code hz.client.beans.replicated-maps}; see {@link #getReplicatedMaps()}.
         *
         * @param replicatedMaps the new value
         */
        public void setReplicatedMaps(List<String> replicatedMaps) {
            this.replicatedMaps = replicatedMaps;
        }
    }

    /** The {@code hz.client.health.*} properties: the {@code hzClient} health indicator. */
    public static class Health {
        /** Whether the hzClient health indicator also decides the readiness group (/actuator/health/readiness). */
        private boolean readiness = true;

        /**
         * Whether the hzClient health indicator also decides the readiness group (/actuator/health/readiness).
         *
         * @return the value of {@code hz.client.health.readiness}
         */
        public boolean isReadiness() {
            return readiness;
        }

        /**
         * Sets {@code hz.client.health.readiness}; see {@link #isReadiness()}.
         *
         * @param readiness the new value
         */
        public void setReadiness(boolean readiness) {
            this.readiness = readiness;
        }
    }

    /** The near cache of the maps one key of {@code hz.client.near-caches} matches. */
    public static class NearCache {
        /** Whether entries are dropped when the map changes on the cluster. */
        private boolean invalidateOnChange = true;

        /**
         * How values are kept: binary (serialized; each read returns its own copy) or object (each read returns the
         * cached instance, which callers must not change).
         */
        private InMemoryFormat inMemoryFormat = InMemoryFormat.BINARY;

        /** How long an entry lives in the near cache. Unset: no limit. */
        private Duration timeToLive;

        /** How long an entry may go unread before it is dropped. Unset: no limit. */
        private Duration maxIdle;

        /** Which entries go first when the near cache is full. */
        private EvictionPolicy evictionPolicy = EvictionPolicy.LRU;

        /** Entries the near cache holds at most (at least 1). */
        private int evictionMaxSize = 10000;

        /** Entries sampled to pick the one to evict. */
        private int evictionSamplingCount = 8;

        /** Size of the pool of eviction candidates. */
        private int evictionSamplingPoolSize = 16;

        /** Whether keys are kept serialized (true) or as the caller's objects (false). */
        private boolean serializeKeys = false;

        /** What this client's own writes do to its entry: invalidate it, or cache-on-update (keep the written value). */
        private LocalUpdatePolicy localUpdatePolicy = LocalUpdatePolicy.INVALIDATE;

        /**
         * Whether entries are dropped when the map changes on the cluster.
         *
         * @return the value of {@code hz.client.near-caches.<map>.invalidate-on-change}
         */
        public boolean isInvalidateOnChange() {
            return invalidateOnChange;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.invalidate-on-change}; see {@link #isInvalidateOnChange()}.
         *
         * @param invalidateOnChange the new value
         */
        public void setInvalidateOnChange(boolean invalidateOnChange) {
            this.invalidateOnChange = invalidateOnChange;
        }

        /**
         * How values are kept: binary (serialized; each read returns its own copy) or object (each read returns the
         * cached instance, which callers must not change).
         *
         * @return the value of {@code hz.client.near-caches.<map>.in-memory-format}
         */
        public InMemoryFormat getInMemoryFormat() {
            return inMemoryFormat;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.in-memory-format}; see {@link #getInMemoryFormat()}.
         *
         * @param inMemoryFormat the new value
         */
        public void setInMemoryFormat(InMemoryFormat inMemoryFormat) {
            this.inMemoryFormat = inMemoryFormat;
        }

        /**
         * How long an entry lives in the near cache. Unset: no limit.
         *
         * @return the value of {@code hz.client.near-caches.<map>.time-to-live}
         */
        public Duration getTimeToLive() {
            return timeToLive;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.time-to-live}; see {@link #getTimeToLive()}.
         *
         * @param timeToLive the new value
         */
        public void setTimeToLive(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }

        /**
         * How long an entry may go unread before it is dropped. Unset: no limit.
         *
         * @return the value of {@code hz.client.near-caches.<map>.max-idle}
         */
        public Duration getMaxIdle() {
            return maxIdle;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.max-idle}; see {@link #getMaxIdle()}.
         *
         * @param maxIdle the new value
         */
        public void setMaxIdle(Duration maxIdle) {
            this.maxIdle = maxIdle;
        }

        /**
         * Which entries go first when the near cache is full.
         *
         * @return the value of {@code hz.client.near-caches.<map>.eviction-policy}
         */
        public EvictionPolicy getEvictionPolicy() {
            return evictionPolicy;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.eviction-policy}; see {@link #getEvictionPolicy()}.
         *
         * @param evictionPolicy the new value
         */
        public void setEvictionPolicy(EvictionPolicy evictionPolicy) {
            this.evictionPolicy = evictionPolicy;
        }

        /**
         * Entries the near cache holds at most (at least 1).
         *
         * @return the value of {@code hz.client.near-caches.<map>.eviction-max-size}
         */
        public int getEvictionMaxSize() {
            return evictionMaxSize;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.eviction-max-size}; see {@link #getEvictionMaxSize()}.
         *
         * @param evictionMaxSize the new value
         */
        public void setEvictionMaxSize(int evictionMaxSize) {
            this.evictionMaxSize = evictionMaxSize;
        }

        /**
         * Entries sampled to pick the one to evict.
         *
         * @return the value of {@code hz.client.near-caches.<map>.eviction-sampling-count}
         */
        public int getEvictionSamplingCount() {
            return evictionSamplingCount;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.eviction-sampling-count}; see {@link #getEvictionSamplingCount()}.
         *
         * @param evictionSamplingCount the new value
         */
        public void setEvictionSamplingCount(int evictionSamplingCount) {
            this.evictionSamplingCount = evictionSamplingCount;
        }

        /**
         * Size of the pool of eviction candidates.
         *
         * @return the value of {@code hz.client.near-caches.<map>.eviction-sampling-pool-size}
         */
        public int getEvictionSamplingPoolSize() {
            return evictionSamplingPoolSize;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.eviction-sampling-pool-size}; see
         * {@link #getEvictionSamplingPoolSize()}.
         *
         * @param evictionSamplingPoolSize the new value
         */
        public void setEvictionSamplingPoolSize(int evictionSamplingPoolSize) {
            this.evictionSamplingPoolSize = evictionSamplingPoolSize;
        }

        /**
         * Whether keys are kept serialized (true) or as the caller's objects (false).
         *
         * @return the value of {@code hz.client.near-caches.<map>.serialize-keys}
         */
        public boolean isSerializeKeys() {
            return serializeKeys;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.serialize-keys}; see {@link #isSerializeKeys()}.
         *
         * @param serializeKeys the new value
         */
        public void setSerializeKeys(boolean serializeKeys) {
            this.serializeKeys = serializeKeys;
        }

        /**
         * What this client's own writes do to its entry: invalidate it, or cache-on-update (keep the written value).
         *
         * @return the value of {@code hz.client.near-caches.<map>.local-update-policy}
         */
        public LocalUpdatePolicy getLocalUpdatePolicy() {
            return localUpdatePolicy;
        }

        /**
         * Sets {@code hz.client.near-caches.<map>.local-update-policy}; see {@link #getLocalUpdatePolicy()}.
         *
         * @param localUpdatePolicy the new value
         */
        public void setLocalUpdatePolicy(LocalUpdatePolicy localUpdatePolicy) {
            this.localUpdatePolicy = localUpdatePolicy;
        }
    }

    /** How every near cache finds and repairs invalidations it missed. */
    public static class NearCacheRepair {
        /** Missed invalidations a partition may have before its cached entries are dropped (0 or more). */
        private int maxToleratedMissCount = 10;

        /** How often the invalidation sequences are fetched from the members and compared. */
        private Duration reconciliationInterval = Duration.ofSeconds(60);

        /**
         * Missed invalidations a partition may have before its cached entries are dropped (0 or more).
         *
         * @return the value of {@code hz.client.near-cache-repair.max-tolerated-miss-count}
         */
        public int getMaxToleratedMissCount() {
            return maxToleratedMissCount;
        }

        /**
         * Sets {@code hz.client.near-cache-repair.max-tolerated-miss-count}; see {@link #getMaxToleratedMissCount()}.
         *
         * @param maxToleratedMissCount the new value
         */
        public void setMaxToleratedMissCount(int maxToleratedMissCount) {
            this.maxToleratedMissCount = maxToleratedMissCount;
        }

        /**
         * How often the invalidation sequences are fetched from the members and compared.
         *
         * @return the value of {@code hz.client.near-cache-repair.reconciliation-interval}
         */
        public Duration getReconciliationInterval() {
            return reconciliationInterval;
        }

        /**
         * Sets {@code hz.client.near-cache-repair.reconciliation-interval}; see {@link #getReconciliationInterval()}.
         *
         * @param reconciliationInterval the new value
         */
        public void setReconciliationInterval(Duration reconciliationInterval) {
            this.reconciliationInterval = reconciliationInterval;
        }
    }

    /** The config of the Flake ID generators one key of {@code hz.client.flake-id-generators} matches. */
    public static class FlakeIdGenerator {
        /** Ids fetched from the cluster in one call (1 to 100000). */
        private int prefetchCount = 100;

        /** How long prefetched ids stay usable; 0 means they never expire. */
        private Duration prefetchValidity = Duration.ofMinutes(10);

        /**
         * Ids fetched from the cluster in one call (1 to 100000).
         *
         * @return the value of {@code hz.client.flake-id-generators.<name>.prefetch-count}
         */
        public int getPrefetchCount() {
            return prefetchCount;
        }

        /**
         * Sets {@code hz.client.flake-id-generators.<name>.prefetch-count}; see {@link #getPrefetchCount()}.
         *
         * @param prefetchCount the new value
         */
        public void setPrefetchCount(int prefetchCount) {
            this.prefetchCount = prefetchCount;
        }

        /**
         * How long prefetched ids stay usable; 0 means they never expire.
         *
         * @return the value of {@code hz.client.flake-id-generators.<name>.prefetch-validity}
         */
        public Duration getPrefetchValidity() {
            return prefetchValidity;
        }

        /**
         * Sets {@code hz.client.flake-id-generators.<name>.prefetch-validity}; see {@link #getPrefetchValidity()}.
         *
         * @param prefetchValidity the new value
         */
        public void setPrefetchValidity(Duration prefetchValidity) {
            this.prefetchValidity = prefetchValidity;
        }
    }

    /** The config of the reliable topics one key of {@code hz.client.reliable-topics} matches. */
    public static class ReliableTopic {
        /** Messages read from the ringbuffer in one call (1 to 1000). */
        private int readBatchSize = 10;

        /** What publishing does when the ringbuffer is full. */
        private TopicOverloadPolicy overloadPolicy = TopicOverloadPolicy.BLOCK;

        /**
         * Messages read from the ringbuffer in one call (1 to 1000).
         *
         * @return the value of {@code hz.client.reliable-topics.<name>.read-batch-size}
         */
        public int getReadBatchSize() {
            return readBatchSize;
        }

        /**
         * Sets {@code hz.client.reliable-topics.<name>.read-batch-size}; see {@link #getReadBatchSize()}.
         *
         * @param readBatchSize the new value
         */
        public void setReadBatchSize(int readBatchSize) {
            this.readBatchSize = readBatchSize;
        }

        /**
         * What publishing does when the ringbuffer is full.
         *
         * @return the value of {@code hz.client.reliable-topics.<name>.overload-policy}
         */
        public TopicOverloadPolicy getOverloadPolicy() {
            return overloadPolicy;
        }

        /**
         * Sets {@code hz.client.reliable-topics.<name>.overload-policy}; see {@link #getOverloadPolicy()}.
         *
         * @param overloadPolicy the new value
         */
        public void setOverloadPolicy(TopicOverloadPolicy overloadPolicy) {
            this.overloadPolicy = overloadPolicy;
        }
    }

    // ---- connection options (issue 24)

    /** The {@code hz.client.socket.*} properties: the TCP options of every connection to a member. */
    public static class Socket {
        /** TCP_NODELAY: send small messages at once. */
        private boolean tcpNoDelay = true;

        /** SO_KEEPALIVE: let the OS probe an idle connection. */
        private boolean keepAlive = true;

        /** SO_LINGER: how long a close waits for unsent data; unset leaves it off. */
        private Duration linger;

        /** SO_RCVBUF; unset leaves the OS's size (and its auto-tuning). */
        private DataSize receiveBufferSize;

        /** SO_SNDBUF; unset leaves the OS's size. */
        private DataSize sendBufferSize;

        /**
         * TCP_NODELAY: send small messages at once.
         *
         * @return the value of {@code hz.client.socket.tcp-no-delay}
         */
        public boolean isTcpNoDelay() {
            return tcpNoDelay;
        }

        /**
         * Sets {@code hz.client.socket.tcp-no-delay}.
         *
         * @param tcpNoDelay the new value
         */
        public void setTcpNoDelay(boolean tcpNoDelay) {
            this.tcpNoDelay = tcpNoDelay;
        }

        /**
         * SO_KEEPALIVE: let the OS probe an idle connection.
         *
         * @return the value of {@code hz.client.socket.keep-alive}
         */
        public boolean isKeepAlive() {
            return keepAlive;
        }

        /**
         * Sets {@code hz.client.socket.keep-alive}.
         *
         * @param keepAlive the new value
         */
        public void setKeepAlive(boolean keepAlive) {
            this.keepAlive = keepAlive;
        }

        /**
         * SO_LINGER: how long a close waits for unsent data, in whole seconds; unset leaves it off.
         *
         * @return the value of {@code hz.client.socket.linger}, or null
         */
        public Duration getLinger() {
            return linger;
        }

        /**
         * Sets {@code hz.client.socket.linger}.
         *
         * @param linger the new value, or null for off
         */
        public void setLinger(Duration linger) {
            this.linger = linger;
        }

        /**
         * SO_RCVBUF; unset leaves the OS's size (and its auto-tuning).
         *
         * @return the value of {@code hz.client.socket.receive-buffer-size}, or null
         */
        public DataSize getReceiveBufferSize() {
            return receiveBufferSize;
        }

        /**
         * Sets {@code hz.client.socket.receive-buffer-size}.
         *
         * @param receiveBufferSize the new value, or null for the OS's
         */
        public void setReceiveBufferSize(DataSize receiveBufferSize) {
            this.receiveBufferSize = receiveBufferSize;
        }

        /**
         * SO_SNDBUF; unset leaves the OS's size.
         *
         * @return the value of {@code hz.client.socket.send-buffer-size}, or null
         */
        public DataSize getSendBufferSize() {
            return sendBufferSize;
        }

        /**
         * Sets {@code hz.client.socket.send-buffer-size}.
         *
         * @param sendBufferSize the new value, or null for the OS's
         */
        public void setSendBufferSize(DataSize sendBufferSize) {
            this.sendBufferSize = sendBufferSize;
        }
    }

    // ---- hz.client.observation.* (tracing): one block, field, getter and group together

    private final Observation observation = new Observation();

    /**
     * The {@code hz.client.observation.*} properties: a Micrometer observation per call, when the application has an
     * {@code ObservationRegistry}.
     *
     * @return the group, to read or change
     */
    public Observation getObservation() {
        return observation;
    }

    /**
     * The {@code hz.client.observation.*} properties: a Micrometer observation ({@code hz.client.operation}) per call
     * the application makes, when it has an {@code ObservationRegistry} bean.
     */
    public static class Observation {
        /** Whether each call is observed when the application has an ObservationRegistry. */
        private boolean enabled = true;

        /**
         * Whether the observations carry the name of the distributed object as the low-cardinality key
         * hz.object.name (in metrics as a tag): only when the application uses a bounded set of names.
         */
        private boolean objectName = false;

        /**
         * Whether each call is observed when the application has an ObservationRegistry.
         *
         * @return the value of {@code hz.client.observation.enabled}
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code hz.client.observation.enabled}; see {@link #isEnabled()}.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Whether the observations carry the name of the distributed object as the low-cardinality key
         * hz.object.name (in metrics as a tag): only when the application uses a bounded set of names.
         *
         * @return the value of {@code hz.client.observation.object-name}
         */
        public boolean isObjectName() {
            return objectName;
        }

        /**
         * Sets {@code hz.client.observation.object-name}; see {@link #isObjectName()}.
         *
         * @param objectName the new value
         */
        public void setObjectName(boolean objectName) {
            this.objectName = objectName;
        }
    }

    // ---- end of hz.client.observation.*
}
