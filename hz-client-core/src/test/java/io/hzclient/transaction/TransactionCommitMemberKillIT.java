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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member running a two-phase transaction is killed (kill -9) as the client commits it, the commit's request
 * sent or about to be. What the client promises: a commit that returned made every entry visible; a commit that did
 * not says that its outcome is unknown, never that it succeeded. What the members do then is theirs: in most runs the
 * members left held all of the entries or none, but in about one run in five they held part of them (28, 222 and 269 of
 * 300 seen), and still did two minutes later, the client gone (Hazelcast 5.7 members finish a client's transaction
 * from its backup log only when they see that client leave, which a member tracks only for clients that took a lock
 * on it). The count is logged; the README says so. The client is unisocket and given only that member's address, so
 * the transaction runs there.
 */
class TransactionCommitMemberKillIT {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionCommitMemberKillIT.class);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int ENTRIES = 300;

    @Test
    void aCommitCutShortByTheMembersDeathNeverPassesForASuccess() throws Exception {
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
            if (outcome.equals("committed")) {
                assertThat(map.size()).isEqualTo(ENTRIES);
            } else {
                assertThat(outcome).contains("was lost during the commit").contains("is unknown");
            }
            LOG.info("TX-KILL entries on the members left: {} of {}", map.size(), ENTRIES);
        } catch (ExecutionException e) {
            throw new AssertionError("the transaction failed before its commit", e.getCause());
        }
    }
}
