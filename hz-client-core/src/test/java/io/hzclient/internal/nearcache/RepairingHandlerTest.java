package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.hzclient.internal.nearcache.TestPartitions.key;
import static org.assertj.core.api.Assertions.assertThat;

class RepairingHandlerTest {
    private static final UUID SOURCE = UUID.randomUUID();
    private final TestPartitions partitions = new TestPartitions(271);
    private final TestInvalidatable nearCache = new TestInvalidatable();
    private final RepairingHandler handler = new RepairingHandler("m", nearCache, partitions, key("m"));
    private final Data key = key("k");
    private final int p = partitions.partitionId(key);
    private final UUID uuid = UUID.randomUUID();

    @AfterEach
    void noDrops() {
        RepairingHandler.dropInvalidationsOf = name -> false;
    }

    @Test
    void anEventInvalidatesItsKeyAndANullKeyClearsTheMap() {
        handler.handle(key, SOURCE, uuid, 1);
        handler.handle(null, SOURCE, uuid, 2);

        assertThat(nearCache.invalidated).containsExactly(key);
        assertThat(nearCache.clears).hasValue(1);
    }

    @Test
    void eventsOfOurOwnWritesAreNotAppliedAgainButTheirSequencesCount() {
        UUID self = UUID.randomUUID();
        RepairingHandler ours = new RepairingHandler("m", nearCache, partitions, key("m"), self);

        ours.handle(key, self, uuid, 1);
        ours.handle(key, SOURCE, uuid, 2);
        ours.handle(key, null, uuid, 3);
        ours.handle(key, self, uuid, 4);
        ours.handle(null, self, uuid, 1);

        assertThat(nearCache.invalidated).containsExactly(key, key);
        assertThat(nearCache.clears).hasValue(0);
        assertThat(ours.metadata(p)).isEqualTo(new PartitionMetadata(uuid, 4, 0, 0));
    }

    @Test
    void aMapWideEventIsNumberedInThePartitionOfTheMapsName() {
        int namePartition = partitions.partitionId(key("m"));

        handler.handle(null, SOURCE, uuid, 4);

        assertThat(handler.partitionUuid(namePartition)).isEqualTo(uuid);
        assertThat(handler.sequence(namePartition)).isEqualTo(4);
    }

    @Test
    void recordsAreStampedWithWhatTheLastEventSaid() {
        assertThat(handler.partitionUuid(p)).isNull();
        assertThat(handler.sequence(p)).isZero();

        handler.handle(key, SOURCE, uuid, 7);

        assertThat(handler.partitionUuid(p)).isEqualTo(uuid);
        assertThat(handler.sequence(p)).isEqualTo(7);
        assertThat(handler.isStale(p, uuid, 7)).isFalse();
        assertThat(handler.isStale(p, uuid, 0)).as("no miss, nothing stale").isFalse();
    }

    @Test
    void theFirstEventsUuidAndSequenceAreTakenWithoutCountingMisses() {
        handler.handle(key, SOURCE, uuid, 1000);

        assertThat(handler.metadata(p).missedCount()).isZero();
    }

    @Test
    void aGapBetweenSequencesCountsTheMissedOnes() {
        handler.handle(key, SOURCE, uuid, 1);
        handler.handle(key, SOURCE, uuid, 2);
        handler.handle(key, SOURCE, uuid, 5);
        handler.handle(key, SOURCE, uuid, 9);

        assertThat(handler.metadata(p).missedCount()).isEqualTo(2 + 3);
        assertThat(handler.sequence(p)).isEqualTo(9);
    }

    @Test
    void aDuplicateOrLateSequenceChangesNothing() {
        handler.handle(key, SOURCE, uuid, 5);
        PartitionMetadata before = handler.metadata(p);

        handler.handle(key, SOURCE, uuid, 5);
        handler.handle(key, SOURCE, uuid, 3);

        assertThat(handler.metadata(p)).isSameAs(before);
        assertThat(nearCache.invalidated).as("but the key is invalidated each time").hasSize(3);
    }

