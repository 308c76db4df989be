package io.hzclient.flakeid;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.FlakeIdGeneratorConfig;
import io.hzclient.test.MemberState;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TimeWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Flake ids from two clients and many threads against real members. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlakeIdGeneratorIT {
    private TestCluster cluster;
    private HzClient first;
    private HzClient second;

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        ClientConfig config = ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("bulk-*").prefetchCount(1000).build())
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("small-*").prefetchCount(50).build())
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("short-*")
                        .prefetchValidity(Duration.ofMillis(700)).build())
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
    void eightThreadsOnEachOfTwoClientsGetNoDuplicateAmong1600000Ids() throws Exception {
        String name = TestCluster.uniqueName("bulk");
        int perThread = 100_000;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (HzClient client : List.of(first, second)) {
                FlakeIdGenerator generator = client.getFlakeIdGenerator(name);
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        long[] ids = new long[perThread];
                        for (int i = 0; i < perThread; i++) {
                            ids[i] = generator.newId();
                        }
                        return ids;
                    }));
                }
            }
            long[] all = new long[16 * perThread];
            int at = 0;
            for (Future<long[]> f : results) {
                long[] ids = f.get();
                System.arraycopy(ids, 0, all, at, ids.length);
                at += ids.length;
            }
            Arrays.sort(all);
            assertThat(all[0]).isNotNegative();
            for (int i = 1; i < all.length; i++) {
                if (all[i] == all[i - 1]) {
                    throw new AssertionError("duplicate id " + all[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchOfPrefetchCountIdsCostsOneCall() {
        String name = TestCluster.uniqueName("small");
        FlakeIdGenerator generator = first.getFlakeIdGenerator(name);
        generator.newId(); // first batch
        assertThat(batches(name)).isEqualTo(1);
        for (int i = 0; i < 49 + 4 * 50; i++) {
            generator.newId();
        }
        assertThat(batches(name)).isEqualTo(5);
    }

    @Test
    void anExpiredBatchIsNotUsed() throws Exception {
        // The "short" batches are valid for 700 ms from their arrival: b comes from a's batch for sure only if both
        // were taken within that; a slower attempt tells nothing and runs again on a new generator.
        record Taken(String name, FlakeIdGenerator generator, long id) {
        }
        Taken b = TimeWindow.attempt(Duration.ofMillis(600), 5, window -> {
            String name = TestCluster.uniqueName("short");
            FlakeIdGenerator generator = first.getFlakeIdGenerator(name);
            long a = generator.newId();
            long next = generator.newId();
            window.check(() -> {
                assertThat(batches(name)).as("no new fetch").isEqualTo(1);
                assertThat(next - a).as("the timestamp sits above bit 22: same batch").isLessThan(1L << 22);
            });
            return new Taken(name, generator, next);
        });
        // not a race: the batch arrived before b was taken, so 900 ms after b it is past its 700 ms for sure
        Thread.sleep(900);
        long c = b.generator().newId();
        assertThat(batches(b.name())).as("a new batch for the expired one").isEqualTo(2);
        // ids of a new batch fetched 900 ms later are far ahead
        assertThat(c - b.id()).isGreaterThan(500L << 22);
    }

    @Test
    void asyncIdsAreUniqueToo() {
        FlakeIdGenerator generator = second.getFlakeIdGenerator(TestCluster.uniqueName("small"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(generator.newIdAsync().join());
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id >= 0);
    }

    /** Batches the members handed out for generator {@code name}: only the fetches count, not heartbeat pings. */
    private long batches(String name) {
        long sum = 0;
        for (int i = 0; i < cluster.size(); i++) {
            sum += MemberState.flakeIdBatches(cluster.member(i), name);
        }
        return sum;
    }
}
