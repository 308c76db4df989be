package io.hzclient.test;

import java.time.Duration;

/**
 * For a check that holds only while a deadline has not passed, e.g. "an entry written with a 3 s time-to-live is still
 * there". The window opens before the first call the check depends on. A failure counts only if the window was still
 * open when the check returned. If the window had already closed, the machine was too slow to tell: the attempt is
 * inconclusive, and {@link #attempt} runs it again from the start, on fresh keys or objects.
 *
 * <pre>
 * HzMap&lt;String, String&gt; map = TimeWindow.attempt(Duration.ofMillis(1800), 5, window -&gt; {
 *     HzMap&lt;String, String&gt; m = client.getMap(TestCluster.uniqueName("ttl"));
 *     m.put("k", "v", Duration.ofSeconds(3));
 *     window.check(() -&gt; assertThat(m.get("k")).isEqualTo("v"));
 *     return m;
 * });
 * assertEventually(Duration.ofSeconds(30), () -&gt; assertThat(map.get("k")).isNull());
 * </pre>
 *
 * Members keep expiry times in whole seconds: an entry with a time-to-live or max-idle of {@code n} seconds can go
 * up to a second early. So a window for such an entry is at most {@code n - 1} seconds, less a margin.
 */
public final class TimeWindow {
    private final Duration length;
    private final long openedAt;

    private TimeWindow(Duration length) {
        this.length = length;
        this.openedAt = System.nanoTime();
    }

    /** One try: its time-bound checks go through the given window, which opened just before the call. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(TimeWindow window) throws Exception;
    }

    /** A check that may throw anything. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /** Thrown by {@link #check} when its window closed before it finished: the outcome says nothing. */
    private static final class Inconclusive extends RuntimeException {
        Inconclusive(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Opens a window now, e.g. just before a read whose successor must come within the window. */
    public static TimeWindow open(Duration length) {
        return new TimeWindow(length);
    }

    /**
     * Runs {@code attempt} with a window of {@code length} opened just before it, until one run ends without an
     * inconclusive check, at most {@code attempts} times; returns what that run returned. A failure inside the
     * window fails at once; {@code attempts} inconclusive runs in a row fail too, saying so.
     */
    public static <T> T attempt(Duration length, int attempts, Attempt<T> attempt) {
        Inconclusive last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                return attempt.run(open(length));
            } catch (Inconclusive e) {
                last = e;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(attempts + " attempts in a row were too slow to tell: " + last.getMessage(),
                last.getCause());
    }

    /** Time since the window opened. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - openedAt);
    }

    /**
     * Runs {@code check}. A failure fails the test only if the window was still open when the check returned;
     * otherwise it makes the attempt inconclusive. A check that passes always counts.
     */
    public void check(Check check) {
        try {
            check.run();
        } catch (AssertionError | Exception e) {
            Duration elapsed = elapsed();
            if (elapsed.compareTo(length) < 0) {
                if (e instanceof AssertionError error) {
                    throw error;
                }
                throw new AssertionError(e);
            }
            throw new Inconclusive("the check returned " + elapsed.toMillis() + " ms after its window opened, past its "
                    + length.toMillis() + " ms; it failed with: " + e.getMessage(), e);
        }
    }
}
