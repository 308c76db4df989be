package io.hzclient.cp;

import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of three CP members killed (kill -9) while four threads increment: every increment the client acknowledged is
 * in the value. The value may hold more: a failed increment may have been applied, and with the members' default
 * ({@code fail-on-indeterminate-operation-state} false) a member retries an increment inside the group when the
 * group's leader dies before answering, which can apply it twice (a run saw 1 090 for 1 088 acknowledged and 1
 * failed). That is the members' documented at-least-once case, not the client's.
 */
class CPMemberLossIT {
    private static final Logger LOG = LoggerFactory.getLogger(CPMemberLossIT.class);
    private static final int THREADS = 4;

    @Test
    void killingOneOfThreeCpMembersLosesNoAcknowledgedIncrement() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (SeparateJvmCluster cluster = SeparateJvmCluster.start(3,
                b -> b.hazelcastJar(SeparateJvmMember.memberJar("5.4.0")).cpMembers(3));
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.addresses()).build())) {
            HzAtomicLong counter = client.getCPSubsystem().getAtomicLong("survivor");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            counter.incrementAndGet();
                            acknowledged.incrementAndGet();
                        } catch (HzClientException e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            assertEventually(Duration.ofSeconds(60), () -> assertThat(acknowledged.get()).isGreaterThan(500));
            cluster.member(1).kill();
            long atKill = acknowledged.get();
            assertEventually(Duration.ofSeconds(120),
                    () -> assertThat(acknowledged.get()).as("increments after the kill").isGreaterThan(atKill + 500));
            running.set(false);
            for (Future<?> f : threads) {
                f.get(2, TimeUnit.MINUTES);
            }

            long value = counter.get();
            LOG.info("CP-MEMBER-LOSS acknowledged {}, failed {}, value {}", acknowledged.get(), failed.get(), value);
            assertThat(value).as("no acknowledged increment lost").isGreaterThanOrEqualTo(acknowledged.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
