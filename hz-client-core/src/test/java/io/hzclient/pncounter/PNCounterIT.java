package io.hzclient.pncounter;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.Eventually;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** PN counters changed by two clients, read back by the clients and by the member's own API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PNCounterIT {
    private TestCluster cluster;
    private HzClient first;
    private HzClient second;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .build();
        first = HzClient.newClient(config);
        second = HzClient.newClient(config);
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void everyOperationReturnsWhatItSaysAndTheMemberAgrees() {
        String name = TestCluster.uniqueName("pn");
        PNCounter c = first.getPNCounter(name);
        assertThat(c.get()).isZero();
        assertThat(c.addAndGet(5)).isEqualTo(5);
        assertThat(c.getAndAdd(3)).isEqualTo(5);
        assertThat(c.subtractAndGet(2)).isEqualTo(6);
        assertThat(c.getAndSubtract(1)).isEqualTo(6);
        assertThat(c.incrementAndGet()).isEqualTo(6);
        assertThat(c.getAndIncrement()).isEqualTo(6);
        assertThat(c.decrementAndGet()).isEqualTo(6);
        assertThat(c.getAndDecrement()).isEqualTo(6);
        assertThat(c.get()).isEqualTo(5);
        assertThat(c.getAndAdd(-10)).isEqualTo(5);
        assertThat(c.get()).isEqualTo(-5);
        // the member's own replica catches up by replication, eventually
        Eventually.assertEventually(Duration.ofSeconds(10),
                () -> assertThat(cluster.member(0).getPNCounter(name).get()).isEqualTo(-5));
    }

    @Test
    void twoClientsAddUpAndNeitherEverReadsBackwards() throws Exception {
        String name = TestCluster.uniqueName("pn");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (HzClient client : List.of(first, second)) {
                for (int t = 0; t < 2; t++) {
                    PNCounter c = client.getPNCounter(name);
                    work.add(pool.submit(() -> {
                        long last = Long.MIN_VALUE;
                        for (int i = 0; i < 250; i++) {
                            long after = c.incrementAndGet();
                            assertThat(after).isGreaterThan(last);
                            last = after;
                            long read = c.get();
                            assertThat(read).isGreaterThanOrEqualTo(last);
                            last = read;
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Eventually.assertEventually(Duration.ofSeconds(10), () -> {
            assertThat(first.getPNCounter(name).get()).isEqualTo(1000);
            assertThat(second.getPNCounter(name).get()).isEqualTo(1000);
            assertThat(cluster.member(0).getPNCounter(name).get()).isEqualTo(1000);
            assertThat(cluster.member(1).getPNCounter(name).get()).isEqualTo(1000);
        });
    }

    @Test
    void resetOnlyForgetsTheObservedClocks() {
        String name = TestCluster.uniqueName("pn");
        PNCounter c = first.getPNCounter(name);
        c.addAndGet(7);
        c.reset();
        assertThat(c.get()).isEqualTo(7);
    }
}
