package io.hzclient.internal.nearcache;

import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.internal.serialization.Data;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

class RepairingTaskTest {
    private static final UUID A = new UUID(0, 1);
    private static final UUID B = new UUID(0, 2);
    private static final UUID SOURCE = UUID.randomUUID();

    private final FakeMetadataMembers members = new FakeMetadataMembers(A, B);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final TestInvalidatable nearCache = new TestInvalidatable();
    private RepairingTask task = task(3, Duration.ofHours(1));

    @AfterEach
    void stop() {
        task.shutdown();
        scheduler.shutdownNow();
    }

    private Data keyInPartition(int partitionId) {
        for (int i = 0; ; i++) {
            Data candidate = TestPartitions.key("k" + i);
            if (members.partitions.partitionId(candidate) == partitionId) {
                return candidate;
            }
        }
    }

    private RepairingTask task(int tolerated, Duration interval) {
        return new RepairingTask(new NearCacheRepairConfig(tolerated, interval), members, scheduler);
    }

    @Test
    void registeringFetchesTheMembersCurrentMetadataFromEveryOwner() {
        members.sequence("m", 5, 40);

        RepairingHandler handler = task.register("m", nearCache);

        assertThat(members.fetches).containsExactlyInAnyOrder(new FakeMetadataMembers.Fetch(A, List.of("m")),
                new FakeMetadataMembers.Fetch(B, List.of("m")));
        assertThat(handler.metadata(5)).isEqualTo(new PartitionMetadata(members.partitionUuids.get(5), 40, 0, 0));
        assertThat(handler.metadata(6)).isEqualTo(new PartitionMetadata(members.partitionUuids.get(6), 0, 0, 0));
    }

    /** Right after connecting the client's partition table may be empty or behind; the member list is not. */
    @Test
    void everyDataMemberIsAskedWhateverThePartitionTableSays() {
        members.partitions.owners.clear();
        members.dataMembers.addAll(List.of(A, B));

        RepairingHandler handler = task.register("m", nearCache);

        for (int p = 0; p < members.partitions.count; p++) {
            assertThat(handler.partitionUuid(p)).as("partition %d", p).isEqualTo(members.partitionUuids.get(p));
        }
    }

    @Test
    void aMemberThatFailsLeavesItsPartitionsUnknownAndTheOthersKnown() {
        members.failing.add(B);

        RepairingHandler handler = task.register("m", nearCache);

        assertThat(handler.partitionUuid(0)).as("owned by A").isEqualTo(members.partitionUuids.get(0));
        assertThat(handler.partitionUuid(1)).as("owned by B").isNull();
    }

    /**
     * A partition left unknown at registration is fetched again as soon as a record of it is wanted, long before the
     * hour-long reconciliation interval (and again, at most once a second, while its member does not answer).
     */
    @Test
    void aRecordWantedInAPartitionWithoutMetadataFetchesItSoon() {
        members.failing.add(B);
        RepairingHandler handler = task.register("m", nearCache);
        assertThat(members.fetches).hasSize(2);
        assertThat(handler.stamp(1)).as("owned by B, which did not answer").isNull();
        assertEventually(Duration.ofSeconds(10), () -> assertThat(members.fetches).hasSizeGreaterThanOrEqualTo(4));

        members.failing.clear();
        assertEventually(Duration.ofSeconds(10), () -> {
            handler.stamp(1);
            assertThat(handler.partitionUuid(1)).isEqualTo(members.partitionUuids.get(1));
        });
        assertThat(handler.stamp(1)).isEqualTo(new RepairStamp(1, members.partitionUuids.get(1), 0));
    }

    @Test
    void missedSequencesWithinTheToleranceLeaveRecordsAlone() throws Exception {
        RepairingHandler handler = task.register("m", nearCache);
        UUID uuid = handler.partitionUuid(5);
        members.sequence("m", 5, 3); // three invalidations we never saw

        task.fetchAndRepair().get(5, TimeUnit.SECONDS);

        assertThat(handler.metadata(5).missedCount()).isEqualTo(3);
        assertThat(handler.isStale(5, uuid, 0)).isFalse();
    }

