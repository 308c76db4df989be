package io.hzclient.internal.nearcache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The near cache's hash table on its own, with plain records. */
class RecordTableTest {
    private final RecordTable table = new RecordTable();

    private static NearCacheRecord record(Object key) {
        return new NearCacheRecord(key, 0, false, 0, null);
    }

    /** A key whose hash puts every instance in one bucket, so chains get long. */
    private record Colliding(int id) {
        @Override
        public int hashCode() {
            return 42;
        }
    }

    @Test
    void putIfAbsentKeepsTheFirstRecordOfAKey() {
        NearCacheRecord first = record("k");
        assertThat(table.putIfAbsent(first)).isNull();
        assertThat(table.putIfAbsent(record("k"))).isSameAs(first);
        assertThat(table.get("k")).isSameAs(first);
        assertThat(table.containsKey("k")).isTrue();
        assertThat(table.containsKey("other")).isFalse();
        assertThat(table.size()).isOne();
    }

    @Test
    void putReplacesAndReturnsTheReplacedRecord() {
        NearCacheRecord first = record("k");
        NearCacheRecord second = record("k");
        assertThat(table.put(first)).isNull();
        assertThat(table.put(second)).isSameAs(first);
        assertThat(table.get("k")).isSameAs(second);
        assertThat(table.size()).isOne();
    }

    @Test
    void removeByRecordTakesOutOnlyThatVeryRecord() {
        NearCacheRecord first = record("k");
        table.put(first);
        NearCacheRecord second = record("k");
        table.put(second);
        assertThat(table.removeRecord(first)).isFalse();
        assertThat(table.get("k")).isSameAs(second);
        assertThat(table.removeRecord(second)).isTrue();
        assertThat(table.get("k")).isNull();
        assertThat(table.size()).isZero();
    }

    @Test
    void removeByKeyReturnsTheRecord() {
        NearCacheRecord r = record("k");
        table.put(r);
        assertThat(table.removeKey("k")).isSameAs(r);
        assertThat(table.removeKey("k")).isNull();
        assertThat(table.size()).isZero();
    }

    @Test
    void computeKeepsReplacesAddsOrRemoves() {
        NearCacheRecord first = record("k");
        assertThat(table.compute("k", old -> old == null ? first : old)).isSameAs(first);
        assertThat(table.compute("k", old -> old)).isSameAs(first);
        NearCacheRecord second = record("k");
        assertThat(table.compute("k", old -> second)).isSameAs(second);
        assertThat(table.get("k")).isSameAs(second);
        assertThat(table.compute("k", old -> null)).isNull();
        assertThat(table.get("k")).isNull();
        assertThat(table.size()).isZero();
    }

    @Test
    void computeRefusesARecordOfAnotherKey() {
        assertThatThrownBy(() -> table.compute("k", old -> record("other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
        assertThat(table.size()).isZero();
    }

    @Test
    void recordsOfOneBucketAreFoundReplacedAndRemovedAnywhereInTheChain() {
        List<NearCacheRecord> records = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            NearCacheRecord r = record(new Colliding(i));
            records.add(r);
            table.put(r);
        }
        NearCacheRecord middle = record(new Colliding(25));
        assertThat(table.put(middle)).isSameAs(records.get(25));
        assertThat(table.removeRecord(records.get(0))).isTrue();
        assertThat(table.removeKey(new Colliding(49))).isSameAs(records.get(49));
        assertThat(table.removeKey(new Colliding(10))).isSameAs(records.get(10));

        assertThat(table.size()).isEqualTo(47);
        for (int i = 0; i < 50; i++) {
            NearCacheRecord expected = i == 0 || i == 10 || i == 49 ? null : i == 25 ? middle : records.get(i);
            assertThat(table.get(new Colliding(i))).as("key %d", i).isSameAs(expected);
        }
    }

    @Test
    void growingKeepsEveryRecordItself() {
        List<NearCacheRecord> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            NearCacheRecord r = record(i);
            records.add(r);
            assertThat(table.putIfAbsent(r)).isNull();
        }
        assertThat(table.size()).isEqualTo(20_000);
        for (int i = 0; i < 20_000; i++) {
            assertThat(table.get(i)).isSameAs(records.get(i));
        }
    }

    @Test
    void itShrinksWhenRecordsAreRemovedAndKeepsFindingTheRest() {
        int empty = table.capacity();
        List<NearCacheRecord> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            NearCacheRecord r = record(i);
            records.add(r);
            table.put(r);
        }
        int full = table.capacity();
        assertThat(full).isGreaterThanOrEqualTo(20_000);

        for (int i = 0; i < 20_000; i++) {
            if (i % 100 == 0) {
                continue;
            }
            if (i % 2 == 0) {
                assertThat(table.removeKey(i)).isSameAs(records.get(i));
            } else {
                assertThat(table.compute(i, old -> null)).isNull();
            }
        }

        assertThat(table.size()).isEqualTo(200);
        assertThat(table.capacity()).as("at most half full: 200 records need no more than 400 buckets")
                .isLessThan(full / 16).isBetween(200, 800);
        for (int i = 0; i < 20_000; i++) {
            assertThat(table.get(i)).as("key %d", i).isSameAs(i % 100 == 0 ? records.get(i) : null);
        }
        for (int i = 0; i < 20_000; i += 100) {
            assertThat(table.removeRecord(records.get(i))).isTrue();
        }
        assertThat(table.capacity()).as("back to the first tables").isEqualTo(empty);
        assertThat(table.cursor().hasNext()).isFalse();
        table.put(record("again"));
        assertThat(table.get("again")).isNotNull();
    }

