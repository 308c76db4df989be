package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.config.ClientConfig;
import io.hzclient.config.FlakeIdGeneratorConfig;
import io.hzclient.config.MemberAddress;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.ReliableTopicConfig;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link HzClientProperties} as they are bound, so a wrong value stops the startup with a message that names
 * the property (Spring Boot reports each rejected field as {@code hz.client.<its name>}).
 */
final class HzClientPropertiesValidator {
    static final int MAX_PREFETCH_COUNT = FlakeIdGeneratorConfig.MAX_PREFETCH_COUNT;
    static final int MAX_READ_BATCH_SIZE = ReliableTopicConfig.MAX_READ_BATCH_SIZE;

    private HzClientPropertiesValidator() {
    }

    static void validate(HzClientProperties p, Errors errors) {
        if (p.getClusterName() == null || p.getClusterName().isBlank()) {
            reject(errors, "clusterName", "empty", "must not be empty");
        }
        if (p.getClientName() != null && p.getClientName().isBlank()) {
            reject(errors, "clientName", "empty", "must not be blank (leave it unset for hz.client_N)");
        }
        List<String> members = p.getClusterMembers();
        for (int i = 0; i < members.size(); i++) {
            try {
                MemberAddress.parse(members.get(i));
            } catch (IllegalArgumentException e) {
                reject(errors, "clusterMembers[" + i + "]", "malformed", e.getMessage());
            }
        }
        positive(errors, "invocationTimeout", p.getInvocationTimeout());
        positive(errors, "invocationRetryPause", p.getInvocationRetryPause());
        positive(errors, "connectionTimeout", p.getConnectionTimeout());
        positive(errors, "operationBackupTimeout", p.getOperationBackupTimeout());
        maxMessageSize(p.getMaxMessageSize(), errors);
        heartbeat(p.getHeartbeat(), errors);
        connectionRetry(p.getConnectionRetry(), errors);
        positive(errors, "startup.timeout", p.getStartup().getTimeout());
        positive(errors, "statistics.period", p.getStatistics().getPeriod());
        for (Map.Entry<String, HzClientProperties.NearCache> e : p.getNearCaches().entrySet()) {
            nearCache(e.getKey(), e.getValue(), errors);
        }
        nearCacheRepair(p.getNearCacheRepair(), errors);
        for (Map.Entry<String, HzClientProperties.FlakeIdGenerator> e : p.getFlakeIdGenerators().entrySet()) {
            String path = "flakeIdGenerators[" + e.getKey() + "].";
            int count = e.getValue().getPrefetchCount();
            if (count < 1 || count > MAX_PREFETCH_COUNT) {
                reject(errors, path + "prefetchCount", "range",
                        "must be between 1 and " + MAX_PREFETCH_COUNT + ", got " + count);
            }
            notNegative(errors, path + "prefetchValidity", e.getValue().getPrefetchValidity());
        }
        for (Map.Entry<String, HzClientProperties.ReliableTopic> e : p.getReliableTopics().entrySet()) {
            int batch = e.getValue().getReadBatchSize();
            if (batch < 1 || batch > MAX_READ_BATCH_SIZE) {
                reject(errors, "reliableTopics[" + e.getKey() + "].readBatchSize", "range",
                        "must be between 1 and " + MAX_READ_BATCH_SIZE + ", got " + batch);
            }
        }
        security(p.getSecurity(), errors); // credentials (issue 22)
        cloud(p.getCloud(), errors); // Hazelcast Cloud discovery (issue 22)
        if (p.getSerialization().getPortableVersion() < 0) {
            reject(errors, "serialization.portableVersion", "range",
                    "must not be negative, got " + p.getSerialization().getPortableVersion());
        }
        java.util.List<Class<?>> javaClasses = p.getSerialization().getJavaSerialization().getAllowedClasses();
        for (int i = 0; i < javaClasses.size(); i++) {
            if (!java.io.Serializable.class.isAssignableFrom(javaClasses.get(i))) {
                reject(errors, "serialization.javaSerialization.allowedClasses[" + i + "]", "type",
                        "names " + javaClasses.get(i).getName() + ", which is not java.io.Serializable");
            }
        }
        beanNames(errors, "beans.maps", p.getBeans().getMaps());
        beanNames(errors, "beans.topics", p.getBeans().getTopics());
        beanNames(errors, "beans.pnCounters", p.getBeans().getPnCounters());
        beanNames(errors, "beans.flakeIdGenerators", p.getBeans().getFlakeIdGenerators());
        beanNames(errors, "beans.reliableTopics", p.getBeans().getReliableTopics());
        beanNames(errors, "beans.ringbuffers", p.getBeans().getRingbuffers());
        beanNames(errors, "beans.queues", p.getBeans().getQueues());
        beanNames(errors, "beans.sets", p.getBeans().getSets());
        beanNames(errors, "beans.lists", p.getBeans().getLists());
        beanNames(errors, "beans.multimaps", p.getBeans().getMultimaps());
        beanNames(errors, "beans.replicatedMaps", p.getBeans().getReplicatedMaps());
        beanNames(errors, "beans.executors", p.getBeans().getExecutors());
    }

