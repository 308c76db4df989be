package io.hzclient.internal.statistics;

import io.hzclient.ClientStatistics;
import io.hzclient.config.Credentials;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionRegistry;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.statistics.StatisticsCollector.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Sends the client's statistics to one connected member every period (the same member while its connection lives, so
 * that one member holds this client's latest statistics, as with the official clients' cluster connection), on the client's scheduler, from start until
 * shutdown. A round that fails (no connection, a closed one, a member that did not answer) is logged at debug and
 * the next round tries again: nothing reaches the user.
 */
public final class StatisticsSender {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsSender.class);
    private static final Operation<Void> STATISTICS = Operation.of("Client.statistics", Operation::nothing);

    private final StatisticsCollector collector;
    private final ConnectionRegistry connections;
    private final InvocationService invocations;
    private final ScheduledExecutorService scheduler;
    private final Duration period;
    private final LongSupplier clock;
    private volatile long clusterConnectionTime;
    private volatile ScheduledFuture<?> task;
    /** The connection the last round went over; only the scheduler's thread reads and writes it. */
    private Connection target;

    public StatisticsSender(String clientName, Credentials credentials, ClientStatistics statistics,
                            ConnectionRegistry connections, InvocationService invocations,
                            ScheduledExecutorService scheduler, Duration period) {
        this.collector = new StatisticsCollector(clientName, StatisticsCollector.principalOf(credentials), statistics);
        this.connections = connections;
        this.invocations = invocations;
        this.scheduler = scheduler;
        this.period = period;
        this.clock = System::currentTimeMillis;
    }

    /** Sends every period from now on, the first round after one period. */
    public void start() {
        long millis = period.toMillis();
        task = scheduler.scheduleAtFixedRate(this::sendQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The client connected to the cluster (again): the time the attributes report. */
    public void connected() {
        clusterConnectionTime = clock.getAsLong();
    }

    /** Sends no more rounds. */
    public void shutdown() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    private void sendQuietly() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.debug("Could not collect or send the client statistics; trying again in {}", period, e);
        }
    }

    private void send() {
        if (target == null || !target.isAlive()) {
            target = connections.anyConnection();
        }
        Connection connection = target;
        if (connection == null) {
            LOG.debug("No connection to send the client statistics over; trying again in {}", period);
            return;
        }
        Snapshot s = collector.collect(clock.getAsLong(), clusterConnectionTime, hostAndPort(connection));
        Call<Void> call = invocations.invokeInternal(Call.onAnyMember(STATISTICS,
                ClientCodec.statistics(s.timestamp(), s.attributes(), s.metricsBlob())).boundTo(connection));
        call.whenComplete((answer, failure) -> {
            if (failure != null) {
                LOG.debug("The member at {} did not take the client statistics; trying again in {}",
                        connection.address(), period, failure);
            }
        });
    }

    private static String hostAndPort(Connection connection) {
        SocketAddress local = connection.localAddress();
        if (local instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return null;
    }
}
