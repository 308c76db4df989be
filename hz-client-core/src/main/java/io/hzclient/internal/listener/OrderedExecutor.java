package io.hzclient.internal.listener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs event callbacks off the event loop, in order per lane, and no lane ever waits for another. A lane
 * ({@link SerialLane}) is a queue of its own, drained by one thread of a shared pool while it has tasks; each listener
 * registration takes a lane of its own ({@link #newLane}), so a slow or stuck listener holds back only its own events.
 *
 * <p>What a stuck callback can hold: one pool thread, and at most {@link #LANE_CAPACITY} tasks waiting in its own
 * lane; tasks beyond that are dropped, with a warning. The pool has a thread per lane that is busy at the same moment
 * (threads idle for 60 s end), so it grows with the number of listeners busy at once, not with the number of events.
 *
 * <p>{@link #close()} lets running and queued callbacks finish for up to 2 seconds, then interrupts the ones still
 * running and drops what is left; after that no thread of the pool remains, except one whose callback ignores the
 * interrupt, until that callback returns.
 */
public final class OrderedExecutor implements AutoCloseable {
    /** The most tasks a lane holds waiting behind the one it runs. */
    public static final int LANE_CAPACITY = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(OrderedExecutor.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final ThreadPoolExecutor pool;
    private final ThreadLocal<Boolean> onPoolThread = ThreadLocal.withInitial(() -> false);
    private final Map<Object, Executor> keyedLanes = new ConcurrentHashMap<>();
    private final String threadName;
    private final int laneCapacity;
    private final Duration closeGrace;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean stopped;

    public OrderedExecutor(String threadName) {
        this(threadName, LANE_CAPACITY, CLOSE_GRACE, null);
    }

    /** With its threads made by {@code threadFactory} (the application's), or its own daemon threads when null. */
    public OrderedExecutor(String threadName, ThreadFactory threadFactory) {
        this(threadName, LANE_CAPACITY, CLOSE_GRACE, threadFactory);
    }

    OrderedExecutor(String threadName, int laneCapacity, Duration closeGrace) {
        this(threadName, laneCapacity, closeGrace, null);
    }

    private OrderedExecutor(String threadName, int laneCapacity, Duration closeGrace, ThreadFactory threadFactory) {
        if (laneCapacity < 1) {
            throw new IllegalArgumentException("laneCapacity must be at least 1, got " + laneCapacity);
        }
        this.threadName = threadName;
        this.laneCapacity = laneCapacity;
        this.closeGrace = closeGrace;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = threadFactory != null ? r -> threadFactory.newThread(() -> {
            onPoolThread.set(true);
            r.run();
        }) : r -> {
            Thread t = new Thread(() -> {
                onPoolThread.set(true);
                r.run();
            }, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    /** A lane of its own, for one listener: its tasks run one at a time, in the order given. */
    public Executor newLane(String owner) {
        return new SerialLane(owner, this);
    }

    /**
     * Runs {@code task} on the lane of {@code key}. For a small fixed set of keys (lifecycle, membership): a keyed
     * lane stays as long as this executor. A listener registration takes {@link #newLane} instead.
     */
    public void execute(Object key, Runnable task) {
        keyedLanes.computeIfAbsent(key, k -> newLane(String.valueOf(k))).execute(task);
    }

    int laneCapacity() {
        return laneCapacity;
    }

    boolean isClosing() {
        return closing.get();
    }

    boolean isStopped() {
        return stopped;
    }

    /** Starts draining a lane that just got its first task; false if the executor is closed. */
    boolean start(Runnable drain) {
        try {
            pool.execute(drain);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Threads of this executor alive now: for tests and the client's gauges. */
    int threadCount() {
        return pool.getPoolSize();
    }

    /**
     * Stops taking tasks, lets the queued and running ones finish for up to the grace period, then interrupts what
     * still runs. Called from one of its own callbacks, it does the waiting on a thread of its own instead (it would
     * otherwise wait for itself). Idempotent.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        pool.shutdown();
        if (onPoolThread.get()) {
            Thread closer = new Thread(this::awaitThenStop, threadName + "-closer");
            closer.setDaemon(true);
            closer.start();
        } else {
            awaitThenStop();
        }
    }

    private void awaitThenStop() {
        try {
            if (!pool.awaitTermination(closeGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Event callbacks still running {} ms after the client began to shut down are interrupted",
                        closeGrace.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped = true;
            pool.shutdownNow();
        }
    }

    /** Daemon threads named {@code name}, {@code name-2}, ...: for the client's other single-purpose pools. */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, n.getAndIncrement() == 0 ? name : name + "-" + n.get());
            t.setDaemon(true);
            return t;
        };
    }
}
