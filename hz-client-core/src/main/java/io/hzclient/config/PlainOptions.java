package io.hzclient.config;

import io.hzclient.loadbalancer.RandomLoadBalancer;
import io.hzclient.loadbalancer.RoundRobinLoadBalancer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a config from plain key-value options, named as the Spring properties are without their {@code hz.client.}
 * prefix (which may be kept): a {@code .properties} file's text values, or typed values (Boolean, Number, Duration,
 * a Collection for lists) from a {@code Map}. Options that are maps of their own or objects (near caches, flake ID
 * generators, reliable topics, serialization, TLS) are set on the builder instead.
 */
final class PlainOptions {
    private static final String PREFIX = "hz.client.";
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");
    private static final Map<String, BiConsumer<Reader, ClientConfig.Builder>> OPTIONS = new LinkedHashMap<>();
    /** Groups read from a Map of their own through the builder. */
    private static final Map<String, String> ON_THE_BUILDER = Map.of(
            "near-caches", "addNearCacheConfig", "flake-id-generators", "addFlakeIdGeneratorConfig",
            "reliable-topics", "addReliableTopicConfig", "serialization", "serialization", "ssl", "ssl",
            "beans", "(Spring only)", "startup", "(Spring only)", "health", "(Spring only)",
            "lock-registry", "(Spring only)");

    static {
        option("cluster-name", (r, b) -> b.clusterName(r.text()));
        option("cluster-members", (r, b) -> b.addresses(r.list()));
        option("client-name", (r, b) -> b.clientName(r.text()));
        option("labels", (r, b) -> b.labels(r.list()));
        option("smart-routing", (r, b) -> b.smartRouting(r.bool()));
        option("redo-operation", (r, b) -> b.redoOperation(r.bool()));
        option("invocation-timeout", (r, b) -> b.invocationTimeout(r.duration()));
        option("invocation-retry-pause", (r, b) -> b.invocationRetryPause(r.duration()));
        option("heartbeat.interval", (r, b) -> b.heartbeatInterval(r.duration()));
        option("heartbeat.timeout", (r, b) -> b.heartbeatTimeout(r.duration()));
        option("connection-timeout", (r, b) -> b.connectionTimeout(r.duration()));
        option("async-start", (r, b) -> b.asyncStart(r.bool()));
        option("reconnect-mode", (r, b) -> b.reconnectMode(r.choice(ReconnectMode.class)));
        option("load-balancer", (r, b) -> b.loadBalancer(switch (r.text()) {
            case "round-robin" -> RoundRobinLoadBalancer::new;
            case "random" -> RandomLoadBalancer::new;
            default -> throw r.bad("round-robin or random (give your own LoadBalancer to the builder)");
        }));
        option("backup-ack-to-client", (r, b) -> b.backupAckToClient(r.bool()));
        option("operation-backup-timeout", (r, b) -> b.operationBackupTimeout(r.duration()));
        option("fail-on-indeterminate-operation-state", (r, b) -> b.failOnIndeterminateOperationState(r.bool()));
        option("max-message-size", (r, b) -> b.maxMessageSize(r.intOf(r.bytes())));
        option("connection-retry.initial-backoff", (r, b) -> b.connectionRetry(new ConnectionRetryConfig(
                r.duration(), retryOf(b).maxBackoff(), retryOf(b).multiplier(), retryOf(b).jitter(),
                retryOf(b).clusterConnectTimeout())));
        option("connection-retry.max-backoff", (r, b) -> b.connectionRetry(new ConnectionRetryConfig(
                retryOf(b).initialBackoff(), r.duration(), retryOf(b).multiplier(), retryOf(b).jitter(),
                retryOf(b).clusterConnectTimeout())));
        option("connection-retry.multiplier", (r, b) -> b.connectionRetry(new ConnectionRetryConfig(
                retryOf(b).initialBackoff(), retryOf(b).maxBackoff(), r.decimal(), retryOf(b).jitter(),
                retryOf(b).clusterConnectTimeout())));
        option("connection-retry.jitter", (r, b) -> b.connectionRetry(new ConnectionRetryConfig(
                retryOf(b).initialBackoff(), retryOf(b).maxBackoff(), retryOf(b).multiplier(), r.decimal(),
                retryOf(b).clusterConnectTimeout())));
        option("connection-retry.cluster-connect-timeout", (r, b) -> b.clusterConnectTimeout(r.duration()));
        option("near-cache-repair.max-tolerated-miss-count", (r, b) -> b.nearCacheRepair(new NearCacheRepairConfig(
                r.intOf(r.integer()), repairOf(b).reconciliationInterval())));
        option("near-cache-repair.reconciliation-interval", (r, b) -> b.nearCacheRepair(new NearCacheRepairConfig(
                repairOf(b).maxToleratedMissCount(), r.duration())));
        option("statistics.enabled", (r, b) -> b.statisticsEnabled(r.bool()));
        option("statistics.period", (r, b) -> b.statisticsPeriod(r.duration()));
        option("security.username", PlainOptions::readTogether);
        option("security.password", PlainOptions::readTogether);
        option("security.token", (r, b) -> b.token(r.secret().getBytes(StandardCharsets.UTF_8)));
        option("cloud.discovery-token", (r, b) -> b.cloudDiscoveryToken(r.secret()));
        option("cloud.url-base", (r, b) -> b.cloudUrlBase(r.text()));
        option("use-public-ip", (r, b) -> b.usePublicIp(r.bool()));
        option("shuffle-member-list", (r, b) -> b.shuffleMemberList(r.bool()));
        option("socket.tcp-no-delay", (r, b) -> b.socketOptions(socket(b, r.bool(), null, null, null, null)));
        option("socket.keep-alive", (r, b) -> b.socketOptions(socket(b, null, r.bool(), null, null, null)));
        option("socket.linger", (r, b) -> b.socketOptions(socket(b, null, null, r.intOf(r.duration().toSeconds()),
                null, null)));
        option("socket.receive-buffer-size", (r, b) -> b.socketOptions(socket(b, null, null, null,
                r.intOf(r.bytes()), null)));
        option("socket.send-buffer-size", (r, b) -> b.socketOptions(socket(b, null, null, null, null,
                r.intOf(r.bytes()))));
    }

