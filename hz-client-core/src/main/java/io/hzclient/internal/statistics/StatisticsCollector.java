package io.hzclient.internal.statistics;

import io.hzclient.ClientStatistics;
import io.hzclient.config.Credentials;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.statistics.MetricsBlob.Unit;
import io.hzclient.map.NearCacheStats;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Collects one round of the client's statistics: the attributes the member keeps as text (name, type, version,
 * address, principal, the OS and JVM figures of the platform MXBeans, each near cache's counters) and the same
 * figures, with the client's call and connection counts, as metrics in the member's compressed format. A figure the platform does not give is left out, as the format asks.
 */
final class StatisticsCollector {
    /** The client type sent at authentication too. */
    static final String CLIENT_TYPE = "JVM";

    /** One round's result: when it was collected, the attribute string and the metrics blob. */
    record Snapshot(long timestamp, String attributes, byte[] metricsBlob) {
    }

    private static final Map<String, ToLongFunction<NearCacheStats>> NEAR_CACHE_COUNTS = new TreeMap<>(Map.of(
            "evictions", NearCacheStats::evictions,
            "expirations", NearCacheStats::expirations,
            "hits", NearCacheStats::hits,
            "invalidationRequests", NearCacheStats::invalidationRequests,
            "invalidations", NearCacheStats::invalidations,
            "misses", NearCacheStats::misses,
            "ownedEntryCount", NearCacheStats::ownedEntryCount));

    private final String clientName;
    private final String principal;
    private final ClientStatistics statistics;

    /** @param principal the name the credentials give (a username, or {@code <token>}), or null for none */
    StatisticsCollector(String clientName, String principal, ClientStatistics statistics) {
        this.clientName = clientName;
        this.principal = principal;
        this.statistics = statistics;
    }

    /** The principal the attributes name, as the official clients name it: the username, or a token's placeholder. */
    static String principalOf(Credentials credentials) {
        if (credentials instanceof Credentials.UsernamePassword p) {
            return p.username();
        }
        return credentials instanceof Credentials.Token ? "<token>" : null;
    }

    /**
     * @param clusterConnectionTime when the client connected to the cluster (epoch millis), or 0 if unknown
     * @param clientAddress         the local {@code host:port} of the connection the statistics go over, or null
     */
    Snapshot collect(long now, long clusterConnectionTime, String clientAddress) {
        ClientAttributes attributes = new ClientAttributes()
                .add("lastStatisticsCollectionTime", now)
                .add("enterprise", false)
                .add("clientType", CLIENT_TYPE)
                .add("clientVersion", ClientCodec.PROTOCOL_HAZELCAST_VERSION)
                .add("clusterConnectionTimestamp", clusterConnectionTime == 0 ? null : clusterConnectionTime)
                .add("clientAddress", clientAddress)
                .addEscaped("clientName", clientName);
        if (principal != null) {
            attributes.addEscaped("credentials.principal", principal);
        }
        MetricsBlob blob = new MetricsBlob();
        platform(attributes, blob);
        clientCounts(blob);
        nearCaches(attributes, blob);
        return new Snapshot(now, attributes.toString(), blob.toBytes());
    }

    private static void platform(ClientAttributes attributes, MetricsBlob blob) {
        Map<String, Long> os = new TreeMap<>();
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean sun) {
            os.put("committedVirtualMemorySize", sun.getCommittedVirtualMemorySize());
            os.put("freePhysicalMemorySize", sun.getFreeMemorySize());
            os.put("freeSwapSpaceSize", sun.getFreeSwapSpaceSize());
            os.put("processCpuTime", sun.getProcessCpuTime());
            os.put("totalPhysicalMemorySize", sun.getTotalMemorySize());
            os.put("totalSwapSpaceSize", sun.getTotalSwapSpaceSize());
        }
        if (bean instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            os.put("maxFileDescriptorCount", unix.getMaxFileDescriptorCount());
            os.put("openFileDescriptorCount", unix.getOpenFileDescriptorCount());
        }
        os.forEach((name, value) -> {
            if (value >= 0) { // -1: not available on this platform
                attributes.add("os." + name, value);
                blob.addLong("os", null, null, name, name.endsWith("Count") ? Unit.COUNT
                        : name.equals("processCpuTime") ? Unit.NS : Unit.BYTES, value);
            }
        });
        double load = bean.getSystemLoadAverage();
        if (load >= 0) {
            attributes.add("os.systemLoadAverage", load);
            blob.addDouble("os", null, null, "systemLoadAverage", Unit.COUNT, load);
        }

        Runtime runtime = Runtime.getRuntime();
        long free = runtime.freeMemory();
        long total = runtime.totalMemory();
        Map<String, Long> jvm = new TreeMap<>(Map.of("availableProcessors", (long) runtime.availableProcessors(),
                "freeMemory", free, "maxMemory", runtime.maxMemory(), "totalMemory", total,
                "uptime", ManagementFactory.getRuntimeMXBean().getUptime(), "usedMemory", total - free));
        jvm.forEach((name, value) -> {
            attributes.add("runtime." + name, value);
            blob.addLong("runtime", null, null, name, name.equals("availableProcessors") ? Unit.COUNT
                    : name.equals("uptime") ? Unit.MS : Unit.BYTES, value);
        });
    }

    /**
     * The client's own counts, as metrics only (the attribute string holds what the members' console reads as text):
     * its calls under the prefix the official clients use, and its connections under the members' own.
     */
    private void clientCounts(MetricsBlob blob) {
        Map<String, Long> calls = new TreeMap<>(Map.of(
                "pendingCalls", statistics.pendingInvocations(),
                "startedInvocations", statistics.invocationsStarted(),
                "completedInvocations", statistics.invocationsCompleted(),
                "failedInvocations", statistics.invocationsFailed(),
                "retriedInvocations", statistics.invocationsRetried(),
                "timedOutInvocations", statistics.invocationsTimedOut()));
        calls.forEach((name, value) -> blob.addLong("invocations", null, null, name, Unit.COUNT, value));
        blob.addLong("tcp.connection", null, null, "activeCount", Unit.COUNT, statistics.connectedMembers().size());
        blob.addLong("tcp.connection", null, null, "reconnects", Unit.COUNT, statistics.reconnects());
        blob.addLong("tcp", null, null, "bytesRead", Unit.BYTES, statistics.bytesRead());
        blob.addLong("tcp", null, null, "bytesWritten", Unit.BYTES, statistics.bytesWritten());
    }

    private void nearCaches(ClientAttributes attributes, MetricsBlob blob) {
        new TreeMap<>(statistics.nearCaches()).forEach((map, stats) -> {
            String prefix = "nc." + ClientAttributes.escape(map) + ".";
            long created = stats.creationTime().toEpochMilli();
            attributes.add(prefix + "creationTime", created);
            blob.addLong("nearcache", "name", map, "creationTime", Unit.MS, created);
            NEAR_CACHE_COUNTS.forEach((name, read) -> {
                long value = read.applyAsLong(stats);
                attributes.add(prefix + name, value);
                blob.addLong("nearcache", "name", map, name, Unit.COUNT, value);
            });
            long memory = stats.ownedEntryMemoryCost();
            attributes.add(prefix + "ownedEntryMemoryCost", memory);
            blob.addLong("nearcache", "name", map, "ownedEntryMemoryCost", Unit.BYTES, memory);
        });
    }
}
