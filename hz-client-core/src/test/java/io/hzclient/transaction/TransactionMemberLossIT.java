package io.hzclient.transaction;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The member a transaction runs on is lost: the next call and the commit fail with a {@link TransactionException}
 * that says the member rolled the transaction back, and nothing of it is committed. The client (unisocket, given only
 * that member's address) runs its transactions there.
 */
class TransactionMemberLossIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static ClientConfig onlyTo(TestCluster cluster, int member) {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.address(member))
                .smartRouting(false).build();
    }

    @Test
    void theNextCallAfterTheMembersLossSaysTheTransactionWasRolledBack() {
        try (TestCluster cluster = TestCluster.start(2); HzClient client = HzClient.newClient(onlyTo(cluster, 1))) {
            String name = TestCluster.uniqueName("tx-loss");
            TransactionContext tx = client.newTransactionContext();
            tx.beginTransaction();
            TransactionalMap<String, String> map = tx.getMap(name);
            map.put("a", "1");
            map.put("b", "2");

            cluster.terminateMember(1);

            assertThatThrownBy(() -> map.put("c", "3")).isInstanceOf(TransactionException.class)
                    .hasMessageContaining("rolled back").hasMessageContaining("nothing of it was committed");
            assertThatThrownBy(tx::commitTransaction).isInstanceOf(TransactionException.class)
                    .hasMessageContaining("rolled back");
            tx.rollbackTransaction(); // ends it: nothing left to do on a lost connection
            assertThatThrownBy(tx::commitTransaction).isInstanceOf(IllegalStateException.class);

            assertEventually(WAIT, () -> assertThat(client.isConnected()).isTrue());
            assertThat(cluster.member(0).getMap(name).size()).isZero();
            assertThat(client.<String, String>getMap(name).size()).isZero();
        }
    }

    @Test
    void aCallWaitingOnTheMemberWhenItIsLostFailsWithTheSameClearError() throws Exception {
        try (TestCluster cluster = TestCluster.start(2); HzClient client = HzClient.newClient(onlyTo(cluster, 1))) {
            String queue = TestCluster.uniqueName("tx-loss-wait");
            CountDownLatch begun = new CountDownLatch(1);
            CompletableFuture<String> polled = CompletableFuture.supplyAsync(() -> {
                try (TransactionContext tx = client.newTransactionContext()) {
                    tx.beginTransaction();
                    TransactionalQueue<String> q = tx.getQueue(queue);
                    begun.countDown();
                    // sent before or after the member is lost, or answered by it as it shuts down: the same error
                    return q.poll(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(begun.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

            cluster.terminateMember(1);

            assertThatThrownBy(() -> polled.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TransactionException.class)
                    .hasMessageContaining("rolled back").hasMessageContaining("nothing of it was committed");
        }
    }

    /**
     * Not asserted here, as it is the members' doing: the queue item the lost transaction polled stays reserved on the
     * members that are left (they finalize a client's transaction from its backup log only when they see the client
     * leave, and a member that never held one of the client's locks does not watch for that).
     */
    @Test
    void aCommitAfterTheMembersLossFailsAndCommitsNothing() {
        try (TestCluster cluster = TestCluster.start(2); HzClient client = HzClient.newClient(onlyTo(cluster, 1))) {
            String name = TestCluster.uniqueName("tx-loss-commit");
            String list = TestCluster.uniqueName("tx-loss-list");
            try (TransactionContext tx = client.newTransactionContext()) {
                tx.beginTransaction();
                tx.<String, String>getMap(name).put("job", "done");
                tx.<String>getList(list).add("entry");

                cluster.terminateMember(1);

                assertThatThrownBy(tx::commitTransaction).isInstanceOf(TransactionException.class)
                        .hasMessageContaining("rolled back");
            } // closing the failed transaction throws nothing
            assertThat(cluster.member(0).getMap(name).size()).isZero();
            assertThat(cluster.member(0).getList(list).size()).isZero();
        }
    }
}
