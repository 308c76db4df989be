package io.hzclient.internal.invocation;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the machine has a core to spare for a lone waiter's spin: a spin only pays when it runs on a core that
 * would otherwise sit idle; on a machine whose cores other threads need (the application's own work, another
 * process), it takes their time. Judged from how busy the machine's CPUs were over the last sample period, not
 * counting the time this JVM spent spinning, which a spare core would have taken too. Sampled by the waiter that
 * finds the period over, once every {@value #PERIOD_MILLIS} ms: reading the load is not cheap where the JDK reads it
 * from cgroup files (0.1 to 0.4 ms and 16 KB of buffers a read on the development machine), and it happens on a
 * caller's thread.
 */
final class SpareCore {
    static final long PERIOD_MILLIS = 1000;
    /** A spin needs most of a core: less idle than this, and a spinning waiter slows someone else down. */
    static final double CORES_NEEDED = 0.75;

    private final DoubleSupplier machineLoad;
    private final int cores;
    private final LongSupplier clockNanos;
    private final LongAdder spunNanos = new LongAdder();
    private final AtomicBoolean sampling = new AtomicBoolean();
    private volatile boolean spare = true;
    private volatile long nextSampleAt;
    /** Written only by the sampling thread (under {@link #sampling}). */
    private long lastSampleAt;
    private long spunAtLastSample;

    /**
     * @param machineLoad how busy all the machine's CPUs were lately, from 0 to 1; negative when unknown (then a core
     *                    is always taken to be spare, as on a machine where the load cannot be read)
     */
    SpareCore(DoubleSupplier machineLoad, int cores, LongSupplier clockNanos) {
        this.machineLoad = machineLoad;
        this.cores = cores;
        this.clockNanos = clockNanos;
        this.nextSampleAt = clockNanos.getAsLong();
    }

    /** The JVM's view of its machine, through the platform's operating system bean where it tells the load. */
    static SpareCore ofThisMachine() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        DoubleSupplier load = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun::getCpuLoad : () -> -1;
        return new SpareCore(load, Runtime.getRuntime().availableProcessors(), System::nanoTime);
    }

    /** Whether a spin would run on a core nobody else wanted over the last period. */
    boolean available() {
        long now = clockNanos.getAsLong();
        if (now - nextSampleAt >= 0 && sampling.compareAndSet(false, true)) {
            try {
                sample(now);
            } finally {
                sampling.set(false);
            }
        }
        return spare;
    }

    /** Counts time a waiter spent spinning: busy time a spare core would have taken too. */
    void spun(long nanos) {
        spunNanos.add(nanos);
    }

    private void sample(long now) {
        double load = machineLoad.getAsDouble();
        long spun = spunNanos.sum();
        if (load < 0 || Double.isNaN(load)) {
            spare = true;
        } else if (lastSampleAt != 0 && now > lastSampleAt) {
            double ownSpin = (double) (spun - spunAtLastSample) / (now - lastSampleAt);
            spare = cores * (1 - load) + ownSpin >= CORES_NEEDED;
        }
        lastSampleAt = now;
        spunAtLastSample = spun;
        nextSampleAt = now + TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS);
    }
}
