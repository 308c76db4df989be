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
import java.util.concurrent.atomic.AtomicInteger;

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
        handler.applyFetched(p + 1, UUID.randomUUID(), 0);
        RepairStamp neighbour = handler.stamp(p + 1);
        handler.handle(key, SOURCE, uuid, 3);
        handler.handle(key, SOURCE, uuid, 9); // 5 missed
        UUID next = UUID.randomUUID();

        handler.handle(key, SOURCE, next, 2);

        assertThat(handler.isStale(p, uuid, 9)).isTrue();
        assertThat(handler.isStale(p, next, 2)).isFalse();
        assertThat(handler.metadata(p)).isEqualTo(new PartitionMetadata(next, 2, 0, 0));
        assertThat(handler.isStale(neighbour)).as("other partitions untouched").isFalse();
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
    void afterAResetEveryRecordIsStaleAndNoneIsStampedUntilTheNewUuidIsKnown() {
        AtomicInteger wanted = new AtomicInteger();
        RepairingHandler h = new RepairingHandler("m", nearCache, partitions, key("m"), null, wanted::incrementAndGet);
        h.handle(key, SOURCE, uuid, 4);
        RepairStamp before = h.stamp(p);

        h.reset();

        assertThat(h.isStale(before)).isTrue();
        assertThat(h.stamp(p)).isNull();
        assertThat(wanted).as("the metadata is asked for").hasValue(1);
        UUID next = UUID.randomUUID();
        h.handle(key, SOURCE, next, 1);
        assertThat(h.stamp(p)).isEqualTo(new RepairStamp(p, next, 1));
        assertThat(h.isStale(before)).isTrue();
    }

    @Test
    void aPartitionWhoseUuidIsUnknownGivesNoStampAndAsksForTheMetadata() {
        AtomicInteger wanted = new AtomicInteger();
        RepairingHandler h = new RepairingHandler("m", nearCache, partitions, key("m"), null, wanted::incrementAndGet);

        assertThat(h.stamp(p)).isNull();
        assertThat(h.stamp(p)).isNull();
        assertThat(wanted).hasValue(2);

        h.applyFetched(p, uuid, 6);
        assertThat(h.stamp(p)).isEqualTo(new RepairStamp(p, uuid, 6));
        assertThat(h.stamp(p)).as("shared until the sequence moves").isSameAs(h.stamp(p));
        assertThat(wanted).hasValue(2);
        assertThat(h.isStale(p, null, 6)).as("a record stamped without a UUID is never fresh").isTrue();
    }

    /**
     * The client's own write of key A (its event is not applied, its sequence counts), then another client's change
     * of A: B's record, stamped before both in the same partition, stays fresh.
     */
    @Test
    void eventsOfOtherKeysInThePartitionLeaveARecordFresh() {
        UUID self = UUID.randomUUID();
        RepairingHandler h = new RepairingHandler("m", nearCache, partitions, key("m"), self);
        h.applyFetched(p, uuid, 3);
        RepairStamp ofB = h.stamp(p);
        Data a = keyInPartition(p, "a-");

        h.handle(a, self, uuid, 4);
        h.handle(a, SOURCE, uuid, 5);

        assertThat(h.isStale(ofB)).isFalse();
        assertThat(nearCache.invalidated).containsExactly(a);
        assertThat(h.stamp(p)).isEqualTo(new RepairStamp(p, uuid, 5));
    }

    @Test
    void unknownPartitionsGiveNoStampAndTheTableIsSizedOnceTheCountIsKnown() {
        TestPartitions unknown = new TestPartitions(0);
        RepairingHandler early = new RepairingHandler("m", nearCache, unknown, key("m"));
        assertThat(early.stamp(0)).isNull();
        early.handle(key, SOURCE, uuid, 1); // invalidates; no partition to number it in yet
        assertThat(nearCache.invalidated).containsExactly(key);

        unknown.count = 271;

        assertThat(early.stamp(0)).as("sized, but no UUID known yet").isNull();
        early.handle(key, SOURCE, uuid, 2);
        assertThat(early.stamp(p)).isEqualTo(new RepairStamp(p, uuid, 2));
        assertThat(early.isStale(271, uuid, 2)).as("out of range").isTrue();
        assertThat(early.isStale(-1, uuid, 2)).isTrue();
        assertThat(early.stamp(271)).isNull();
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
     * Readers stamp while the partition's UUID keeps changing, each UUID with sequences of its own range: a stamp
     * never mixes two UUIDs' values.
     */
    @Test
    void aStampIsOfOneMomentWhileTheUuidKeepsChanging() throws Exception {
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
                        RepairStamp stamp = handler.stamp(p);
                        if (stamp != null) {
                            assertThat(stamp.sequence() / 1_000).as("sequence of the stamped UUID's generation")
                                    .isEqualTo(stamp.partitionUuid().getMostSignificantBits());
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

    private Data keyInPartition(int partitionId, String prefix) {
        for (int i = 0; ; i++) {
            Data candidate = key(prefix + i);
            if (partitions.partitionId(candidate) == partitionId) {
                return candidate;
            }
        }
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
