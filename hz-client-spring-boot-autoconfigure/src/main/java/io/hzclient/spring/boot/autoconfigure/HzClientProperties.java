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

    private final Serialization serialization = new Serialization();

    private final Beans beans = new Beans();

    private final Health health = new Health();

    /**
     * Near caches, keyed by the name of the map they cache or a pattern with one * (write it in brackets, quoted in
     * YAML: "[products-*]"); the key default applies to every map no other key matches.
     */
    private Map<String, NearCache> nearCaches = new LinkedHashMap<>();

    private final NearCacheRepair nearCacheRepair = new NearCacheRepair();

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

    public String getClusterName() {
        return clusterName;
    }

    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public List<String> getClusterMembers() {
        return clusterMembers;
    }

    public void setClusterMembers(List<String> clusterMembers) {
        this.clusterMembers = clusterMembers;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public boolean isSmartRouting() {
        return smartRouting;
    }

    public void setSmartRouting(boolean smartRouting) {
        this.smartRouting = smartRouting;
    }

    public boolean isRedoOperation() {
        return redoOperation;
    }

    public void setRedoOperation(boolean redoOperation) {
        this.redoOperation = redoOperation;
    }

    public Duration getInvocationTimeout() {
        return invocationTimeout;
    }

    public void setInvocationTimeout(Duration invocationTimeout) {
        this.invocationTimeout = invocationTimeout;
    }

    public Duration getInvocationRetryPause() {
        return invocationRetryPause;
    }

    public void setInvocationRetryPause(Duration invocationRetryPause) {
        this.invocationRetryPause = invocationRetryPause;
    }

    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    public boolean isAsyncStart() {
        return asyncStart;
    }

    public void setAsyncStart(boolean asyncStart) {
        this.asyncStart = asyncStart;
    }

    public ReconnectMode getReconnectMode() {
        return reconnectMode;
    }

    public void setReconnectMode(ReconnectMode reconnectMode) {
        this.reconnectMode = reconnectMode;
    }

    public String getLoadBalancer() {
        return loadBalancer;
    }

    public void setLoadBalancer(String loadBalancer) {
        this.loadBalancer = loadBalancer;
    }

    public boolean isBackupAckToClient() {
        return backupAckToClient;
    }

    public void setBackupAckToClient(boolean backupAckToClient) {
        this.backupAckToClient = backupAckToClient;
    }

    public Duration getOperationBackupTimeout() {
        return operationBackupTimeout;
    }

    public void setOperationBackupTimeout(Duration operationBackupTimeout) {
        this.operationBackupTimeout = operationBackupTimeout;
    }

    public boolean isFailOnIndeterminateOperationState() {
        return failOnIndeterminateOperationState;
    }

    public void setFailOnIndeterminateOperationState(boolean failOnIndeterminateOperationState) {
        this.failOnIndeterminateOperationState = failOnIndeterminateOperationState;
    }

    public DataSize getMaxMessageSize() {
        return maxMessageSize;
    }

    public void setMaxMessageSize(DataSize maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    public Heartbeat getHeartbeat() {
        return heartbeat;
    }

    public ConnectionRetry getConnectionRetry() {
        return connectionRetry;
    }

    public Startup getStartup() {
        return startup;
    }

    public Statistics getStatistics() {
        return statistics;
    }

    public Serialization getSerialization() {
        return serialization;
    }

    public Beans getBeans() {
        return beans;
    }

    public Health getHealth() {
        return health;
    }

    public Map<String, NearCache> getNearCaches() {
        return nearCaches;
    }

    public void setNearCaches(Map<String, NearCache> nearCaches) {
        this.nearCaches = nearCaches;
    }

    public NearCacheRepair getNearCacheRepair() {
        return nearCacheRepair;
    }

    public Map<String, FlakeIdGenerator> getFlakeIdGenerators() {
        return flakeIdGenerators;
    }

    public void setFlakeIdGenerators(Map<String, FlakeIdGenerator> flakeIdGenerators) {
        this.flakeIdGenerators = flakeIdGenerators;
    }

    public Map<String, ReliableTopic> getReliableTopics() {
        return reliableTopics;
    }

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

    public enum ByteOrder {
        BIG_ENDIAN, LITTLE_ENDIAN
    }

    public static class Heartbeat {
        /** How long a connection may be idle before the client sends a ping over it. */
        private Duration interval = Duration.ofSeconds(5);

        /** How long a connection may stay silent before the client closes it as dead. Must exceed the interval. */
        private Duration timeout = Duration.ofSeconds(60);

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

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

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public double getJitter() {
            return jitter;
        }

        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        public Duration getClusterConnectTimeout() {
            return clusterConnectTimeout;
        }

        public void setClusterConnectTimeout(Duration clusterConnectTimeout) {
            this.clusterConnectTimeout = clusterConnectTimeout;
        }
    }

    public static class Startup {
        /** fail-fast (wait up to startup.timeout, then fail), wait-forever, or lazy (connect in the background). */
        private StartupMode mode = StartupMode.FAIL_FAST;

        /** With fail-fast: how long the application waits for the cluster before its startup fails. */
        private Duration timeout = Duration.ofSeconds(30);

        public StartupMode getMode() {
            return mode;
        }

        public void setMode(StartupMode mode) {
            this.mode = mode;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    public static class Statistics {
        /** Whether the client sends its statistics to the cluster (for Management Center). Not sent by this version yet. */
        private boolean enabled = false;

        /** How often the statistics are sent. */
        private Duration period = Duration.ofSeconds(3);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }
    }

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
         * CompactSerializer classes with a no-arg constructor (CompactSerializer beans are added too). Records and plain
         * classes need none: they use zero-config Compact.
         */
        private List<Class<?>> compactSerializers = new ArrayList<>();

        private final JavaSerialization javaSerialization = new JavaSerialization();

        private final Json json = new Json();

        public ByteOrder getByteOrder() {
            return byteOrder;
        }

        public void setByteOrder(ByteOrder byteOrder) {
            this.byteOrder = byteOrder;
        }

        public Map<Integer, Class<?>> getDataSerializableFactories() {
            return dataSerializableFactories;
        }

        public void setDataSerializableFactories(Map<Integer, Class<?>> dataSerializableFactories) {
            this.dataSerializableFactories = dataSerializableFactories;
        }

        public Map<Integer, Class<?>> getPortableFactories() {
            return portableFactories;
        }

        public void setPortableFactories(Map<Integer, Class<?>> portableFactories) {
            this.portableFactories = portableFactories;
        }

        public int getPortableVersion() {
            return portableVersion;
        }

        public void setPortableVersion(int portableVersion) {
            this.portableVersion = portableVersion;
        }

        public Map<Class<?>, Class<?>> getSerializers() {
            return serializers;
        }

        public void setSerializers(Map<Class<?>, Class<?>> serializers) {
            this.serializers = serializers;
        }

        public Class<?> getGlobalSerializer() {
            return globalSerializer;
        }

        public void setGlobalSerializer(Class<?> globalSerializer) {
            this.globalSerializer = globalSerializer;
        }

        public List<Class<?>> getCompactSerializers() {
            return compactSerializers;
        }

        public void setCompactSerializers(List<Class<?>> compactSerializers) {
            this.compactSerializers = compactSerializers;
        }

        public JavaSerialization getJavaSerialization() {
            return javaSerialization;
        }

        public Json getJson() {
            return json;
        }
    }

    /**
     * JSON mode: records and plain classes are stored as JSON values (queryable on the members) instead of as
     * zero-config Compact. Needs jackson-databind (Jackson 2); uses the application's Jackson 2 ObjectMapper bean if
     * it has exactly one, else a new one with the modules found on the classpath.
     */
    public static class Json {
        /** Whether JSON mode is on. */
        private boolean enabled = false;

        /** Classes stored as JSON. With neither classes nor packages, every record and plain class is. */
        private List<Class<?>> classes = new ArrayList<>();

        /** Packages (with their subpackages) whose classes are stored as JSON. */
        private List<String> packages = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<Class<?>> getClasses() {
            return classes;
        }

        public void setClasses(List<Class<?>> classes) {
            this.classes = classes;
        }

        public List<String> getPackages() {
            return packages;
        }

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

        public List<Class<?>> getAllowedClasses() {
            return allowedClasses;
        }

        public void setAllowedClasses(List<Class<?>> allowedClasses) {
            this.allowedClasses = allowedClasses;
        }

        public List<String> getAllowedPackages() {
            return allowedPackages;
        }

        public void setAllowedPackages(List<String> allowedPackages) {
            this.allowedPackages = allowedPackages;
        }
    }

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

        public List<String> getMaps() {
            return maps;
        }

        public void setMaps(List<String> maps) {
            this.maps = maps;
        }

        public List<String> getTopics() {
            return topics;
        }

        public void setTopics(List<String> topics) {
            this.topics = topics;
        }

        public List<String> getPnCounters() {
            return pnCounters;
        }

        public void setPnCounters(List<String> pnCounters) {
            this.pnCounters = pnCounters;
        }

        public List<String> getFlakeIdGenerators() {
            return flakeIdGenerators;
        }

        public void setFlakeIdGenerators(List<String> flakeIdGenerators) {
            this.flakeIdGenerators = flakeIdGenerators;
        }

        public List<String> getReliableTopics() {
            return reliableTopics;
        }

        public void setReliableTopics(List<String> reliableTopics) {
            this.reliableTopics = reliableTopics;
        }

        public List<String> getRingbuffers() {
            return ringbuffers;
        }

        public void setRingbuffers(List<String> ringbuffers) {
            this.ringbuffers = ringbuffers;
        }
    }

    public static class Health {
        /** Whether the hzClient health indicator also decides the readiness group (/actuator/health/readiness). */
        private boolean readiness = true;

        public boolean isReadiness() {
            return readiness;
        }

        public void setReadiness(boolean readiness) {
            this.readiness = readiness;
        }
    }

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

        public boolean isInvalidateOnChange() {
            return invalidateOnChange;
        }

        public void setInvalidateOnChange(boolean invalidateOnChange) {
            this.invalidateOnChange = invalidateOnChange;
        }

        public InMemoryFormat getInMemoryFormat() {
            return inMemoryFormat;
        }

        public void setInMemoryFormat(InMemoryFormat inMemoryFormat) {
            this.inMemoryFormat = inMemoryFormat;
        }

        public Duration getTimeToLive() {
            return timeToLive;
        }

        public void setTimeToLive(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }

        public Duration getMaxIdle() {
            return maxIdle;
        }

        public void setMaxIdle(Duration maxIdle) {
            this.maxIdle = maxIdle;
        }

        public EvictionPolicy getEvictionPolicy() {
            return evictionPolicy;
        }

        public void setEvictionPolicy(EvictionPolicy evictionPolicy) {
            this.evictionPolicy = evictionPolicy;
        }

        public int getEvictionMaxSize() {
            return evictionMaxSize;
        }

        public void setEvictionMaxSize(int evictionMaxSize) {
            this.evictionMaxSize = evictionMaxSize;
        }

        public int getEvictionSamplingCount() {
            return evictionSamplingCount;
        }

        public void setEvictionSamplingCount(int evictionSamplingCount) {
            this.evictionSamplingCount = evictionSamplingCount;
        }

        public int getEvictionSamplingPoolSize() {
            return evictionSamplingPoolSize;
        }

        public void setEvictionSamplingPoolSize(int evictionSamplingPoolSize) {
            this.evictionSamplingPoolSize = evictionSamplingPoolSize;
        }

        public boolean isSerializeKeys() {
            return serializeKeys;
        }

        public void setSerializeKeys(boolean serializeKeys) {
            this.serializeKeys = serializeKeys;
        }

        public LocalUpdatePolicy getLocalUpdatePolicy() {
            return localUpdatePolicy;
        }

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

        public int getMaxToleratedMissCount() {
            return maxToleratedMissCount;
        }

        public void setMaxToleratedMissCount(int maxToleratedMissCount) {
            this.maxToleratedMissCount = maxToleratedMissCount;
        }

        public Duration getReconciliationInterval() {
            return reconciliationInterval;
        }

        public void setReconciliationInterval(Duration reconciliationInterval) {
            this.reconciliationInterval = reconciliationInterval;
        }
    }

    public static class FlakeIdGenerator {
        /** Ids fetched from the cluster in one call (1 to 100000). */
        private int prefetchCount = 100;

        /** How long prefetched ids stay usable; 0 means they never expire. */
        private Duration prefetchValidity = Duration.ofMinutes(10);

        public int getPrefetchCount() {
            return prefetchCount;
        }

        public void setPrefetchCount(int prefetchCount) {
            this.prefetchCount = prefetchCount;
        }

        public Duration getPrefetchValidity() {
            return prefetchValidity;
        }

        public void setPrefetchValidity(Duration prefetchValidity) {
            this.prefetchValidity = prefetchValidity;
        }
    }

    public static class ReliableTopic {
        /** Messages read from the ringbuffer in one call (1 to 1000). */
        private int readBatchSize = 10;

        /** What publishing does when the ringbuffer is full. */
        private TopicOverloadPolicy overloadPolicy = TopicOverloadPolicy.BLOCK;

        public int getReadBatchSize() {
            return readBatchSize;
        }

        public void setReadBatchSize(int readBatchSize) {
            this.readBatchSize = readBatchSize;
        }

        public TopicOverloadPolicy getOverloadPolicy() {
            return overloadPolicy;
        }

        public void setOverloadPolicy(TopicOverloadPolicy overloadPolicy) {
            this.overloadPolicy = overloadPolicy;
        }
    }
}