    private static void beanNames(Errors errors, String field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                reject(errors, field + "[" + i + "]", "empty", "a name must not be empty");
            }
        }
    }

    private static void maxMessageSize(DataSize size, Errors errors) {
        long min = ClientConfig.MIN_MAX_MESSAGE_SIZE;
        if (size == null || size.toBytes() < min || size.toBytes() > Integer.MAX_VALUE) {
            reject(errors, "maxMessageSize", "range", "must be between 64KB (" + min + " bytes) and "
                    + Integer.MAX_VALUE + " bytes, got " + (size == null ? "nothing" : size.toBytes() + " bytes"));
        }
    }

    private static void heartbeat(HzClientProperties.Heartbeat h, Errors errors) {
        boolean ok = positive(errors, "heartbeat.interval", h.getInterval())
                & positive(errors, "heartbeat.timeout", h.getTimeout());
        if (ok && h.getTimeout().compareTo(h.getInterval()) <= 0) {
            reject(errors, "heartbeat.timeout", "range",
                    "must be longer than hz.client.heartbeat.interval (" + h.getInterval() + ")");
        }
    }

    private static void connectionRetry(HzClientProperties.ConnectionRetry r, Errors errors) {
        boolean ok = notNegative(errors, "connectionRetry.initialBackoff", r.getInitialBackoff())
                & notNegative(errors, "connectionRetry.maxBackoff", r.getMaxBackoff());
        if (ok && r.getMaxBackoff().compareTo(r.getInitialBackoff()) < 0) {
            reject(errors, "connectionRetry.maxBackoff", "range",
                    "must not be below hz.client.connection-retry.initial-backoff (" + r.getInitialBackoff() + ")");
        }
        if (!(r.getMultiplier() >= 1.0)) {
            reject(errors, "connectionRetry.multiplier", "range", "must be at least 1.0, got " + r.getMultiplier());
        }
        if (!(r.getJitter() >= 0 && r.getJitter() <= 1)) {
            reject(errors, "connectionRetry.jitter", "range", "must be between 0 and 1, got " + r.getJitter());
        }
        if (r.getClusterConnectTimeout() != null) {
            notNegative(errors, "connectionRetry.clusterConnectTimeout", r.getClusterConnectTimeout());
        }
    }

    private static void nearCache(String name, HzClientProperties.NearCache n, Errors errors) {
        try {
            NearCacheConfig.builder(name);
        } catch (IllegalArgumentException e) {
            reject(errors, "nearCaches[" + name + "]", "pattern",
                    "is not a map name or a pattern with one '*' wildcard");
        }
        String path = "nearCaches[" + name + "].";
        notNull(errors, path + "inMemoryFormat", n.getInMemoryFormat(), "binary or object");
        notNull(errors, path + "evictionPolicy", n.getEvictionPolicy(), "lru, lfu, random or none");
        notNull(errors, path + "localUpdatePolicy", n.getLocalUpdatePolicy(), "invalidate or cache-on-update");
        if (n.getTimeToLive() != null) {
            notNegative(errors, path + "timeToLive", n.getTimeToLive());
        }
        if (n.getMaxIdle() != null) {
            notNegative(errors, path + "maxIdle", n.getMaxIdle());
        }
        atLeastOne(errors, path + "evictionMaxSize", n.getEvictionMaxSize());
        atLeastOne(errors, path + "evictionSamplingCount", n.getEvictionSamplingCount());
        atLeastOne(errors, path + "evictionSamplingPoolSize", n.getEvictionSamplingPoolSize());
    }

    private static void nearCacheRepair(HzClientProperties.NearCacheRepair r, Errors errors) {
        if (r.getMaxToleratedMissCount() < 0) {
            reject(errors, "nearCacheRepair.maxToleratedMissCount", "range",
                    "must not be negative, got " + r.getMaxToleratedMissCount());
        }
        positive(errors, "nearCacheRepair.reconciliationInterval", r.getReconciliationInterval());
    }

    private static void notNull(Errors errors, String field, Object value, String choices) {
        if (value == null) {
            reject(errors, field, "empty", "must be set: " + choices);
        }
    }

    /** Rejects the field with a message that starts with its property name, as written in application.yml. */
    // ---- credentials (issue 22)

    /** Rejects on the username or token only, never on the password's value: a rejected value is printed. */
    private static void security(HzClientProperties.Security s, Errors errors) {
        boolean username = s.getUsername() != null;
        if (username && s.getUsername().isBlank()) {
            reject(errors, "security.username", "empty", "must not be blank (leave it unset for no credentials)");
        }
        if (username && s.getToken() != null) {
            reject(errors, "security.username", "conflict", "and hz.client.security.token are both set: the client"
                    + " authenticates with a username and password or with a token, set one of them");
        } else if (username && s.getPassword() == null) {
            reject(errors, "security.username", "incomplete", "is set without hz.client.security.password (for an"
                    + " empty password set it to \"\")");
        } else if (!username && s.getPassword() != null) {
            errors.reject("incomplete", HzClientProperties.PREFIX + ".security.password is set without"
                    + " hz.client.security.username");
        }
        if (s.getToken() != null && s.getToken().isEmpty()) {
            errors.reject("empty", HzClientProperties.PREFIX + ".security.token must not be empty (leave it unset"
                    + " for no token)");
        }
    }

    // ---- Hazelcast Cloud discovery (issue 22)

    /** Rejects a blank token without printing it, and a URL base that is not an absolute https URL. */
    private static void cloud(HzClientProperties.Cloud c, Errors errors) {
        if (c.getDiscoveryToken() != null && c.getDiscoveryToken().isBlank()) {
            errors.reject("empty", HzClientProperties.PREFIX + ".cloud.discovery-token must not be blank (leave it"
                    + " unset for no cloud discovery)");
        }
        try {
            ClientConfig.builder().cloudUrlBase(c.getUrlBase());
        } catch (IllegalArgumentException e) {
            reject(errors, "cloud.urlBase", "invalid", "is not usable: " + e.getMessage());
        }
    }

    private static void reject(Errors errors, String field, String code, String message) {
        errors.rejectValue(field, code, propertyName(field) + " " + message);
    }

    /** {@code connectionRetry.maxBackoff} to {@code hz.client.connection-retry.max-backoff}, map keys as they are. */
    static String propertyName(String field) {
        StringBuilder sb = new StringBuilder(HzClientProperties.PREFIX).append('.');
        boolean inKey = false;
        for (char c : field.toCharArray()) {
            if (c == '[') {
                inKey = true;
                sb.append(indexed(field) ? "[" : ".");
            } else if (c == ']') {
                inKey = false;
                sb.append(indexed(field) ? "]" : "");
            } else if (!inKey && Character.isUpperCase(c)) {
                sb.append('-').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Lists are written with [i]; near cache keys in brackets too, since their patterns need them
     * ({@code near-caches[products-*]}); other map keys become a path segment.
     */
    private static boolean indexed(String field) {
        return field.startsWith("clusterMembers") || field.startsWith("beans") || field.startsWith("serialization")
                || field.startsWith("nearCaches");
    }

    private static boolean positive(Errors errors, String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            reject(errors, field, "range", "must be a positive duration, got " + d);
            return false;
        }
        return true;
    }

    private static boolean notNegative(Errors errors, String field, Duration d) {
        if (d == null || d.isNegative()) {
            reject(errors, field, "range", "must not be negative, got " + d);
            return false;
        }
        return true;
    }

    private static void atLeastOne(Errors errors, String field, int value) {
        if (value < 1) {
            reject(errors, field, "range", "must be at least 1, got " + value);
        }
    }
}
