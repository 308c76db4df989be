package io.hzclient.internal.nearcache;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repair code against real members, with a bare invalidation listener in place of the near cache store:
 * the metadata the members give agrees with the events they send, dropped events are found, and a member's crash
 * gives the partitions it owned new UUIDs.
 */
class InvalidationMetadataIT {
    /** Invalidations are batched on the members; a short batch period keeps the test short. */
    static final Consumer<com.hazelcast.config.Config> FAST_INVALIDATIONS =
            c -> c.setProperty("hazelcast.map.invalidation.batchfrequency.seconds", "1");

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private TestCluster cluster;
    private HzClient client;

    @AfterEach
    void stop() {
        RepairingHandler.dropInvalidationsOf = name -> false;
        scheduler.shutdownNow();
        if (client != null) {
            client.shutdown();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private ClientContext connect(int members) {
        cluster = TestCluster.start(members, FAST_INVALIDATIONS);
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        // A listener registered before the client reaches a member would miss that member's first events
        assertEventually(Duration.ofSeconds(30),
                () -> assertThat(client.getStatistics().connectedMembers()).hasSize(members));
        return RawInvalidations.context(client);
    }

    @Test
    void theMembersMetadataAgreesWithTheEventsTheySent() {
        ClientContext context = connect(2);
        String name = TestCluster.uniqueName("agree");
        RepairingTask task = new RepairingTask(new NearCacheRepairConfig(0, Duration.ofHours(1)), context, scheduler);
        TestInvalidatable nearCache = new TestInvalidatable();
        RepairingHandler handler = task.register(name, nearCache);
        int partitions = context.partitions().partitionCount();
        RawInvalidations.listen(context, name, handler);
        // register's first fetch is best effort (a loaded member may answer it late): have every UUID before the events
        awaitEveryPartitionsUuid(context, task, handler);

        Map<String, String> map = cluster.member(0).getMap(name);
        for (int i = 0; i < 100; i++) {
            map.put("k" + i, "v" + i);
        }
        // One event, numbered in the partition of the map's name; every other partition's sequence moves on silently
        map.clear();
        int namePartition = context.partitions().partitionId(context.serialization().toData(name));

        assertEventually(Duration.ofSeconds(30), () -> {
            assertThat(nearCache.invalidated).hasSize(100);
            assertThat(nearCache.clears).hasPositiveValue();
            RepairingHandler fresh = new RepairingTask(new NearCacheRepairConfig(0, Duration.ofHours(1)), context,
                    scheduler).register(name, new TestInvalidatable());
            for (int p = 0; p < partitions; p++) {
                PartitionMetadata seen = handler.metadata(p);
                assertThat(seen.missedCount()).isZero();
                assertThat(seen.uuid()).isEqualTo(fresh.partitionUuid(p));
                assertThat(seen.sequence() + (p == namePartition ? 0 : 1)).as("partition %d", p)
                        .isEqualTo(fresh.sequence(p));
            }
        });
        task.shutdown();
    }

    @Test
    void droppedEventsAreFoundByTheNextFetch() throws Exception {
        ClientContext context = connect(2);
        String name = TestCluster.uniqueName("dropped");
        RepairingTask task = new RepairingTask(new NearCacheRepairConfig(0, Duration.ofHours(1)), context, scheduler);
        TestInvalidatable nearCache = new TestInvalidatable();
        RepairingHandler handler = task.register(name, nearCache);
        RawInvalidations.listen(context, name, handler);
        awaitEveryPartitionsUuid(context, task, handler);
        Map<Integer, UUID> stamped = new HashMap<>();
        for (int p = 0; p < context.partitions().partitionCount(); p++) {
            stamped.put(p, handler.partitionUuid(p));
        }
        RepairingHandler.dropInvalidationsOf = name::equals;

        cluster.member(0).getMap(name).put("lost", "update");
        int p = context.partitions().partitionId(context.serialization().toData("lost"));

        assertEventually(Duration.ofSeconds(30), () -> {
            task.fetchAndRepair().get(10, TimeUnit.SECONDS);
            assertThat(handler.isStale(p, stamped.get(p), 0)).isTrue();
        });
        assertThat(nearCache.invalidated).isEmpty();
        int other = (p + 1) % context.partitions().partitionCount();
        assertThat(handler.isStale(other, stamped.get(other), 0)).as("%s", handler.metadata(other)).isFalse();
        task.shutdown();
    }

    @Test
    void aCrashedMembersPartitionsGetNewUuids() throws Exception {
        ClientContext context = connect(2);
        String name = TestCluster.uniqueName("crash");
        RepairingTask task = new RepairingTask(new NearCacheRepairConfig(10, Duration.ofHours(1)), context, scheduler);
        RepairingHandler handler = task.register(name, new TestInvalidatable());
        int partitions = context.partitions().partitionCount();
        awaitEveryPartitionsUuid(context, task, handler);
        HazelcastInstance crashing = cluster.member(1);
        UUID crashingUuid = crashing.getCluster().getLocalMember().getUuid();
        // Owners as the members see them, migrations done: the client's partition table may still be behind.
        assertEventually(Duration.ofSeconds(30),
                () -> assertThat(cluster.member(0).getPartitionService().isClusterSafe()).isTrue());
        Map<Integer, UUID> ownerBefore = new HashMap<>();
        cluster.member(0).getPartitionService().getPartitions()
                .forEach(p -> ownerBefore.put(p.getPartitionId(), p.getOwner().getUuid()));
        awaitEveryPartitionsUuid(context, task, handler); // again: migrations may have given some new UUIDs
        Map<Integer, UUID> before = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            before.put(p, handler.partitionUuid(p));
        }

        cluster.terminateMember(1);
        cluster.awaitSize(1);

        assertEventually(Duration.ofSeconds(60), () -> {
            task.fetchAndRepair().get(10, TimeUnit.SECONDS);
            int changedOfCrashed = 0;
            int crashedOwned = 0;
            int changedOfSurvivor = 0;
            for (int p = 0; p < partitions; p++) {
                boolean changed = !before.get(p).equals(handler.partitionUuid(p));
                if (crashingUuid.equals(ownerBefore.get(p))) {
                    crashedOwned++;
                    changedOfCrashed += changed ? 1 : 0;
                } else {
                    changedOfSurvivor += changed ? 1 : 0;
                }
            }
            assertThat(crashedOwned).isPositive();
            assertThat(changedOfCrashed).as("partitions the crashed member owned, now with a new UUID")
                    .isEqualTo(crashedOwned);
            assertThat(changedOfSurvivor).as("the survivor's partitions keep theirs").isZero();
        });
        task.shutdown();
    }

    /** A new cluster assigns its partitions on first use: until then some have no owner, so no UUID yet. */
    private static void awaitEveryPartitionsUuid(ClientContext context, RepairingTask task, RepairingHandler handler) {
        assertEventually(Duration.ofSeconds(30), () -> {
            task.fetchAndRepair().get(10, TimeUnit.SECONDS);
            for (int p = 0; p < context.partitions().partitionCount(); p++) {
                assertThat(handler.partitionUuid(p)).as("partition %d's UUID", p).isNotNull();
            }
        });
    }
}
