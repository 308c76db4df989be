package io.hzclient.queue;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Producers and consumers on two clients move many items through one queue: none lost, none twice. */
class QueuePipelineIT {
    private static final int ITEMS = 100_000;
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;

    @Test
    void fourProducersAndFourConsumersOnTwoClientsMoveEveryItemExactlyOnce() throws Exception {
        TestCluster cluster = TestCluster.shared();
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build();
        String name = TestCluster.uniqueName("pipeline");
        ExecutorService threads = Executors.newFixedThreadPool(PRODUCERS + CONSUMERS);
        try (HzClient a = HzClient.newClient(config); HzClient b = HzClient.newClient(config)) {
            List<HzQueue<Integer>> queues = List.of(a.getQueue(name), b.getQueue(name));
            Map<Integer, Integer> received = new ConcurrentHashMap<>();
            AtomicInteger duplicates = new AtomicInteger();
            AtomicInteger consumed = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                HzQueue<Integer> q = queues.get(p % 2);
                int first = p * (ITEMS / PRODUCERS);
                work.add(threads.submit(() -> {
                    for (int i = first; i < first + ITEMS / PRODUCERS; i++) {
                        q.put(i);
                    }
                    return null;
                }));
            }
            for (int c = 0; c < CONSUMERS; c++) {
                HzQueue<Integer> q = queues.get(c % 2);
                work.add(threads.submit(() -> {
                    while (consumed.get() < ITEMS) {
                        Integer item = q.poll(200, TimeUnit.MILLISECONDS);
                        if (item != null) {
                            consumed.incrementAndGet();
                            if (received.put(item, item) != null) {
                                duplicates.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }
            assertThat(duplicates.get()).as("items received twice").isZero();
            assertThat(received).as("every item, once").hasSize(ITEMS);
            assertThat(consumed.get()).isEqualTo(ITEMS);
            assertThat(queues.get(0).size()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }
}