    @Test
    void aNewPartitionUuidMakesEveryRecordOfTheOldOneStale() {
        handler.handle(key, SOURCE, uuid, 3);
        handler.handle(key, SOURCE, uuid, 9); // 5 missed
        UUID next = UUID.randomUUID();

        handler.handle(key, SOURCE, next, 2);

        assertThat(handler.isStale(p, uuid, 9)).isTrue();
        assertThat(handler.isStale(p, next, 2)).isFalse();
        assertThat(handler.metadata(p)).isEqualTo(new PartitionMetadata(next, 2, 0, 0));
        assertThat(handler.isStale(p + 1, null, 0)).as("other partitions untouched").isFalse();
    }

    @Test
    void aFetchedSequenceAheadOfOursCountsTheWholeGap() {
        handler.applyFetched(p, uuid, 10);
        assertThat(handler.metadata(p).missedCount()).as("first fetch: the starting point").isZero();

        handler.applyFetched(p, uuid, 14);
        handler.handle(key, SOURCE, uuid, 13); // arrived after the fetch overtook it: no further change

        assertThat(handler.metadata(p)).isEqualTo(new PartitionMetadata(uuid, 14, 0, 4));
    }

    @Test
    void aFetchedUuidThatDiffersStartsAfresh() {
        handler.applyFetched(p, uuid, 10);
        UUID next = UUID.randomUUID();

        handler.applyFetched(p, next, 0);

        assertThat(handler.metadata(p)).isEqualTo(new PartitionMetadata(next, 0, 0, 0));
        assertThat(handler.isStale(p, uuid, 10)).isTrue();
    }

    @Test
    void partitionsThatMissedMoreThanTheToleranceHaveTheirOlderRecordsMarkedStale() {
        Data other = keyInAnotherPartition();
        int q = partitions.partitionId(other);
        handler.handle(key, SOURCE, uuid, 1);
        handler.handle(key, SOURCE, uuid, 5); // 3 missed: tolerated
        handler.handle(other, SOURCE, uuid, 1);
        handler.handle(other, SOURCE, uuid, 6); // 4 missed: too many

        assertThat(handler.markStaleWhereMissedMoreThan(3)).isEqualTo(1);

        assertThat(handler.isStale(p, uuid, 1)).isFalse();
        assertThat(handler.metadata(p).missedCount()).isEqualTo(3);
        assertThat(handler.isStale(q, uuid, 1)).isTrue();
        assertThat(handler.isStale(q, uuid, 5)).isTrue();
        assertThat(handler.isStale(q, uuid, 6)).as("stamped after the last event: fresh").isFalse();
        assertThat(handler.metadata(q).missedCount()).isZero();
        assertThat(handler.markStaleWhereMissedMoreThan(3)).as("nothing new missed").isZero();
    }

    @Test
    void aToleranceOfZeroMarksOnAnySingleMiss() {
        handler.handle(key, SOURCE, uuid, 1);
        handler.handle(key, SOURCE, uuid, 3);

        assertThat(handler.markStaleWhereMissedMoreThan(0)).isEqualTo(1);
        assertThat(handler.isStale(p, uuid, 2)).isTrue();
    }

    @Test
    void staleSequenceNeverGoesBack() {
        handler.handle(key, SOURCE, uuid, 1);
        handler.handle(key, SOURCE, uuid, 10);
        handler.markStaleWhereMissedMoreThan(0);

        assertThat(handler.metadata(p).markedStale().staleSequence()).isEqualTo(10);
        handler.applyFetched(p, uuid, 5);
        assertThat(handler.metadata(p).staleSequence()).isEqualTo(10);
    }

    @Test
    void droppedEventsLeaveNoTraceSoOnlyTheRepairFindsThem() {
        RepairingHandler.dropInvalidationsOf = "m"::equals;

        handler.handle(key, SOURCE, uuid, 1);

        assertThat(nearCache.invalidated).isEmpty();
        assertThat(handler.metadata(p)).isEqualTo(PartitionMetadata.UNKNOWN);
    }

