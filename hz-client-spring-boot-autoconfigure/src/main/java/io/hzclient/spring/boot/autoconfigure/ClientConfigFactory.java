package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.ConnectionRetryConfig;
import io.hzclient.config.FlakeIdGeneratorConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.config.ReliableTopicConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.config.SocketOptions;
import io.hzclient.config.SslConfig;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.loadbalancer.RandomLoadBalancer;
import io.hzclient.loadbalancer.RoundRobinLoadBalancer;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.PortableFactory;
import io.hzclient.serialization.StreamSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.core.ResolvableType;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Turns the properties, the connection details and the user's beans into a {@link ClientConfig.Builder}. */
final class ClientConfigFactory {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConfigFactory.class);
    static final String LOAD_BALANCER = HzClientProperties.PREFIX + ".load-balancer";

    private final HzClientProperties properties;
    private final HzClientConnectionDetails connection;
    private final ListableBeanFactory beans;

    ClientConfigFactory(HzClientProperties properties, HzClientConnectionDetails connection, ListableBeanFactory beans) {
        this.properties = properties;
        this.connection = connection;
        this.beans = beans;
    }

    ClientConfig.Builder builder(List<HzClientConfigCustomizer> customizers,
                                 List<HzSerializationCustomizer> serializationCustomizers,
                                 List<StreamSerializer<?>> serializerBeans,
                                 List<CompactSerializer<?>> compactBeans) {
        HzClientProperties p = properties;
        ClientConfig.Builder b = ClientConfig.builder()
                .clusterName(connection.getClusterName())
                .clientName(p.getClientName())
                .labels(p.getLabels())
                .smartRouting(p.isSmartRouting())
                .redoOperation(p.isRedoOperation())
                .invocationTimeout(p.getInvocationTimeout())
                .invocationRetryPause(p.getInvocationRetryPause())
                .heartbeatInterval(p.getHeartbeat().getInterval())
                .heartbeatTimeout(p.getHeartbeat().getTimeout())
                .connectionTimeout(p.getConnectionTimeout())
                .connectionRetry(connectionRetry(p.getConnectionRetry()))
                .asyncStart(p.isAsyncStart() || p.getStartup().getMode() == HzClientProperties.StartupMode.LAZY)
                .reconnectMode(p.getReconnectMode())
                .loadBalancer(loadBalancer(p.getLoadBalancer()))
                .backupAckToClient(p.isBackupAckToClient())
                .operationBackupTimeout(p.getOperationBackupTimeout())
                .failOnIndeterminateOperationState(p.isFailOnIndeterminateOperationState())
                .maxMessageSize(Math.toIntExact(p.getMaxMessageSize().toBytes()))
                .serialization(serialization(p.getSerialization(), serializationCustomizers, serializerBeans,
                        compactBeans));
        p.getFlakeIdGenerators().forEach((name, g) -> b.addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder(name)
                .prefetchCount(g.getPrefetchCount()).prefetchValidity(g.getPrefetchValidity()).build()));
        p.getReliableTopics().forEach((name, t) -> b.addReliableTopicConfig(ReliableTopicConfig.builder(name)
                .readBatchSize(t.getReadBatchSize()).overloadPolicy(t.getOverloadPolicy()).build()));
        p.getNearCaches().forEach((name, n) -> b.addNearCacheConfig(nearCache(name, n)));
        p.getNearCaches().keySet().stream().filter(name -> name.startsWith("-") || name.endsWith("-"))
                .forEach(name -> LOG.warn("hz.client.near-caches key '{}' looks like a pattern that lost its '*': write"
                        + " patterns in brackets (in YAML quoted too: \"[products-*]\"), else Spring drops the '*'",
                        name));
        b.nearCacheRepair(new NearCacheRepairConfig(p.getNearCacheRepair().getMaxToleratedMissCount(),
                p.getNearCacheRepair().getReconciliationInterval()));
        // client statistics sent to the cluster
        b.statisticsEnabled(p.getStatistics().isEnabled()).statisticsPeriod(p.getStatistics().getPeriod());
        if (!connection.getClusterMembers().isEmpty()) {
            b.addresses(connection.getClusterMembers());
        }
        credentials(b); // credentials (issue 22)
        // Hazelcast Cloud discovery (issue 22)
        b.cloudDiscoveryToken(p.getCloud().getDiscoveryToken()).cloudUrlBase(p.getCloud().getUrlBase());
        b.usePublicIp(p.getUsePublicIp()); // members' public addresses (issue 24)
        b.socketOptions(socketOptions(p.getSocket())).shuffleMemberList(p.isShuffleMemberList()); // issue 24
        SslConfig ssl = ssl(connection.getSslBundle(), p.getSsl());
        if (ssl != null) {
            b.ssl(ssl);
        }
        customizers.forEach(c -> c.customize(b));
        return b;
    }

    // ---- credentials (issue 22)

    /**
     * A username and password, or a token, from the connection details (by default {@code hz.client.security.*});
     * the validator has checked the properties, this checks what a service connection gives. No secret in any
     * message.
     */
    private void credentials(ClientConfig.Builder b) {
        String username = connection.getUsername();
        String token = connection.getToken();
        if (username != null && token != null) {
            throw new InvalidConfigurationPropertyValueException(HzClientProperties.PREFIX + ".security.token",
                    "******", "the connection details give username '" + username + "' and a token too: give one"
                    + " of them");
        }
        if (username != null) {
            b.credentials(username, connection.getPassword() == null ? "" : connection.getPassword());
        } else if (token != null) {
            b.token(token.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** TLS from the connection details' bundle, else on with the JVM's default trust when enabled, else null. */
    static SslConfig ssl(SslBundle bundle, HzClientProperties.Ssl properties) {
        if (bundle == null) {
            return properties.isEnabled()
                    ? SslConfig.builder().hostnameVerification(properties.isHostnameVerification()).build() : null;
        }
        SslConfig.Builder b = SslConfig.builder().hostnameVerification(properties.isHostnameVerification())
                .trustManagerFactory(bundle.getManagers().getTrustManagerFactory())
                .keyManagerFactory(bundle.getManagers().getKeyManagerFactory());
        SslOptions options = bundle.getOptions();
        if (options.getEnabledProtocols() != null) {
            b.protocols(List.of(options.getEnabledProtocols()));
        }
        if (options.getCiphers() != null) {
            b.cipherSuites(List.of(options.getCiphers()));
        }
        return b.build();
    }

    /** The validator has checked the values; a failure left to the core's checks still names the property. */
    static NearCacheConfig nearCache(String name, HzClientProperties.NearCache n) {
        try {
            return NearCacheConfig.builder(name)
                    .inMemoryFormat(n.getInMemoryFormat())
                    .invalidateOnChange(n.isInvalidateOnChange())
                    .timeToLive(n.getTimeToLive())
                    .maxIdle(n.getMaxIdle())
                    .evictionPolicy(n.getEvictionPolicy())
                    .maxSize(n.getEvictionMaxSize())
                    .samplingCount(n.getEvictionSamplingCount())
                    .samplingPoolSize(n.getEvictionSamplingPoolSize())
                    .serializeKeys(n.isSerializeKeys())
                    .localUpdatePolicy(n.getLocalUpdatePolicy())
                    .build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigurationPropertyValueException(
                    HzClientProperties.PREFIX + ".near-caches[" + name + "]", name, e.getMessage());
        }
    }

    private static ConnectionRetryConfig connectionRetry(HzClientProperties.ConnectionRetry r) {
        return new ConnectionRetryConfig(r.getInitialBackoff(), r.getMaxBackoff(), r.getMultiplier(), r.getJitter(),
                r.getClusterConnectTimeout());
    }

    /** round-robin, random, a LoadBalancer bean by name; unset: the only LoadBalancer bean, else round-robin. */
    Supplier<LoadBalancer> loadBalancer(String name) {
        if (name == null || name.isBlank()) {
            Map<String, LoadBalancer> candidates = beans.getBeansOfType(LoadBalancer.class);
            if (candidates.size() > 1) {
                throw new InvalidConfigurationPropertyValueException(LOAD_BALANCER, null,
                        "There are " + candidates.size() + " LoadBalancer beans " + candidates.keySet()
                                + "; name the one to use in " + LOAD_BALANCER);
            }
            LoadBalancer only = candidates.values().stream().findFirst().orElse(null);
            return only != null ? () -> only : RoundRobinLoadBalancer::new;
        }
        switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "round-robin", "round_robin", "roundrobin" -> {
                return RoundRobinLoadBalancer::new;
            }
            case "random" -> {
                return RandomLoadBalancer::new;
            }
            default -> {
                if (beans.containsBean(name) && beans.isTypeMatch(name, LoadBalancer.class)) {
                    LoadBalancer bean = beans.getBean(name, LoadBalancer.class);
                    return () -> bean;
                }
                throw new InvalidConfigurationPropertyValueException(LOAD_BALANCER, name,
                        "Use round-robin, random, or the name of a LoadBalancer bean");
            }
        }
    }

    private SerializationConfig serialization(HzClientProperties.Serialization s,
                                                     List<HzSerializationCustomizer> customizers,
                                                     List<StreamSerializer<?>> serializerBeans,
                                                     List<CompactSerializer<?>> compactBeans) {
        SerializationConfig.Builder b = SerializationConfig.builder()
                .byteOrder(s.getByteOrder() == HzClientProperties.ByteOrder.LITTLE_ENDIAN
                        ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        s.getDataSerializableFactories().forEach((id, type) -> b.dataSerializableFactory(id,
                instantiate(type, DataSerializableFactory.class, "serialization.data-serializable-factories." + id)));
        s.getPortableFactories().forEach((id, type) -> b.portableFactory(id,
                instantiate(type, PortableFactory.class, "serialization.portable-factories." + id)));
        b.portableVersion(s.getPortableVersion());
        s.getSerializers().forEach((type, serializer) -> register(b, type,
                instantiate(serializer, StreamSerializer.class, "serialization.serializers." + type.getName())));
        if (s.getGlobalSerializer() != null) {
            b.globalSerializer(instantiate(s.getGlobalSerializer(), StreamSerializer.class,
                    "serialization.global-serializer"));
        }
        s.getCompactSerializers().forEach(type -> b.compactSerializer(
                instantiate(type, CompactSerializer.class, "serialization.compact-serializers")));
        compactBeans.forEach(b::compactSerializer);
        b.allowJavaSerialization(s.getJavaSerialization().getAllowedClasses().toArray(Class<?>[]::new));
        b.allowJavaSerializationPackages(s.getJavaSerialization().getAllowedPackages().toArray(String[]::new));
        if (s.getJson().isEnabled()) {
            JsonMode.apply(b, s.getJson(), beans);
        }
        for (StreamSerializer<?> serializer : serializerBeans) {
            Class<?> type = ResolvableType.forClass(StreamSerializer.class, serializer.getClass()).resolveGeneric(0);
            if (type == null || type == Object.class) {
                throw new IllegalStateException("The StreamSerializer bean " + serializer.getClass().getName()
                        + " does not say which class it serializes: implement StreamSerializer<YourClass>, or register"
                        + " it with an HzSerializationCustomizer");
            }
            register(b, type, serializer);
        }
        customizers.forEach(c -> c.customize(b));
        return b.build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(SerializationConfig.Builder b, Class<?> type, StreamSerializer<?> serializer) {
        b.serializer((Class) type, (StreamSerializer) serializer);
    }

    private static <T> T instantiate(Class<?> type, Class<T> expected, String property) {
        if (!expected.isAssignableFrom(type)) {
            throw new InvalidConfigurationPropertyValueException(HzClientProperties.PREFIX + "." + property,
                    type.getName(), "The class must implement " + expected.getName());
        }
        return expected.cast(BeanUtils.instantiateClass(type));
    }

    // connection options (issue 24)
    private static SocketOptions socketOptions(HzClientProperties.Socket s) {
        return new SocketOptions(s.isTcpNoDelay(), s.isKeepAlive(),
                s.getLinger() == null ? -1 : intValue("hz.client.socket.linger", s.getLinger().toSeconds()),
                s.getReceiveBufferSize() == null ? 0
                        : intValue("hz.client.socket.receive-buffer-size", s.getReceiveBufferSize().toBytes()),
                s.getSendBufferSize() == null ? 0
                        : intValue("hz.client.socket.send-buffer-size", s.getSendBufferSize().toBytes()));
    }

    private static int intValue(String property, long value) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(property + " must be between 0 and " + Integer.MAX_VALUE + ", got "
                    + value);
        }
        return (int) value;
    }
}
