package io.hzclient.spring.boot.autoconfigure.metrics;

import io.hzclient.ClientStatistics;
import io.hzclient.HzClient;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The client's meters, all read from its local counters. Tagged with the client and cluster names.
 * <ul>
 * <li>{@code hz.client.invocations} (timer, tags operation=the protocol operation, e.g. {@code Map.Get}, and
 * outcome=success|failure): each finished call with its latency; its count is the number of calls that succeeded
 * or failed. No percentiles unless asked, with Boot's own
 * {@code management.metrics.distribution.percentiles.hz.client.invocations} (and {@code percentiles-histogram},
 * {@code slo}...);</li>
 * <li>{@code hz.client.invocations.started|retried|timed.out} (counters since the client started),
 * {@code hz.client.invocations.pending} (gauge);</li>
 * <li>{@code hz.client.connections}, {@code hz.client.members}, {@code hz.client.listeners} (gauges),
 * {@code hz.client.connected} (1 or 0), {@code hz.client.reconnects}, {@code hz.client.bytes.read|written} (counters);</li>
 * <li>per near cache, tagged {@code map=<name>} (see {@link NearCacheMeters}):
 * {@code hz.client.near-cache.hits|misses|evictions|expirations|invalidations|invalidation.requests} (counters),
 * {@code hz.client.near-cache.owned.entries} and {@code hz.client.near-cache.owned.memory} (gauges).</li>
 * </ul>
 */
public class HzClientMetrics implements MeterBinder {
    private final HzClient client;
    private final Iterable<Tag> tags;
    private final NearCacheMeters nearCaches;

    /**
     * Meters of one client, tagged with the client's and the cluster's name; {@link #bindTo} registers them.
     *
     * @param client the client to measure
     */
    public HzClientMetrics(HzClient client) {
        this.client = client;
        this.tags = Tags.of("client", client.getName(), "cluster", client.getConfig().clusterName());
        this.nearCaches = new NearCacheMeters(tags);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ClientStatistics stats = client.getStatistics();
        // a pair of timers per operation, made on its first call: the map lookup allocates nothing after that
        Map<String, Timer[]> timers = new ConcurrentHashMap<>();
        stats.addInvocationTimer((operation, nanos, ok) -> {
            Timer[] pair = timers.get(operation);
            if (pair == null) {
                pair = timers.computeIfAbsent(operation, op -> new Timer[] {
                        timer(op, "success").register(registry), timer(op, "failure").register(registry)});
            }
            pair[ok ? 0 : 1].record(nanos, TimeUnit.NANOSECONDS);
        });

        counter(registry, "hz.client.invocations.started", "calls sent", s -> s.invocationsStarted());
        counter(registry, "hz.client.invocations.retried", "retries of calls", s -> s.invocationsRetried());
        counter(registry, "hz.client.invocations.timed.out", "calls that timed out", s -> s.invocationsTimedOut());
        counter(registry, "hz.client.reconnects", "times the connection to the cluster came back", s -> s.reconnects());
        FunctionCounter.builder("hz.client.bytes.read", stats, s -> s.bytesRead()).tags(tags).baseUnit("bytes")
                .description("bytes read from the members").register(registry);
        FunctionCounter.builder("hz.client.bytes.written", stats, s -> s.bytesWritten()).tags(tags).baseUnit("bytes")
                .description("bytes written to the members").register(registry);

        gauge(registry, "hz.client.invocations.pending", "calls sent and not answered yet",
                c -> c.getStatistics().pendingInvocations());
        gauge(registry, "hz.client.connections", "open connections to members",
                c -> c.getStatistics().connectedMembers().size());
        gauge(registry, "hz.client.members", "members of the cluster as the client sees it",
                c -> c.getCluster().getMembers().size());
        gauge(registry, "hz.client.listeners", "listeners registered", c -> c.getStatistics().listeners());
        gauge(registry, "hz.client.connected", "1 while connected to the cluster, else 0",
                c -> c.isConnected() ? 1 : 0);
        nearCaches.bindTo(registry, stats);
    }

    private Timer.Builder timer(String operation, String outcome) {
        return Timer.builder("hz.client.invocations").tags(tags).tag("operation", operation).tag("outcome", outcome)
                .description("calls to the cluster, by operation and outcome, with their latency");
    }

    private void counter(MeterRegistry registry, String name, String description,
                         ToDoubleFunction<ClientStatistics> value) {
        FunctionCounter.builder(name, client.getStatistics(), value).tags(tags).description(description)
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<HzClient> value) {
        Gauge.builder(name, client, value).tags(tags).description(description).register(registry);
    }
}
