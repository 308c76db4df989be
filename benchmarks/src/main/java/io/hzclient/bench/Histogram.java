package io.hzclient.bench;

/**
 * Latencies in nanoseconds, in log-linear buckets (32 per power of two, about 3% wide). One writer; merged by the
 * reader once the writers are done. {@link Shared} takes any number of writers.
 */
final class Histogram {
    /** For completions that run on threads the client picks (maybe a new one each time): one array, atomic counts. */
    static final class Shared {
        private final java.util.concurrent.atomic.AtomicLongArray counts =
                new java.util.concurrent.atomic.AtomicLongArray(SIZE);

        void record(long nanos) {
            counts.incrementAndGet(index(Math.max(0, nanos)));
        }

        Histogram snapshot() {
            Histogram h = new Histogram();
            for (int i = 0; i < SIZE; i++) {
                h.counts[i] = counts.get(i);
                h.total += h.counts[i];
            }
            return h;
        }
    }

    private static final int SUB_BITS = 5;
    private static final int SUB = 1 << SUB_BITS;
    private static final int SIZE = 64 * SUB + 2 * SUB;
    private final long[] counts = new long[SIZE];
    private long total;

    void record(long nanos) {
        counts[index(Math.max(0, nanos))]++;
        total++;
    }

    void add(Histogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    long count() {
        return total;
    }

    /** The value at quantile q (0..1), in nanoseconds: the upper edge of the bucket it falls in. */
    long quantile(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return upperEdge(i);
            }
        }
        return upperEdge(counts.length - 1);
    }

    static int index(long v) {
        if (v < 2 * SUB) {
            return (int) v;
        }
        int msb = 63 - Long.numberOfLeadingZeros(v);
        int shift = msb - SUB_BITS;
        return (shift << SUB_BITS) + (int) (v >>> shift);
    }

    static long upperEdge(int index) {
        if (index < 2 * SUB) {
            return index;
        }
        int shift = (index >>> SUB_BITS) - 1;
        long mantissa = index - ((long) shift << SUB_BITS);
        return ((mantissa + 1) << shift) - 1;
    }
}