    @Test
    void aChainOfCollidingKeysSurvivesShrinking() {
        List<NearCacheRecord> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            NearCacheRecord r = record(new Colliding(i));
            records.add(r);
            table.put(r);
            table.put(record(i)); // other segments' records, so that the colliding segment resizes on its own count
        }
        for (int i = 0; i < 1000; i++) {
            table.removeKey(i);
        }
        for (int i = 0; i < 990; i++) {
            table.removeRecord(records.get(i));
        }
        assertThat(table.size()).isEqualTo(10);
        for (int i = 0; i < 1000; i++) {
            assertThat(table.get(new Colliding(i))).isSameAs(i < 990 ? null : records.get(i));
        }
    }

    @Test
    void clearingThroughForEachShrinksOnceTheWalkIsOver() {
        int empty = table.capacity();
        for (int i = 0; i < 10_000; i++) {
            table.put(record(i));
        }
        int[] seen = {0};
        table.forEach(r -> {
            seen[0]++;
            table.removeRecord(r);
        });
        assertThat(seen[0]).as("every record seen although the table shrank").isEqualTo(10_000);
        assertThat(table.size()).isZero();
        assertThat(table.capacity()).isEqualTo(empty);
    }

    /**
     * Just after a segment grew, and just after one shrank, adding and removing one key over and over resizes nothing:
     * between growing (more records than buckets) and shrinking (fewer than a quarter) lies a wide band. Consecutive
     * Integer keys spread evenly: 4096 of them fill each of the 16 segments' 256 buckets exactly.
     */
    @Test
    void addingAndRemovingAroundAResizeDoesNotResizeBackAndForth() {
        for (int i = 0; i < 4096; i++) {
            table.put(record(i));
        }
        table.put(record(4096)); // segment 0 grows to 512 buckets
        table.removeKey(4096);
        int resizes = table.resizeCount();
        int capacity = table.capacity();
        for (int n = 0; n < 1000; n++) {
            table.put(record(4096));
            table.removeKey(4096);
        }
        assertThat(table.resizeCount()).isEqualTo(resizes);
        assertThat(table.capacity()).isEqualTo(capacity).isEqualTo(17 * 256);

        for (int i = 16 * 63; i < 4096; i++) {
            table.removeKey(i); // 63 records left per segment: each shrinks to 128 buckets (not under 64)
        }
        resizes = table.resizeCount();
        capacity = table.capacity();
        assertThat(capacity).isEqualTo(16 * 128);
        for (int n = 0; n < 1000; n++) {
            table.removeKey(0);
            table.put(record(0));
        }
        assertThat(table.resizeCount()).isEqualTo(resizes);
        assertThat(table.capacity()).isEqualTo(capacity);
        assertThat(table.size()).isEqualTo(16 * 63);
    }

    /** Keys apart by 16 share a segment; keys apart by 2^16 differ only in the bits the hash folds down. */
    @ParameterizedTest(name = "step {0}")
    @ValueSource(ints = {16, 1 << 16})
    void keysThatHashAlikeInLowBitsAreAllKeptAndFound(int step) {
        List<NearCacheRecord> records = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            NearCacheRecord r = record(i * step);
            records.add(r);
            table.put(r);
        }
        for (int i = 0; i < 5000; i += 2) {
            assertThat(table.removeRecord(records.get(i))).isTrue();
        }
        assertThat(table.size()).isEqualTo(2500);
        for (int i = 0; i < 5000; i++) {
            assertThat(table.get(i * step)).isSameAs(i % 2 == 0 ? null : records.get(i));
        }
    }

    @Test
    void forEachSeesEveryRecordOnceAndMayRemoveThem() {
        for (int i = 0; i < 1000; i++) {
            table.put(record(i));
        }
        Map<NearCacheRecord, Boolean> seen = new IdentityHashMap<>();
        table.forEach(r -> {
            assertThat(seen.put(r, true)).isNull();
            assertThat(table.removeRecord(r)).isTrue();
        });
        assertThat(seen).hasSize(1000);
        assertThat(table.size()).isZero();
        assertThat(table.cursor().hasNext()).isFalse();
    }

    @Test
    void theCursorWalksEveryRecordOnceWhenNothingChanges() {
        for (int i = 0; i < 1000; i++) {
            table.put(record(new Colliding(i)));
            table.put(record(i));
        }
        Map<NearCacheRecord, Boolean> seen = new IdentityHashMap<>();
        Iterator<NearCacheRecord> cursor = table.cursor();
        while (cursor.hasNext()) {
            assertThat(seen.put(cursor.next(), true)).isNull();
        }
        assertThat(seen).hasSize(table.size()).hasSize(2000);
    }

    /**
     * Threads put, replace, remove and read overlapping keys while the segments grow (the table starts small and
     * the keys are many). A read must never return a record of another key, nor miss one of the pinned keys that no
     * thread changes (a resize relinking records under a reader must not hide them); a cursor must end; and at the
     * end the count must match the records that are really there, each of which the table finds.
     */
    @Test
    void concurrentWritersAndReadersWhileItGrows() throws Exception {
        int threads = 4;
        int keys = 40_000;
        int opsPerThread = 150_000;
        int pinnedKeys = 500;
        List<NearCacheRecord> pinned = new ArrayList<>();
        for (int i = 0; i < pinnedKeys; i++) {
            NearCacheRecord r = record(-1 - i);
            pinned.add(r);
            table.put(r);
        }
        ConcurrentWorkers.run(threads, random -> {
            for (int i = 0; i < opsPerThread; i++) {
                Integer key = random.nextInt(keys);
                switch (random.nextInt(8)) {
                    case 0 -> table.put(record(key));
                    case 1 -> table.putIfAbsent(record(key));
                    case 2 -> table.removeKey(key);
                    case 3 -> {
                        NearCacheRecord r = table.get(key);
                        if (r != null) {
                            table.removeRecord(r);
                        }
                    }
                    case 4 -> table.compute(key, old -> old == null ? record(key) : null);
                    case 5 -> {
                        Iterator<NearCacheRecord> cursor = table.cursor();
                        for (int n = 0; n < 20 && cursor.hasNext(); n++) {
                            assertThat(cursor.next().key).isInstanceOf(Integer.class);
                        }
                    }
                    case 6 -> {
                        NearCacheRecord expected = pinned.get(random.nextInt(pinnedKeys));
                        NearCacheRecord r = table.get(expected.key);
                        if (r != expected) {
                            throw new AssertionError("pinned key " + expected.key + " read as " + r);
                        }
                    }
                    default -> {
                        NearCacheRecord r = table.get(key);
                        if (r != null && !r.key.equals(key)) {
                            throw new AssertionError("asked for " + key + ", got the record of " + r.key);
                        }
                    }
                }
            }
        });

        Map<NearCacheRecord, Boolean> present = new IdentityHashMap<>();
        Set<Object> presentKeys = new HashSet<>();
        table.forEach(r -> {
            present.put(r, true);
            assertThat(presentKeys.add(r.key)).as("key %s held twice", r.key).isTrue();
        });
        assertThat(table.size()).isEqualTo(present.size()).isPositive();
        for (NearCacheRecord r : present.keySet()) {
            assertThat(table.get(r.key)).isSameAs(r);
        }
        for (int k = -pinnedKeys; k < keys; k++) {
            assertThat(table.containsKey(k)).isEqualTo(presentKeys.contains(k));
        }
    }

    /**
     * Writers fill the table with keys of their own and empty it again, round after round, so that the segments grow
     * and shrink over and over, while readers look up pinned keys that nobody touches: a resize relinking records under
     * a reader, in either direction, must never hide one, and no reader may loop. At the end only the pinned keys
     * are left, in tables shrunk back to at most four buckets per record.
     */
    @Test
    void concurrentReadersWhileTheSegmentsGrowAndShrinkOverAndOver() throws Exception {
        int pinnedKeys = 200;
        List<NearCacheRecord> pinned = new ArrayList<>();
        for (int i = 0; i < pinnedKeys; i++) {
            NearCacheRecord r = record("pinned-" + i);
            pinned.add(r);
            table.put(r);
        }
        AtomicInteger writer = new AtomicInteger();
        // the two writers fill together and empty together, so that every round grows and shrinks every segment
        // however the threads are scheduled (one filling while the other empties would keep the segments large)
        CyclicBarrier inStep = new CyclicBarrier(2);
        ConcurrentWorkers.run(4, random -> {
            int id = writer.getAndIncrement();
            if (id % 2 == 0) {
                for (int round = 0; round < 30; round++) {
                    for (int i = 0; i < 4000; i++) {
                        table.put(record(id * 1_000_000 + i));
                    }
                    await(inStep);
                    for (int i = 0; i < 4000; i++) {
                        table.removeKey(id * 1_000_000 + i);
                    }
                    await(inStep);
                }
            } else {
                for (int n = 0; n < 1_500_000; n++) {
                    NearCacheRecord expected = pinned.get(random.nextInt(pinnedKeys));
                    NearCacheRecord r = table.get(expected.key);
                    if (r != expected) {
                        throw new AssertionError("pinned key " + expected.key + " read as " + r);
                    }
                }
            }
        });

        assertThat(table.resizeCount()).as("grew and shrank many times").isGreaterThan(16 * 30);
        assertThat(table.size()).isEqualTo(pinnedKeys);
        assertThat(table.capacity()).as("each segment at least a quarter full again (or at its first 4 buckets)")
                .isLessThanOrEqualTo(4 * pinnedKeys + 16 * 4);
        for (NearCacheRecord r : pinned) {
            assertThat(table.get(r.key)).isSameAs(r);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the other writer did not reach the barrier", e);
        }
    }
}
