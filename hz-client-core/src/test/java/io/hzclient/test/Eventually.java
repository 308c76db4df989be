package io.hzclient.test;

import java.time.Duration;

/** Retries an assertion until it passes or the timeout elapses; for state that other threads or processes change. */
public final class Eventually {
    /** An assertion that may throw anything. */
    @FunctionalInterface
    public interface Assertion {
        void run() throws Exception;
    }

    private Eventually() {
    }

    /** Runs {@code assertion} every 100 ms until it passes; after {@code timeout} rethrows its last failure. */
    public static void assertEventually(Duration timeout, Assertion assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() - deadline >= 0) {
                    AssertionError failure = new AssertionError("Still failing after " + timeout + ": " + e.getMessage(), e);
                    throw failure;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }
}