    private PlainOptions() {
    }

    private static void option(String name, BiConsumer<Reader, ClientConfig.Builder> apply) {
        OPTIONS.put(name, apply);
    }

    /** The names this reader knows, without the prefix. */
    static Set<String> names() {
        return OPTIONS.keySet();
    }

    /**
     * Applies the options to a new builder. Username and password are read in either order; every other option
     * in the map's order, each with the error of its builder method.
     */
    static ClientConfig.Builder read(Map<String, ?> options) {
        ClientConfig.Builder b = ClientConfig.builder();
        Map<String, Object> ordered = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            String name = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
            if (!OPTIONS.containsKey(name)) {
                throw unknown(key, name);
            }
            ordered.put(name, value);
        });
        Object username = ordered.remove("security.username");
        Object password = ordered.remove("security.password");
        if (username != null || password != null) {
            if (username == null || password == null) {
                throw new IllegalArgumentException("security.username and security.password go together; only "
                        + (username == null ? "the password" : "the username") + " is set");
            }
            Reader user = new Reader("security.username", username);
            b.credentials(user.text(), new Reader("security.password", password).secret());
        }
        ordered.forEach((name, value) -> OPTIONS.get(name).accept(new Reader(name, value), b));
        return b;
    }

    private static IllegalArgumentException unknown(String key, String name) {
        String group = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String builder = ON_THE_BUILDER.get(group);
        if (builder != null) {
            return new IllegalArgumentException("option '" + key + "' is not read from plain options: "
                    + (builder.startsWith("(") ? "it is for the Spring Boot starter only"
                    : "set it with ClientConfig.Builder." + builder + "(...)"));
        }
        return new IllegalArgumentException("unknown option '" + key + "'; the options: " + new TreeSet<>(names()));
    }

    private static ConnectionRetryConfig retryOf(ClientConfig.Builder b) {
        return b.build().connectionRetry();
    }

    private static NearCacheRepairConfig repairOf(ClientConfig.Builder b) {
        return b.build().nearCacheRepair();
    }

    /** Username and password make one credential: {@link #read} takes them out of the options and sets both. */
    private static void readTogether(Reader r, ClientConfig.Builder b) {
        throw new IllegalStateException(r.name() + " is read with its pair");
    }

    private static SocketOptions socket(ClientConfig.Builder b, Boolean noDelay, Boolean keepAlive, Integer linger,
                                        Integer receive, Integer send) {
        SocketOptions s = b.build().socketOptions();
        return new SocketOptions(noDelay != null ? noDelay : s.tcpNoDelay(),
                keepAlive != null ? keepAlive : s.keepAlive(), linger != null ? linger : s.lingerSeconds(),
                receive != null ? receive : s.receiveBufferSize(), send != null ? send : s.sendBufferSize());
    }

    /** One option's value, read as its option needs it; each error names the option and the value. */
    private record Reader(String name, Object value) {
        String text() {
            if (value instanceof String s) {
                return s.trim();
            }
            if (value instanceof Boolean || value instanceof Number || value instanceof Enum<?>) {
                return value.toString();
            }
            throw bad("a text");
        }

        /** Like text(), but the value never appears in an error. */
        String secret() {
            if (value instanceof String s) {
                return s;
            }
            throw new IllegalArgumentException(name + " must be a text");
        }

        boolean bool() {
            if (value instanceof Boolean bool) {
                return bool;
            }
            String s = text().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.parseBoolean(s);
            }
            throw bad("true or false");
        }

        long integer() {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            try {
                return Long.parseLong(text());
            } catch (NumberFormatException e) {
                throw bad("a whole number");
            }
        }

        double decimal() {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            try {
                return Double.parseDouble(text());
            } catch (NumberFormatException e) {
                throw bad("a number");
            }
        }

        int intOf(long v) {
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw bad("between 0 and " + Integer.MAX_VALUE);
            }
            return (int) v;
        }

        /** A Duration, ISO-8601 text ({@code PT5S}), a number of milliseconds, or an amount with ms, s, m, h, d. */
        Duration duration() {
            if (value instanceof Duration d) {
                return d;
            }
            if (value instanceof Number) {
                return Duration.ofMillis(integer());
            }
            String s = text();
            if (s.toUpperCase(Locale.ROOT).startsWith("P")) {
                try {
                    return Duration.parse(s);
                } catch (DateTimeParseException e) {
                    throw bad("a duration such as 5s, 500ms or PT5S");
                }
            }
            Matcher m = AMOUNT.matcher(s);
            if (!m.matches()) {
                throw bad("a duration such as 5s, 500ms or PT5S");
            }
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "", "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> throw bad("a duration such as 5s, 500ms or PT5S");
            };
        }

        /** A number of bytes, or an amount with B, KB, MB or GB (powers of 1024, as Spring's DataSize). */
        long bytes() {
            if (value instanceof Number) {
                return integer();
            }
            Matcher m = AMOUNT.matcher(text());
            if (!m.matches()) {
                throw bad("a size such as 64KB or 65536");
            }
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "", "B" -> amount;
                case "KB" -> amount * 1024;
                case "MB" -> amount * 1024 * 1024;
                case "GB" -> amount * 1024 * 1024 * 1024;
                default -> throw bad("a size such as 64KB or 65536");
            };
        }

        /** A collection's items, or a comma-separated text. */
        List<String> list() {
            List<String> items = new ArrayList<>();
            if (value instanceof Collection<?> c) {
                c.forEach(item -> items.add(new Reader(name, item).text()));
            } else {
                for (String item : text().split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
            }
            return items;
        }

        <E extends Enum<E>> E choice(Class<E> type) {
            String s = text();
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s)) {
                    return e;
                }
            }
            throw bad("one of " + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
        }

        IllegalArgumentException bad(String expected) {
            return new IllegalArgumentException(name + " must be " + expected + ", got '" + value + "'");
        }
    }
}
