package io.hzclient.engine;

import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.map.HzMap;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every put of a durability run: key {@code k} is put once, with the value {@link #valueOf(int)}, and its outcome
 * (returned, failed, indeterminate) recorded when the call ends. {@link #audit} reads every key back.
 */
final class PutLedger {
    static final int MAX_KEYS = 2_000_000;
    private static final int SENT = 1;
    private static final int RETURNED = 2;
    private static final int FAILED = 3;
    private static final int INDETERMINATE = 4;

    private final AtomicIntegerArray outcomes = new AtomicIntegerArray(MAX_KEYS);
    private final AtomicInteger nextKey = new AtomicInteger();
    private final LongAdder returned = new LongAdder();
    private final Map<Class<?>, Boolean> failureTypes = new ConcurrentHashMap<>();

    static int valueOf(int key) {
        return key * 31 + 7;
    }

    /** The next key to put, or -1 once the ledger is full. */
    int nextKey() {
        int k = nextKey.getAndIncrement();
        if (k >= MAX_KEYS) {
            return -1;
        }
        outcomes.set(k, SENT);
        return k;
    }

    void ended(int key, Throwable failure) {
        if (failure == null) {
            outcomes.set(key, RETURNED);
            returned.increment();
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        failureTypes.put(cause.getClass(), Boolean.TRUE);
        outcomes.set(key, cause instanceof IndeterminateOperationStateException ? INDETERMINATE : FAILED);
    }

    long returned() {
        return returned.sum();
    }

    Set<Class<?>> failureTypes() {
        return failureTypes.keySet();
    }

    /** Waits until {@code more} puts beyond the count now have returned: the load flows. */
    void awaitMoreReturned(long more, Duration timeout) {
        long target = returned() + more;
        assertEventually(timeout, () -> assertThat(returned()).as("puts returned").isGreaterThanOrEqualTo(target));
    }

    /** Reads every key sent back through {@code map} and accounts for it. */
    Audit audit(HzMap<Integer, Integer> map) {
        int sent = Math.min(nextKey.get(), MAX_KEYS);
        long ok = 0;
        long lost = 0;
        long failed = 0;
        long failedPresent = 0;
        long indeterminate = 0;
        long indeterminatePresent = 0;
        long unfinished = 0;
        for (int from = 0; from < sent; from += 1_000) {
            Set<Integer> batch = new TreeSet<>();
            for (int k = from; k < Math.min(sent, from + 1_000); k++) {
                batch.add(k);
            }
            Map<Integer, Integer> read = map.getAll(batch);
            for (int k : batch) {
                Integer value = read.get(k);
                boolean present = value != null && value == valueOf(k);
                switch (outcomes.get(k)) {
                    case RETURNED -> {
                        ok++;
                        lost += present ? 0 : 1;
                    }
                    case FAILED -> {
                        failed++;
                        failedPresent += present ? 1 : 0;
                    }
                    case INDETERMINATE -> {
                        indeterminate++;
                        indeterminatePresent += present ? 1 : 0;
                    }
                    default -> unfinished++;
                }
            }
        }
        return new Audit(ok, lost, failed, failedPresent, indeterminate, indeterminatePresent, unfinished);
    }

    record Audit(long returned, long lost, long failed, long failedPresent, long indeterminate,
                 long indeterminatePresent, long unfinished) {
        @Override
        public String toString() {
            return "puts returned " + returned + ", lost " + lost + "; failed " + failed + " (" + failedPresent
                    + " of them present); indeterminate " + indeterminate + " (" + indeterminatePresent
                    + " present); unfinished " + unfinished;
        }
    }
}
