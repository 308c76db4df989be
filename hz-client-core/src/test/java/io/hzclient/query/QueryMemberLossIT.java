package io.hzclient.query;

import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries while a member is killed (kill -9): each one returns the whole answer or fails with an exception, never a
 * part of the answer. The map has one backup, so no entry is lost with the member.
 *
 * <p>Run alone: {@code mvn -B -pl hz-client-core -am -Dtest=none -Dit.test=QueryMemberLossIT -DfailIfNoTests=false
 * -Dsurefire.failIfNoSpecifiedTests=false verify}; it logs a line starting with {@code QUERY-MEMBER-LOSS}.
 */
class QueryMemberLossIT {
    private static final Logger LOG = LoggerFactory.getLogger(QueryMemberLossIT.class);
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int ENTRIES = 5_000;
    private static final int READERS = 3;

    @Test
    void aQueryDuringAMemberKillIsWholeOrFails() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(READERS);
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(3, b -> b.heap("512m"));
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.addresses()).build())) {
            HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("queried"));
            Map<Integer, Integer> all = new HashMap<>();
            for (int i = 0; i < ENTRIES; i++) {
                all.put(i, i % 10);
            }
            map.putAll(all);
            cluster.member(0).awaitClusterSafe(WAIT);

            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicInteger whole = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<String> partial = new ArrayList<>();
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(threads.submit(() -> {
                    while (reading.get()) {
                        try {
                            Set<Integer> keys = map.keySet(Predicates.lessThan("this", 5));
                            long sum = map.aggregate(Aggregators.integerSum("this"));
                            if (keys.size() == ENTRIES / 2 && sum == expectedSum()) {
                                whole.incrementAndGet();
                            } else {
                                synchronized (partial) {
                                    partial.add(keys.size() + " keys, sum " + sum);
                                }
                            }
                        } catch (HzClientException e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }

            assertEventually(WAIT, () -> assertThat(whole.get()).isGreaterThan(20));
            int beforeKill = whole.get();
            cluster.member(1).kill();
            assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(2));
            cluster.member(0).awaitClusterSafe(WAIT);
            assertEventually(WAIT, () -> assertThat(whole.get()).isGreaterThan(beforeKill + 20));
            reading.set(false);
            for (Future<?> f : readers) {
                f.get(5, TimeUnit.MINUTES);
            }
            LOG.info("QUERY-MEMBER-LOSS whole answers {}, failed {}, partial {}", whole.get(), failed.get(), partial);
            assertThat(partial).as("answers that were neither whole nor an exception").isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    /** The sum of {@code i % 10} over the entries. */
    private static long expectedSum() {
        return (long) ENTRIES / 10 * 45;
    }
}
