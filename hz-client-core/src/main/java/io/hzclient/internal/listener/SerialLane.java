package io.hzclient.internal.listener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One lane of an {@link OrderedExecutor}: tasks run one at a time in the order they came, on a pool thread taken
 * while the lane has tasks and given back when it has none. Adding a task never blocks and takes no lock, since
 * events are added from the Netty event loop.
 *
 * <p>{@code pending} counts the tasks added and not yet finished. A task is queued before it is counted, so the lane
 * that counts from 0 to 1 is the only one to start a drain, and a drain runs while the count after a task is above 0:
 * one drain at most at any time, and every counted task is in the queue when the drain reaches it.
 */
final class SerialLane implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialLane.class);
    private static final long WARN_EVERY = 10_000;

    private final String owner;
    private final OrderedExecutor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    SerialLane(String owner, OrderedExecutor executor) {
        this.owner = owner;
        this.executor = executor;
    }

    /** Queues the task; drops it if the executor is closed or this lane is full (its callback is slow or stuck). */
    @Override
    public void execute(Runnable task) {
        if (executor.isClosing()) {
            return;
        }
        if (pending.get() > executor.laneCapacity()) {
            long n = dropped.incrementAndGet();
            if (n % WARN_EVERY == 1) {
                LOG.warn("Events for {} are dropped: {} wait already (at most {}), its listener is too slow or stuck;"
                        + " {} dropped so far", owner, pending.get() - 1, executor.laneCapacity(), n);
            }
            return;
        }
        tasks.add(task);
        if (pending.getAndIncrement() == 0 && !executor.start(this::drain)) {
            tasks.clear(); // closed meanwhile: nothing of this lane runs any more
        }
    }

    private void drain() {
        do {
            if (executor.isStopped()) {
                return;
            }
            Thread.interrupted(); // an interrupt a callback left behind is not the next one's
            run(tasks.poll());
        } while (pending.decrementAndGet() != 0);
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            LOG.warn("An event callback for {} threw; the next ones run as usual", owner, t);
        }
    }

    /** Tasks dropped because the lane was full. */
    long dropped() {
        return dropped.get();
    }

    @Override
    public String toString() {
        return "SerialLane{" + owner + ", pending=" + pending.get() + '}';
    }
}