    @Test
    void theDropHookPicksMapsByName() {
        RepairingHandler.dropInvalidationsOf = "other"::equals;

        handler.handle(key, SOURCE, uuid, 1);

        assertThat(nearCache.invalidated).containsExactly(key);
    }

    @Test
    void afterAResetEveryRecordIsStaleAndNewOnesWaitForTheNewUuid() {
        handler.handle(key, SOURCE, uuid, 4);

        handler.reset();

        assertThat(handler.isStale(p, uuid, 4)).isTrue();
        assertThat(handler.isStale(p, null, 0)).as("stamped before any UUID is known").isFalse();
        handler.handle(key, SOURCE, UUID.randomUUID(), 1);
        assertThat(handler.isStale(p, null, 0)).isTrue();
    }

    @Test
    void unknownPartitionsAreStaleAndTheTableIsSizedOnceTheCountIsKnown() {
        TestPartitions unknown = new TestPartitions(0);
        RepairingHandler early = new RepairingHandler("m", nearCache, unknown, key("m"));
        assertThat(early.isStale(0, null, 0)).isTrue();
        early.handle(key, SOURCE, uuid, 1); // invalidates; no partition to number it in yet
        assertThat(nearCache.invalidated).containsExactly(key);

        unknown.count = 271;

        assertThat(early.isStale(0, null, 0)).isFalse();
        assertThat(early.isStale(271, null, 0)).as("out of range").isTrue();
        assertThat(early.isStale(-1, null, 0)).isTrue();
    }

    @Test
    void concurrentEventsNeverLoseTheHighestSequence() throws Exception {
        int threads = 4;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            CountDownLatch go = new CountDownLatch(1);
            AtomicBoolean done = new AtomicBoolean();
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t + 1;
                writers.add(pool.submit(() -> {
                    go.await();
                    for (long s = first; s <= (long) threads * perThread; s += threads) {
                        handler.handle(key, SOURCE, uuid, s);
                    }
                    return null;
                }));
            }
            Future<?> repairer = pool.submit(() -> {
                go.await();
                while (!done.get()) {
                    handler.markStaleWhereMissedMoreThan(2);
                }
                return null;
            });
            go.countDown();
            for (Future<?> w : writers) {
                w.get(30, TimeUnit.SECONDS);
            }
            done.set(true);
            repairer.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        PartitionMetadata m = handler.metadata(p);
        assertThat(m.sequence()).isEqualTo((long) threads * perThread);
        assertThat(m.staleSequence()).isLessThanOrEqualTo(m.sequence());
        assertThat(nearCache.invalidated).hasSize(threads * perThread);
    }

    /**
     * Readers stamp (UUID first, then sequence) while the partition's UUID keeps changing, each UUID with sequences
     * of its own range: a stamp that mixes two UUIDs' values is always found stale, never served.
     */
    @Test
    void aStampTakenAcrossAUuidChangeIsStale() throws Exception {
        int generations = 2_000;
        List<UUID> uuids = new ArrayList<>();
        for (int g = 0; g < generations; g++) {
            uuids.add(new UUID(g, g)); // never reused
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            AtomicBoolean done = new AtomicBoolean();
            Future<?> writer = pool.submit(() -> {
                for (int g = 0; g < generations; g++) {
                    for (long s = 1; s <= 20; s++) {
                        handler.handle(key, SOURCE, uuids.get(g), g * 1_000L + s);
                    }
                }
                done.set(true);
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int checked = 0;
                    while (!done.get()) {
                        UUID u = handler.partitionUuid(p);
                        long s = handler.sequence(p);
                        if (u != null && !handler.isStale(p, u, s)) {
                            assertThat(s / 1_000).as("sequence of the stamped UUID's generation")
                                    .isEqualTo(u.getMostSignificantBits());
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            writer.get(30, TimeUnit.SECONDS);
            for (Future<Integer> r : readers) {
                r.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(handler.partitionUuid(p)).isEqualTo(uuids.get(generations - 1));
    }

    private Data keyInAnotherPartition() {
        for (int i = 0; ; i++) {
            Data candidate = key("other-" + i);
            if (partitions.partitionId(candidate) != p) {
                return candidate;
            }
        }
    }
}
