package io.hzclient.internal.pncounter;

import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.pncounter.ConsistencyLostException;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A PN counter whose replica dies moves on to the next one at once, not after the invocation timeout. */
class PNCounterFailoverIT {

    @Test
    void aCallRightAfterItsReplicaDiedEndsLongBeforeTheInvocationTimeout() {
        Duration invocationTimeout = Duration.ofSeconds(120); // the default, which the call used to wait out
        try (TestCluster cluster = TestCluster.start(2);
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.addresses()).invocationTimeout(invocationTimeout).build())) {
            PNCounterProxy counter = (PNCounterProxy) client.getPNCounter(TestCluster.uniqueName("pn"));
            assertThat(counter.incrementAndGet()).isEqualTo(1);
            Member replica = counter.currentTarget();
            int index = cluster.member(0).getCluster().getLocalMember().getUuid().equals(replica.uuid()) ? 0 : 1;

            cluster.terminateMember(index);
            long start = System.nanoTime();
            Object outcome;
            try {
                outcome = counter.get();
            } catch (ConsistencyLostException e) {
                outcome = e; // the other replica had not caught up with this client's increment yet: also an answer
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(outcome).satisfiesAnyOf(o -> assertThat(o).isEqualTo(1L),
                    o -> assertThat(o).isInstanceOf(ConsistencyLostException.class));
            assertThat(ms).as("ended %s ms after the replica died", ms).isLessThan(30_000);
            counter.reset();
            assertThat(counter.get()).isNotNegative();
            assertThat(counter.currentTarget().uuid()).as("the survivor").isNotEqualTo(replica.uuid());
        }
    }
}
