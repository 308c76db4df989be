package io.hzclient.internal.nearcache;

import io.hzclient.HzClient;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

import static io.hzclient.internal.nearcache.NearCacheTesting.closeAll;
import static io.hzclient.internal.nearcache.NearCacheTesting.nearCacheOf;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads read through a near cache while another client writes increasing values; every value read is
 * checked against the history of writes. The promise: a read never returns a value older than the last write that
 * completed more than {@link #WINDOW} before the read started. The window is the time an invalidation takes to
 * reach this client (here, members send invalidations at once; with the members' default batching it grows by up
 * to {@code hazelcast.map.invalidation.batch.frequency.seconds}); 1 s is generous on a loaded 2-core machine, where it
 * is typically a few milliseconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearCacheRaceIT {
    private static final long WINDOW = Duration.ofSeconds(1).toNanos();
    private static final int KEYS = 4;
    private static final int WRITES = 1000;
    private static final int READERS = 3;
    private HzClient smart;
    private HzClient unisocket;
    private HzClient writer;

    @BeforeAll
    void start() {
        NearCacheConfig config = NearCacheConfig.builder("race-*").build();
        smart = NearCacheTesting.client(config);
        unisocket = NearCacheTesting.client(b -> b.smartRouting(false), config);
        writer = NearCacheTesting.client();
    }

    @AfterAll
    void stop() {
        closeAll(smart, unisocket, writer);
    }

    /** Writes of value i go to key i % KEYS; completedAt[i] is when the write of i returned. */
    private static final class History {
        final AtomicLongArray completedAt = new AtomicLongArray(WRITES);
        volatile int lastCompleted = -1;

        void completed(int value) {
            completedAt.set(value, System.nanoTime());
            lastCompleted = value;
        }
    }

    /** One reader's findings: reads done, the most stale read seen, and the first read beyond the window. */
    private static final class Findings {
        long reads;
        long maxStalenessNanos;
        String violation;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void noReadIsOlderThanTheLastWriteCompletedBeforeItBeyondTheWindow(boolean smartRouting) throws Exception {
        String name = TestCluster.uniqueName("race");
        HzMap<Integer, Integer> w = writer.getMap(name);
        History history = new History();
        for (int i = 0; i < KEYS; i++) {
            w.set(i, i);
            history.completed(i);
        }
        HzMap<Integer, Integer> map = (smartRouting ? smart : unisocket).getMap(name);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Findings> findings = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            Findings f = new Findings();
            findings.add(f);
            readers.add(new Thread(() -> read(map, history, writing, f), "race-reader-" + r));
        }
        readers.forEach(Thread::start);
        for (int i = KEYS; i < WRITES; i++) {
            w.set(i % KEYS, i);
            history.completed(i);
        }
        writing.set(false);
        for (Thread t : readers) {
            t.join();
        }

        long maxStaleness = 0;
        for (Findings f : findings) {
            assertThat(f.violation).isNull();
            assertThat(f.reads).isPositive();
            maxStaleness = Math.max(maxStaleness, f.maxStalenessNanos);
        }
        System.out.printf("near-cache race (%s): %d reads, %d hits, most stale read %.3f ms after a newer write"
                        + " completed%n", smartRouting ? "smart" : "unisocket", findings.stream()
                        .mapToLong(f -> f.reads).sum(), nearCacheOf(map).stats().hits(), maxStaleness / 1e6);
        assertThat(nearCacheOf(map).stats().hits()).as("the near cache served reads during the race").isPositive();
        assertEventually(Duration.ofSeconds(10), () -> {
            for (int k = 0; k < KEYS; k++) {
                int last = WRITES - 1 - ((WRITES - 1 - k) % KEYS);
                assertThat(map.get(k)).isEqualTo(last);
            }
        });
    }

    private static void read(HzMap<Integer, Integer> map, History history, AtomicBoolean writing, Findings f) {
        int key = 0;
        while (writing.get()) {
            key = (key + 1) % KEYS;
            int last = history.lastCompleted;
            long start = System.nanoTime();
            int value = map.get(key);
            f.reads++;
            // the first write of this key newer than the value read, if it completed before this read started
            int newer = value + KEYS;
            if (newer <= last) {
                long staleness = start - history.completedAt.get(newer);
                f.maxStalenessNanos = Math.max(f.maxStalenessNanos, staleness);
                if (staleness > WINDOW && f.violation == null) {
                    f.violation = "key " + key + " read " + value + ", but " + newer + " was written "
                            + staleness / 1_000_000 + " ms before the read started";
                }
            }
        }
    }
}
