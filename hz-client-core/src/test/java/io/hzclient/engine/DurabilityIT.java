package io.hzclient.engine;

import io.hzclient.HzClient;
import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Nothing acknowledged is lost: members of a cluster with one backup per partition are killed with kill -9 under
 * load, one at a time (each back and the cluster safe again before the next), and every put is accounted for
 * (returned, failed, indeterminate) and read back. A put that returned must be there.
 *
 * <p>Run alone: {@code mvn -B -pl hz-client-core -am -Dtest=none -Dit.test=DurabilityIT -DfailIfNoTests=false
 * -Dsurefire.failIfNoSpecifiedTests=false verify}; each scenario logs a line starting with {@code DURABILITY}.
 */
class DurabilityIT {
    private static final Logger LOG = LoggerFactory.getLogger(DurabilityIT.class);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int ASYNC_IN_FLIGHT = 128;
    private static final int SYNC_THREADS = 8;

    @ParameterizedTest(name = "{0} members, {1} puts, {2} kills")
    @CsvSource({"2, async, 3", "2, sync, 3", "3, async, 2", "3, sync, 2"})
    void noPutThatReturnedIsLostWhenMembersAreKilledUnderLoad(int size, String mode, int kills) throws Exception {
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(size, b -> b.heap("768m"));
             HzClient client = HzClient.newClient(defaults(cluster).build())) {
            HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("durability"));
            PutLedger ledger = new PutLedger();
            PutLoad load = mode.equals("async") ? PutLoad.async(map, ledger, ASYNC_IN_FLIGHT)
                    : PutLoad.sync(map, ledger, SYNC_THREADS);
            try {
                for (int i = 0; i < kills; i++) {
                    ledger.awaitMoreReturned(2_000, WAIT);
                    cluster.member(0).awaitClusterSafe(WAIT);
                    SeparateJvmMember victim = cluster.member(ThreadLocalRandom.current().nextInt(size));
                    LOG.info("Kill {} of {}: {} ({} puts returned so far)", i + 1, kills, victim, ledger.returned());
                    victim.kill();
                    assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(size - 1));
                    ledger.awaitMoreReturned(500, WAIT); // the survivors take the load
                    victim.restart();
                    assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(size));
                }
                ledger.awaitMoreReturned(1_000, WAIT);
            } finally {
                load.stop(WAIT);
            }

            try (HzClient reader = HzClient.newClient(defaults(cluster).build())) {
                PutLedger.Audit audit = ledger.audit(reader.getMap(map.getName()));
                LOG.info("DURABILITY members={} mode={} kills={}: {}", size, mode, kills, audit);
                assertThat(audit.lost()).as("puts that returned but are missing or wrong: %s", audit).isZero();
                assertThat(audit.returned()).as("puts that returned").isGreaterThan(5_000);
                assertThat(ledger.failureTypes()).as("how puts failed")
                        .allSatisfy(type -> assertThat(type).isIn(TargetDisconnectedException.class,
                                IndeterminateOperationStateException.class));
            }
        }
    }

    /**
     * The backup of a member's partitions is frozen (SIGSTOP), so puts to that member's keys wait for backup acks
     * that never come; once the backup timeout passes, fail-on-indeterminate-operation-state decides what the caller
     * hears. Then the owner is killed: a put that returned normally may be gone (the documented second fault), one
     * that failed may or may not be there; nothing else is ever read.
     */
    @ParameterizedTest(name = "fail-on-indeterminate-operation-state {0}")
    @ValueSource(booleans = {false, true})
    void backupAcksMissingForTheBackupTimeout(boolean failOnIndeterminate) {
        Duration backupTimeout = Duration.ofSeconds(2);
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(2, b -> { });
             HzClient client = HzClient.newClient(defaults(cluster).operationBackupTimeout(backupTimeout)
                     .failOnIndeterminateOperationState(failOnIndeterminate).build())) {
            FrozenBackup frozen = FrozenBackup.of(cluster, client);
            List<CompletableFuture<String>> puts;
            long start = System.nanoTime();
            try {
                puts = frozen.putAll();
                CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
                frozen.owner.kill();
            } finally {
                frozen.backup.thaw();
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                    .as("no put ended before the backup timeout").isGreaterThanOrEqualTo(backupTimeout.toMillis());
            List<Object> outcomes = outcomes(puts);
            if (failOnIndeterminate) {
                assertThat(outcomes).allSatisfy(o -> {
                    assertThat(o).isInstanceOf(IndeterminateOperationStateException.class);
                    assertThat(((Throwable) o).getMessage()).contains(frozen.map.getName(), "operation-backup-timeout");
                });
            } else {
                assertThat(outcomes).as("returned normally, with a WARN log").containsOnly("returned");
            }
            int survived = frozen.readBack(client);
            LOG.info("DURABILITY frozen backup, fail-on-indeterminate-operation-state={}: {} puts {}; {} survived the "
                    + "owner's death", failOnIndeterminate, puts.size(), failOnIndeterminate ? "failed as indeterminate"
                    : "returned", survived);
        }
    }

    /**
     * The owner applied the puts and answered, but their backup is frozen, so no ack came; then the owner dies. The
     * puts are never reported as done: they fail as indeterminate, or with redo-operation on are sent again to the
     * member that takes over, and then they are there.
     */
    @ParameterizedTest(name = "redo-operation {0}")
    @ValueSource(booleans = {false, true})
    void ownerLostWhileBackupAcksArePending(boolean redo) {
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(2, b -> { });
             HzClient client = HzClient.newClient(defaults(cluster).operationBackupTimeout(Duration.ofMinutes(5))
                     .redoOperation(redo).build())) {
            FrozenBackup frozen = FrozenBackup.of(cluster, client);
            List<CompletableFuture<String>> puts;
            try {
                puts = frozen.putAll();
                // a get goes to the owner after the put on the same connection: once it reads the value back, the
                // put's answer has come, and the put waits for its backup ack alone
                assertEventually(WAIT, () -> frozen.keys.forEach(k ->
                        assertThat(frozen.map.get(k)).isEqualTo("v" + k)));
                assertThat(puts).as("waiting for backup acks").noneMatch(CompletableFuture::isDone);
                frozen.owner.kill();
                // the backup thaws only once the client has lost the owner: thawed sooner, its acks could come first
                assertEventually(WAIT, () -> assertThat(client.getStatistics().connectedMembers())
                        .doesNotContain(frozen.owner.address()));
            } finally {
                frozen.backup.thaw();
            }
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            List<Object> outcomes = outcomes(puts);
            if (redo) {
                assertThat(outcomes).as("sent again to the member that took over").containsOnly("returned");
                assertThat(frozen.readBack(client)).as("present after the retry").isEqualTo(puts.size());
            } else {
                assertThat(outcomes).allSatisfy(o -> {
                    assertThat(o).isInstanceOf(IndeterminateOperationStateException.class);
                    assertThat(((Throwable) o).getMessage()).contains(frozen.map.getName(), frozen.owner.address());
                });
                frozen.readBack(client);
            }
        }
    }

    /** A 2-member cluster whose second member (the backup of the first one's partitions) is frozen by the puts. */
    private record FrozenBackup(HzMap<Integer, String> map, SeparateJvmMember owner, SeparateJvmMember backup,
                                List<Integer> keys) {
        static FrozenBackup of(SeparateJvmCluster cluster, HzClient client) {
            HzMap<Integer, String> map = client.getMap(TestCluster.uniqueName("frozen-backup"));
            map.put(-1, "first");
            cluster.member(0).awaitClusterSafe(WAIT);
            SeparateJvmMember owner = cluster.member(0);
            return new FrozenBackup(map, owner, cluster.member(1),
                    keysOwnedBy(client, UUID.fromString(owner.uuid()), 40));
        }

        /** Freezes the backup and puts every key; thaw it in a finally block. */
        List<CompletableFuture<String>> putAll() {
            backup.freeze();
            List<CompletableFuture<String>> puts = new ArrayList<>();
            keys.forEach(k -> puts.add(map.putAsync(k, "v" + k)));
            return puts;
        }

        /**
         * Once the backup has taken over: every key reads back as absent or as written, never anything else.
         * Returns how many are there.
         */
        int readBack(HzClient client) {
            assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(1));
            Map<Integer, String> read = map.getAll(new HashSet<>(keys));
            read.forEach((k, v) -> assertThat(v).isEqualTo("v" + k));
            return read.size();
        }
    }

    private static List<Object> outcomes(List<CompletableFuture<String>> puts) {
        List<Object> outcomes = new ArrayList<>();
        puts.forEach(f -> outcomes.add(f.handle((v, e) -> e == null ? "returned" : unwrap(e)).join()));
        return outcomes;
    }

    private static Object unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The client's defaults (backup acks, smart routing, 120 s invocation timeout), pointed at the cluster. */
    private static ClientConfig.Builder defaults(SeparateJvmCluster cluster) {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses());
    }

    private static List<Integer> keysOwnedBy(HzClient client, UUID member, int count) {
        List<Integer> keys = new ArrayList<>();
        for (int k = 0; keys.size() < count; k++) {
            int partition = client.getPartitions().getPartitionId(k);
            if (member.equals(client.getPartitions().getPartitionOwner(partition).uuid())) {
                keys.add(k);
            }
        }
        return keys;
    }
}
