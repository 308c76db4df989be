package io.hzclient.internal.connector;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.hzclient.internal.listener.OrderedExecutor.daemonThreads;

/**
 * The one thread of short, non-blocking connection work: authentication results, closed connections, member
 * changes, heartbeat checks. Never the event loop, and one thread, so that these steps never race each other.
 */
final class ConnectorThread {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorThread.class);

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("hz.client.connector"));

    /** Runs the task on the connector thread; after shutdown there is none left to do. */
    void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Connection work dropped: the client is shut down");
        }
    }

    /** Runs the task after {@code delayMillis}; after shutdown, never. */
    void executeLater(long delayMillis, Runnable task) {
        try {
            thread.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Connection work dropped: the client is shut down");
        }
    }

    /** Runs the task every {@code periodMillis}, the first time after one period; one that throws runs again. */
    void every(long periodMillis, Runnable task) {
        thread.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("Periodic connection work failed; it runs again in {} ms", periodMillis, e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * For a future's next stage: unlike {@link #execute}, a stage refused after shutdown fails its future, so that
     * whoever waits on it is not left waiting.
     */
    Executor asExecutor() {
        return thread;
    }

    void shutdown() {
        thread.shutdownNow();
    }
}