    @Test
    void missedSequencesBeyondTheToleranceMakeThePartitionsRecordsStale() throws Exception {
        RepairingHandler handler = task.register("m", nearCache);
        UUID uuid = handler.partitionUuid(5);
        members.sequence("m", 5, 4);

        task.fetchAndRepair().get(5, TimeUnit.SECONDS);

        assertThat(handler.isStale(5, uuid, 0)).isTrue();
        assertThat(handler.isStale(5, uuid, 4)).as("stamped after the repair").isFalse();
        assertThat(handler.isStale(6, handler.partitionUuid(6), 0)).isFalse();
        assertThat(handler.metadata(5).missedCount()).isZero();
    }

    @Test
    void missesSeenAsGapsBetweenEventsAndByTheFetchAddUp() throws Exception {
        RepairingHandler handler = task.register("m", nearCache);
        Data key = keyInPartition(5);
        UUID uuid = handler.partitionUuid(5);
        handler.handle(key, SOURCE, uuid, 1);
        handler.handle(key, SOURCE, uuid, 3); // 2 missed
        members.sequence("m", 5, 5); // 4 and 5 missed: 3 in all, tolerated

        task.fetchAndRepair().get(5, TimeUnit.SECONDS);
        assertThat(handler.isStale(5, uuid, 1)).isFalse();

        members.sequence("m", 5, 6); // a fourth
        task.fetchAndRepair().get(5, TimeUnit.SECONDS);
        assertThat(handler.isStale(5, uuid, 1)).isTrue();
        assertThat(handler.isStale(5, uuid, 6)).isFalse();
    }

    @Test
    void aChangedPartitionUuidMakesItsRecordsStaleWhateverTheTolerance() throws Exception {
        task = task(Integer.MAX_VALUE, Duration.ofHours(1));
        RepairingHandler handler = task.register("m", nearCache);
        UUID before = handler.partitionUuid(7);
        members.partitionUuids.put(7, UUID.randomUUID()); // e.g. the owner died and a backup took over

        task.fetchAndRepair().get(5, TimeUnit.SECONDS);

        assertThat(handler.isStale(7, before, 0)).isTrue();
        assertThat(handler.isStale(8, handler.partitionUuid(8), 0)).isFalse();
    }

    @Test
    void oneFetchAsksForEveryRegisteredMapAndDeregisteredOnesAreLeftOut() throws Exception {
        task.register("a", nearCache);
        task.register("b", new TestInvalidatable());
        task.register("c", new TestInvalidatable());
        task.deregister("b");
        members.fetches.clear();

        task.fetchAndRepair().get(5, TimeUnit.SECONDS);

        assertThat(members.fetches).hasSize(2)
                .allSatisfy(f -> assertThat(f.names()).containsExactlyInAnyOrder("a", "c"));
    }

    @Test
    void theTaskRunsEveryReconciliationInterval() {
        task = task(0, Duration.ofMillis(200));
        RepairingHandler handler = task.register("m", nearCache);
        UUID uuid = handler.partitionUuid(5);
        members.fetches.clear();
        members.sequence("m", 5, 1);

        assertEventually(Duration.ofSeconds(10), () -> {
            assertThat(members.fetches).hasSizeGreaterThanOrEqualTo(4);
            assertThat(handler.isStale(5, uuid, 0)).isTrue();
        });
    }

    @Test
    void aNewClusterClearsEveryNearCacheAndForgetsTheOldMetadata() {
        RepairingHandler handler = task.register("m", nearCache);
        TestInvalidatable other = new TestInvalidatable();
        task.register("n", other);
        UUID uuid = handler.partitionUuid(5);

        members.clusterChangeActions.forEach(Runnable::run);

        assertThat(nearCache.clears).hasValue(1);
        assertThat(other.clears).hasValue(1);
        assertThat(handler.isStale(5, uuid, 0)).isTrue();
        assertThat(handler.partitionUuid(5)).isNull();
    }

    @Test
    void afterShutdownNothingIsFetched() throws Exception {
        task = task(0, Duration.ofMillis(100));
        task.register("m", nearCache);
        task.shutdown();
        members.fetches.clear();

        scheduler.schedule(() -> { }, 500, TimeUnit.MILLISECONDS).get();

        assertThat(members.fetches).isEmpty();
    }
}
