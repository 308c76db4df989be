package io.hzclient.transaction;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.query.Predicates;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transactions on real members: what a commit makes visible to another client, what each kind of rollback leaves
 * (nothing), locks held until the end, and the thread and state rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionIT {
    private static final long WAIT_SECONDS = 60;
    private TestCluster cluster;
    private HzClient client;
    private HzClient other;
    private ExecutorService threads;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        client = HzClient.newClient(config());
        other = HzClient.newClient(config());
        threads = Executors.newCachedThreadPool();
    }

    private ClientConfig config() {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses()).build();
    }

    @AfterAll
    void stop() {
        if (threads != null) {
            threads.shutdownNow();
        }
        if (client != null) {
            client.close();
        }
        if (other != null) {
            other.close();
        }
    }

    private static String name(String prefix) {
        return TestCluster.uniqueName(prefix);
    }

    private HazelcastInstance member() {
        return cluster.member(1);
    }

    // ---- commit

    @Test
    void aCommitMakesEveryChangeVisibleToAnotherClientAtOnceAndNoneBefore() {
        String map = name("tx-map");
        String queue = name("tx-queue");
        String set = name("tx-set");
        String list = name("tx-list");
        String multi = name("tx-multi");
        try (TransactionContext tx = client.newTransactionContext()) {
            tx.beginTransaction();
            tx.<String, String>getMap(map).put("a", "1");
            tx.<String, String>getMap(map).set("b", "2");
            tx.<String>getQueue(queue).offer("job");
            tx.<String>getSet(set).add("s");
            tx.<String>getList(list).add("l");
            tx.<String, String>getMultiMap(multi).put("k", "v1");
            tx.<String, String>getMultiMap(multi).put("k", "v2");

            assertThat(other.<String, String>getMap(map).get("a")).isNull();
            assertThat(other.<String, String>getMap(map).size()).isZero();
            assertThat(other.<String>getQueue(queue).size()).isZero();
            assertThat(other.<String>getSet(set).size()).isZero();
            assertThat(other.<String>getList(list).size()).isZero();
            assertThat(other.<String, String>getMultiMap(multi).size()).isZero();

            tx.commitTransaction();
        }
        assertThat(other.<String, String>getMap(map).get("a")).isEqualTo("1");
        assertThat(other.<String, String>getMap(map).get("b")).isEqualTo("2");
        assertThat(other.<String>getQueue(queue).poll()).isEqualTo("job");
        assertThat(other.<String>getSet(set)).containsExactly("s");
        assertThat(other.<String>getList(list)).containsExactly("l");
        assertThat(other.<String, String>getMultiMap(multi).get("k")).containsExactlyInAnyOrder("v1", "v2");
        assertThat(member().getMap(map).get("a")).isEqualTo("1");
    }

    @Test
    void theHelperCommitsWhatTheTaskDidAndReturnsItsResult() {
        String map = name("tx-helper");
        String queue = name("tx-helper-jobs");
        other.<String>getQueue(queue).offer("job-1");

        String done = client.executeTransaction(TransactionOptions.defaults(), tx -> {
            String job = tx.<String>getQueue(queue).poll();
            tx.<String, String>getMap(map).put(job, "done");
            return job;
        });

        assertThat(done).isEqualTo("job-1");
        assertThat(other.<String, String>getMap(map).get("job-1")).isEqualTo("done");
        assertThat(other.<String>getQueue(queue).size()).isZero();
    }

    @Test
    void aOnePhaseTransactionCommitsToo() {
        String map = name("tx-one-phase");
        client.executeTransaction(TransactionOptions.defaults().withType(TransactionType.ONE_PHASE)
                .withDurability(0).withTimeout(Duration.ofSeconds(30)), tx -> {
            tx.<String, Integer>getMap(map).put("x", 1);
            return null;
        });
        assertThat(other.<String, Integer>getMap(map).get("x")).isEqualTo(1);
    }

    // ---- the map's operations, as the transaction sees them

    @Test
    void theTransactionalMapSeesItsOwnChangesAndWhatOthersCommitted() {
        String name = name("tx-map-ops");
        HzMap<String, Integer> committed = other.getMap(name);
        committed.put("old", 1);
        committed.put("gone", 2);
        committed.put("same", 3);

        try (TransactionContext tx = client.newTransactionContext()) {
            tx.beginTransaction();
            TransactionalMap<String, Integer> map = tx.getMap(name);
            assertThat(map.getName()).isEqualTo(name);
            assertThat(map.get("old")).isEqualTo(1);
            assertThat(map.getForUpdate("old")).isEqualTo(1);
            assertThat(map.containsKey("old")).isTrue();
            assertThat(map.containsKey("nope")).isFalse();
            assertThat(map.size()).isEqualTo(3);
            assertThat(map.isEmpty()).isFalse();

            assertThat(map.put("old", 10)).isEqualTo(1);
            assertThat(map.get("old")).isEqualTo(10);
            assertThat(map.put("ttl", 5, Duration.ofMinutes(10))).isNull();
            map.set("set", 6);
            assertThat(map.putIfAbsent("set", 7)).isEqualTo(6);
            assertThat(map.putIfAbsent("absent", 8)).isNull();
            assertThat(map.replace("nope", 9)).isNull();
            assertThat(map.containsKey("nope")).isFalse();
            assertThat(map.replace("absent", 80)).isEqualTo(8);
            assertThat(map.replace("same", 4, 30)).isFalse();
            assertThat(map.replace("same", 3, 30)).isTrue();
            assertThat(map.remove("gone")).isEqualTo(2);
            assertThat(map.remove("set", 7)).isFalse();
            assertThat(map.remove("set", 6)).isTrue();
            map.delete("absent");

            assertThat(map.keySet()).containsExactlyInAnyOrder("old", "ttl", "same");
            assertThat(map.values()).containsExactlyInAnyOrder(10, 5, 30);
            assertThat(map.keySet(Predicates.greaterThan("this", 6))).containsExactlyInAnyOrder("old", "same");
            assertThat(map.values(Predicates.lessThan("this", 11))).containsExactlyInAnyOrder(10, 5);
            assertThat(map.size()).isEqualTo(3);

            assertThat(committed.get("old")).isEqualTo(1);
            assertThat(committed.get("gone")).isEqualTo(2);
            tx.commitTransaction();
        }
        assertThat(committed.getAll(java.util.Set.of("old", "ttl", "same", "gone", "set", "absent")))
                .containsOnly(java.util.Map.entry("old", 10), java.util.Map.entry("ttl", 5),
                        java.util.Map.entry("same", 30));
        assertThat(member().getMap(name).getEntryView("ttl").getTtl()).isEqualTo(TimeUnit.MINUTES.toMillis(10));
    }

    @Test
    void theTransactionalSetListAndMultiMapAddRemoveAndCount() {
        String set = name("tx-set-ops");
        String list = name("tx-list-ops");
        String multi = name("tx-multi-ops");
        other.<String>getSet(set).add("kept");
        other.<String>getList(list).add("kept");
        other.<String, String>getMultiMap(multi).put("k", "old");

        client.executeTransaction(tx -> {
            TransactionalSet<String> s = tx.getSet(set);
            assertThat(s.add("a")).isTrue();
            assertThat(s.add("a")).isFalse();
            assertThat(s.remove("kept")).isTrue();
            assertThat(s.remove("nope")).isFalse();
            assertThat(s.size()).isEqualTo(1);

            TransactionalList<String> l = tx.getList(list);
            assertThat(l.add("a")).isTrue();
            assertThat(l.add("a")).isTrue();
            assertThat(l.remove("kept")).isTrue();
            assertThat(l.size()).isEqualTo(2);

            TransactionalMultiMap<String, String> m = tx.getMultiMap(multi);
            assertThat(m.put("k", "v")).isTrue();
            assertThat(m.put("j", "w")).isTrue();
            assertThat(m.get("k")).containsExactlyInAnyOrder("old", "v");
            assertThat(m.valueCount("k")).isEqualTo(2);
            assertThat(m.size()).isEqualTo(3);
            assertThat(m.remove("k", "old")).isTrue();
            assertThat(m.remove("k", "old")).isFalse();
            assertThat(m.remove("j")).containsExactly("w");
            assertThat(m.get("j")).isEmpty();
            assertThat(m.size()).isEqualTo(1);
            return null;
        });

        assertThat(other.<String>getSet(set)).containsExactly("a");
        assertThat(other.<String>getList(list)).containsExactly("a", "a");
        assertThat(other.<String, String>getMultiMap(multi).get("k")).containsExactly("v");
        assertThat(other.<String, String>getMultiMap(multi).size()).isEqualTo(1);
    }

    @Test
    void theTransactionalQueueOffersPollsPeeksAndWaits() throws Exception {
        String name = name("tx-queue-ops");
        other.<String>getQueue(name).offer("first");
        client.executeTransaction(tx -> {
            TransactionalQueue<String> q = tx.getQueue(name);
            assertThat(q.peek()).isEqualTo("first");
            assertThat(q.peek(1, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(q.offer("second")).isTrue();
            assertThat(q.offer("third", 1, TimeUnit.SECONDS)).isTrue();
            assertThat(q.size()).isEqualTo(3);
            assertThat(q.poll()).isEqualTo("first");
            assertThat(q.poll(1, TimeUnit.SECONDS)).isEqualTo("second");
            assertThat(q.take()).isEqualTo("third");
            assertThat(q.poll()).isNull();
            assertThat(q.poll(100, TimeUnit.MILLISECONDS)).isNull();
            assertThat(q.peek(0, TimeUnit.SECONDS)).isNull();
            assertThat(q.size()).isZero();
            return null;
        });
        assertThat(other.<String>getQueue(name).size()).isZero();
    }

    @Test
    void aTakeInATransactionWaitsForAnItemAnotherClientOffers() throws Exception {
        String name = name("tx-take");
        CountDownLatch begun = new CountDownLatch(1);
        CompletableFuture<String> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return client.executeTransaction(tx -> {
                    TransactionalQueue<String> q = tx.getQueue(name);
                    begun.countDown();
                    return q.take();
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        assertThat(begun.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        other.<String>getQueue(name).offer("late");
        assertThat(taken.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("late");
        assertThat(other.<String>getQueue(name).size()).isZero();
    }

    // ---- rollback, every way

    @Test
    void anExplicitRollbackLeavesNothing() {
        String map = name("tx-rollback");
        String queue = name("tx-rollback-q");
        TransactionContext tx = client.newTransactionContext();
        tx.beginTransaction();
        tx.<String, String>getMap(map).put("a", "1");
        tx.<String>getQueue(queue).offer("x");
        tx.rollbackTransaction();

        assertThat(other.<String, String>getMap(map).size()).isZero();
        assertThat(other.<String>getQueue(queue).size()).isZero();
        assertThatThrownBy(tx::commitTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rolled back");
        assertThatThrownBy(tx::rollbackTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rolled back already");
        tx.close(); // nothing more to do
    }

    @Test
    void anExceptionFromTheTaskRollsBackAndIsRethrownAsItIs() {
        String map = name("tx-throws");
        IOException thrown = new IOException("the disk is full");
        assertThatThrownBy(() -> client.executeTransaction(tx -> {
            tx.<String, String>getMap(map).put("a", "1");
            throw thrown;
        })).isSameAs(thrown);

        IllegalArgumentException unchecked = new IllegalArgumentException("bad job");
        assertThatThrownBy(() -> client.executeTransaction(tx -> {
            tx.<String, String>getMap(map).put("b", "2");
            throw unchecked;
        })).isSameAs(unchecked);
        assertThat(other.<String, String>getMap(map).size()).isZero();
    }

    @Test
    void closingABegunUncommittedTransactionRollsItBack() {
        String map = name("tx-close");
        try (TransactionContext tx = client.newTransactionContext()) {
            tx.beginTransaction();
            tx.<String, String>getMap(map).put("a", "1");
        }
        assertThat(other.<String, String>getMap(map).size()).isZero();
        // and its lock is gone: another transaction may write the key at once
        client.executeTransaction(tx -> tx.<String, String>getMap(map).put("a", "2"));
        assertThat(other.<String, String>getMap(map).get("a")).isEqualTo("2");
    }

    @Test
    void aTransactionPastItsTimeoutCannotCommitAndIsRolledBack() throws Exception {
        String map = name("tx-timeout");
        Duration timeout = Duration.ofSeconds(3); // room for the first put on a loaded machine
        TransactionContext tx = client.newTransactionContext(TransactionOptions.defaults().withTimeout(timeout));
        tx.beginTransaction();
        tx.<String, String>getMap(map).put("a", "1");
        Thread.sleep(timeout.toMillis() + 500); // not a race: the transaction is older than its timeout after it

        assertThatThrownBy(() -> tx.<String, String>getMap(map).put("b", "2"))
                .isInstanceOf(TransactionException.class).hasMessageContaining("timed out");
        assertThatThrownBy(tx::commitTransaction).isInstanceOf(TransactionException.class)
                .hasMessageContaining("timed out").hasMessageContaining("rolled back");
        assertThat(other.<String, String>getMap(map).size()).isZero();
        assertThatThrownBy(tx::commitTransaction).isInstanceOf(IllegalStateException.class);
        tx.close();
    }

    @Test
    void aQueueItemPolledInARolledBackTransactionIsBackInTheQueue() {
        String name = name("tx-poll-back");
        other.<String>getQueue(name).offer("job");
        try (TransactionContext tx = client.newTransactionContext()) {
            tx.beginTransaction();
            assertThat(tx.<String>getQueue(name).poll()).isEqualTo("job");
            assertThat(other.<String>getQueue(name).poll()).as("taken by the transaction meanwhile").isNull();
            tx.rollbackTransaction();
        }
        assertThat(other.<String>getQueue(name).poll()).isEqualTo("job");
    }

    // ---- locks and conflicts

    @Test
    void getForUpdateHoldsOffAnotherTransactionsWriteUntilTheCommit() throws Exception {
        String name = name("tx-for-update");
        other.<String, String>getMap(name).put("k", "initial");
        try (TransactionContext first = client.newTransactionContext()) {
            first.beginTransaction();
            assertThat(first.<String, String>getMap(name).getForUpdate("k")).isEqualTo("initial");

            CompletableFuture<String> secondPut = CompletableFuture.supplyAsync(() -> other.executeTransaction(
                    tx -> tx.<String, String>getMap(name).put("k", "second")), threads);
            assertThatThrownBy(() -> secondPut.get(1, TimeUnit.SECONDS)).as("waits for the lock")
                    .isInstanceOf(TimeoutException.class);

            first.<String, String>getMap(name).put("k", "first");
            first.commitTransaction();
            // the second write ran after the commit: it replaced what the first transaction committed
            assertThat(secondPut.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("first");
        }
        assertThat(other.<String, String>getMap(name).get("k")).isEqualTo("second");
    }

    @Test
    void ofTwoClientsWritingTheSameKeyInTransactionsOneWinsAndTheOtherIsToldClearly() throws Exception {
        String name = name("tx-conflict");
        try (TransactionContext winner = client.newTransactionContext()) {
            winner.beginTransaction();
            winner.<String, String>getMap(name).put("k", "winner");

            CompletableFuture<String> loser = CompletableFuture.supplyAsync(() -> other.executeTransaction(
                    TransactionOptions.defaults().withTimeout(Duration.ofSeconds(2)),
                    tx -> tx.<String, String>getMap(name).put("k", "loser")), threads);
            assertThatThrownBy(() -> loser.get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TransactionException.class)
                    .cause().hasMessageMatching("(?s).*(lock|timed out).*"); // the member's wait, or ours, ran out
            winner.commitTransaction();
        }
        assertThat(other.<String, String>getMap(name).get("k")).isEqualTo("winner");
    }

    // ---- thread and state rules

    @Test
    void aTransactionBelongsToTheThreadThatBeganIt() throws Exception {
        String name = name("tx-thread");
        try (TransactionContext tx = client.newTransactionContext()) {
            tx.beginTransaction();
            TransactionalMap<String, String> map = tx.getMap(name);
            List<Runnable> misuses = List.of(() -> map.put("a", "1"), () -> tx.getMap(name), tx::commitTransaction,
                    tx::rollbackTransaction, () -> tx.getQueue(name));
            for (Runnable misuse : misuses) {
                CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(misuse, threads);
                assertThatThrownBy(() -> elsewhere.get(WAIT_SECONDS, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalStateException.class)
                        .cause().hasMessageContaining("belongs to the thread that began it");
            }
            map.put("a", "mine");
            tx.commitTransaction();
        }
        assertThat(other.<String, String>getMap(name).get("a")).isEqualTo("mine");
    }

    @Test
    void aTransactionIsUsableOnlyBetweenItsBeginAndItsEnd() {
        String name = name("tx-state");
        TransactionContext tx = client.newTransactionContext();
        assertThat(tx.getTxnId()).isNull();
        assertThatThrownBy(() -> tx.getMap(name)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not begun");
        assertThatThrownBy(tx::commitTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not begun");
        assertThatThrownBy(tx::rollbackTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not begun");
        tx.close(); // not begun: nothing to do

        tx.beginTransaction();
        assertThat(tx.getTxnId()).isNotNull();
        assertThatThrownBy(tx::beginTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("begun already");
        TransactionalMap<String, String> map = tx.getMap(name);
        map.put("a", "1");
        tx.commitTransaction();

        assertThatThrownBy(() -> map.get("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was committed");
        assertThatThrownBy(tx::commitTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was committed");
        assertThatThrownBy(tx::rollbackTransaction).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was committed");
        tx.close(); // committed: nothing to do
        assertThat(other.<String, String>getMap(name).get("a")).isEqualTo("1");
    }

    // ---- bad input

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.newTransactionContext(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("options");
        assertThatThrownBy(() -> client.executeTransaction(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("task");
        assertThatThrownBy(() -> TransactionOptions.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> TransactionOptions.defaults().withTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> TransactionOptions.defaults().withTimeout(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> TransactionOptions.defaults().withDurability(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durability");
        assertThatThrownBy(() -> TransactionOptions.defaults().withType(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("type");

        String name = name("tx-bad");
        try (TransactionContext tx = client.newTransactionContext()) {
            tx.beginTransaction();
            assertThatThrownBy(() -> tx.getMap(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("name");
            TransactionalMap<String, String> map = tx.getMap(name);
            assertThatThrownBy(() -> map.get(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("key");
            assertThatThrownBy(() -> map.put("k", null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("value");
            assertThatThrownBy(() -> map.put("k", "v", null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("ttl");
            assertThatThrownBy(() -> map.put("k", "v", Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
            assertThatThrownBy(() -> map.replace("k", null, "v")).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("oldValue");
            assertThatThrownBy(() -> map.keySet(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("predicate");
            assertThatThrownBy(() -> map.values(Predicates.pagingPredicate(10)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paging");
            TransactionalQueue<String> queue = tx.getQueue(name);
            assertThatThrownBy(() -> queue.offer(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("item");
            assertThatThrownBy(() -> queue.poll(-1, TimeUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("timeout");
            assertThatThrownBy(() -> queue.offer("x", 1, null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("unit");
            assertThatThrownBy(() -> tx.<String>getSet(name).add(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> tx.<String>getList(name).remove(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> tx.<String, String>getMultiMap(name).put("k", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
            // the transaction is still usable after refused arguments
            map.put("k", "v");
            tx.commitTransaction();
        }
        assertThat(other.<String, String>getMap(name).get("k")).isEqualTo("v");
    }
}
