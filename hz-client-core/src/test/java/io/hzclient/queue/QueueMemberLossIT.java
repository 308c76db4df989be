package io.hzclient.queue;

import io.hzclient.HzClient;
import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member that holds a queue is killed (kill -9) while producers and consumers on two clients move items through
 * it. Every put that returned is consumed exactly once, or is one of the few a consumer may have lost with a poll that
 * failed as the member died (the member may have handed that item to the dead connection); no item arrives twice.
 *
 * <p>Run alone: {@code mvn -B -pl hz-client-core -am -Dtest=none -Dit.test=QueueMemberLossIT -DfailIfNoTests=false
 * -Dsurefire.failIfNoSpecifiedTests=false verify}; it logs a line starting with {@code QUEUE-DURABILITY}.
 */
class QueueMemberLossIT {
    private static final Logger LOG = LoggerFactory.getLogger(QueueMemberLossIT.class);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int ITEMS = 40_000;
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;

    @Test
    void killingTheQueuesMemberLosesNoItemWhosePutReturned() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PRODUCERS + CONSUMERS);
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(3, b -> b.heap("512m"));
             HzClient a = HzClient.newClient(config(cluster)); HzClient b = HzClient.newClient(config(cluster))) {
            String name = TestCluster.uniqueName("queue-loss");
            List<HzQueue<Integer>> queues = List.of(a.getQueue(name), b.getQueue(name));
            queues.get(0).size(); // the queue exists before the members are told to be safe
            cluster.member(0).awaitClusterSafe(WAIT);
            SeparateJvmMember holder = cluster.member(
                    a.getPartitions().getPartitionOwner(a.getPartitions().getPartitionId(name)).uuid());

            Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
            Map<Integer, Integer> received = new ConcurrentHashMap<>();
            AtomicInteger duplicates = new AtomicInteger();
            Map<Class<?>, Integer> failures = new ConcurrentHashMap<>();
            AtomicInteger failedPolls = new AtomicInteger();
            AtomicBoolean producing = new AtomicBoolean(true);
            List<Future<?>> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                HzQueue<Integer> q = queues.get(p % 2);
                int first = p * (ITEMS / PRODUCERS);
                producers.add(threads.submit(() -> {
                    for (int i = first; i < first + ITEMS / PRODUCERS; i++) {
                        try {
                            q.put(i);
                            acknowledged.add(i);
                        } catch (TargetDisconnectedException | IndeterminateOperationStateException e) {
                            failures.merge(e.getClass(), 1, Integer::sum); // may or may not be in the queue
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> consumers = new ArrayList<>();
            for (int c = 0; c < CONSUMERS; c++) {
                HzQueue<Integer> q = queues.get(c % 2);
                consumers.add(threads.submit(() -> {
                    while (true) {
                        Integer item;
                        try {
                            item = q.poll(200, TimeUnit.MILLISECONDS);
                        } catch (TargetDisconnectedException | IndeterminateOperationStateException e) {
                            failures.merge(e.getClass(), 1, Integer::sum);
                            failedPolls.incrementAndGet();
                            continue;
                        }
                        if (item != null && received.put(item, item) != null) {
                            duplicates.incrementAndGet();
                        }
                        if (item == null && !producing.get()) {
                            return null;
                        }
                    }
                }));
            }

            assertEventually(WAIT, () -> assertThat(received).hasSizeGreaterThan(ITEMS / 4));
            int beforeKill = acknowledged.size();
            LOG.info("Killing {}, which holds queue {} ({} puts returned so far)", holder, name, beforeKill);
            holder.kill();
            assertEventually(WAIT, () -> assertThat(a.getCluster().getMembers()).hasSize(2));
            for (Future<?> f : producers) {
                f.get(5, TimeUnit.MINUTES);
            }
            producing.set(false);
            for (Future<?> f : consumers) {
                f.get(5, TimeUnit.MINUTES);
            }

            Set<Integer> missing = ConcurrentHashMap.newKeySet();
            missing.addAll(acknowledged);
            missing.removeAll(received.keySet());
            LOG.info("QUEUE-DURABILITY returned puts {}, received {}, missing {}, twice {}, failed polls {}, "
                            + "failures {}", acknowledged.size(), received.size(), missing.size(), duplicates.get(),
                    failedPolls.get(), failures);
            assertThat(acknowledged.size()).as("puts that returned after the kill").isGreaterThan(beforeKill);
            assertThat(duplicates.get()).as("items received twice").isZero();
            assertThat(missing.size()).as("returned puts never received: %s", missing)
                    .isLessThanOrEqualTo(failedPolls.get());
            assertThat(queues.get(1).size()).as("items left in the queue").isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    private static ClientConfig config(SeparateJvmCluster cluster) {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses()).build();
    }
}
