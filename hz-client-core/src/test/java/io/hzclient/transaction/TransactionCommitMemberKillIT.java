package io.hzclient.transaction;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member running a two-phase transaction is killed (kill -9) as the client commits it, the commit's request
 * sent or about to be: whatever the commit answered, the other members are then left with all of the transaction's
 * entries or none of them. The client is unisocket and given only that member's address, so the transaction runs there.
 */
class TransactionCommitMemberKillIT {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionCommitMemberKillIT.class);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int ENTRIES = 300;

    @Test
    void aMemberKilledDuringATwoPhaseCommitLeavesAllOrNothing() throws Exception {
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(3, b -> b.heap("384m"));
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.member(0).address()).smartRouting(false).build());
             HzClient checker = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(List.of(cluster.member(1).address(), cluster.member(2).address())).build())) {
            String name = TestCluster.uniqueName("tx-kill");
            HzMap<Integer, Integer> map = checker.getMap(name);
            map.size(); // the map exists before the members are told to be safe
            cluster.member(1).awaitClusterSafe(WAIT);

            CountDownLatch committing = new CountDownLatch(1);
            CompletableFuture<String> commit = CompletableFuture.supplyAsync(() -> {
                TransactionContext tx = client.newTransactionContext();
                tx.beginTransaction();
                TransactionalMap<Integer, Integer> txMap = tx.getMap(name);
                for (int i = 0; i < ENTRIES; i++) {
                    txMap.set(i, i);
                }
                try {
                    committing.countDown();
                    tx.commitTransaction();
                    return "committed";
                } catch (TransactionException e) {
                    return e.getMessage();
                } finally {
                    tx.close();
                }
            });
            // killed as the commit starts: it may be on its way, half done, or done when the kill lands
            assertThat(committing.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            cluster.member(0).kill();

            String outcome = commit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            LOG.info("TX-KILL commit outcome: {}", outcome);
            cluster.member(1).awaitClusterSafe(WAIT);
            assertEventually(WAIT, () -> {
                int size = map.size();
                LOG.info("TX-KILL entries on the members left: {}", size);
                if (outcome.equals("committed")) {
                    assertThat(size).isEqualTo(ENTRIES);
                } else {
                    assertThat(size).isIn(0, ENTRIES);
                }
            });
        } catch (ExecutionException e) {
            throw new AssertionError("the transaction failed before its commit", e.getCause());
        }
    }
}
