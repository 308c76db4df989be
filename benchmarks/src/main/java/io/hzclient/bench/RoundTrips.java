package io.hzclient.bench;

import java.io.IOException;

/** Times one round trip after another from one thread: a warm-up, then a measured window. */
final class RoundTrips {
    /** One round trip. */
    interface RoundTrip {
        void once() throws IOException;
    }

    private RoundTrips() {
    }

    /** Round trips a second in the measured window and the p99 of one round trip, in ns. */
    static long[] time(long warmupMs, long measureMs, RoundTrip roundTrip) throws IOException {
        long measureStart = System.nanoTime() + warmupMs * 1_000_000L;
        long measureEnd = measureStart + measureMs * 1_000_000L;
        Histogram histogram = new Histogram();
        long n = 0;
        while (true) {
            long s = System.nanoTime();
            roundTrip.once();
            long e = System.nanoTime();
            if (e >= measureEnd) {
                break;
            }
            if (s >= measureStart) {
                histogram.record(e - s);
                n++;
            }
        }
        return new long[]{Math.round(n / (measureMs / 1000.0)), histogram.quantile(0.99)};
    }
}
