package io.hzclient.map;

import java.time.Duration;

/** Waiting for the cluster without fixed sleeps: poll an assertion until it holds or a deadline passes. */
final class MapTesting {
    private MapTesting() {
    }

    static void eventually(Duration deadline, Runnable assertion) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
