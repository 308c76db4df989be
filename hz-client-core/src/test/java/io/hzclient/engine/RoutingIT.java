package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.EndpointQualifier;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import com.hazelcast.internal.server.ServerConnection;
import com.hazelcast.internal.server.tcp.TcpServerConnection;
import io.hzclient.Cluster;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.internal.connection.Connection;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.loadbalancer.RandomLoadBalancer;
import io.hzclient.loadbalancer.RoundRobinLoadBalancer;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.engine.Engine.liveConnections;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Smart routing connects to every member; unisocket to one; non-keyed calls go where the load balancer says. */
class RoutingIT {

    @Test
    void smartRoutingConnectsToEveryMemberIncludingNewOnesAndDropsLeavers() {
        try (TestCluster cluster = TestCluster.start(3);
             // one address is enough: the others come from the member list
             HzClient client = HzClient.newClient(fastConfig(cluster.clusterName(), List.of(cluster.address(0))).build())) {
            assertEventually(WAIT, () -> {
                for (int i = 0; i < 3; i++) {
                    assertThat(hasClient(cluster.member(i), client)).as("member %d sees the client", i).isTrue();
                }
                assertThat(liveConnections(client)).hasSize(3);
            });

            HazelcastInstance fourth = cluster.addMember();
            assertEventually(WAIT, () -> {
                assertThat(hasClient(fourth, client)).as("the new member sees the client").isTrue();
                assertThat(liveConnections(client)).hasSize(4);
            });

            UUID leaver = cluster.member(1).getCluster().getLocalMember().getUuid();
            cluster.shutdownMember(1);
            assertEventually(WAIT, () -> assertThat(liveConnections(client)).hasSize(3)
                    .extracting(Connection::memberUuid).doesNotContain(leaver));

            HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("smart"));
            for (int i = 0; i < 100; i++) {
                map.put(i, i);
            }
            assertThat(fourth.getMap(map.getName()).size()).isEqualTo(100);
        }
    }

    @Test
    void unisocketUsesOneConnectionForEveryCall() {
        try (TestCluster cluster = TestCluster.start(3);
             // a generous timeout: this test is about where calls go, and a member that forwards a call while a
             // fresh cluster settles its partitions can take a few seconds (seen once under CI in 5 s)
             HzClient client = HzClient.newClient(fastConfig(cluster).smartRouting(false)
                     .invocationTimeout(Duration.ofSeconds(30)).build())) {
            HzMap<String, Integer> map = client.getMap(TestCluster.uniqueName("unisocket"));
            for (int i = 0; i < 200; i++) {
                map.put("key-" + i, i);
            }
            for (int i = 0; i < 200; i++) {
                assertThat(map.get("key-" + i)).isEqualTo(i);
            }
            assertThat(map.size()).isEqualTo(200);
            assertThat(cluster.member(2).getMap(map.getName()).get("key-7")).isEqualTo(7);
            // every member owns some of the keys, yet only one has ever seen the client
            for (int i = 0; i < 3; i++) {
                assertThat(cluster.member(i).getMap(map.getName()).getLocalMapStats().getOwnedEntryCount()).isPositive();
            }
            int withClient = 0;
            for (int i = 0; i < 3; i++) {
                withClient += hasClient(cluster.member(i), client) ? 1 : 0;
            }
            assertThat(withClient).isEqualTo(1);
            assertThat(liveConnections(client)).hasSize(1);
        }
    }

    @Test
    void nonKeyedCallsGoWhereTheLoadBalancerSays() {
        try (TestCluster cluster = TestCluster.start(3)) {
            Recording roundRobin = new Recording(RoundRobinLoadBalancer::new);
            Recording random = new Recording(RandomLoadBalancer::new);
            try (HzClient rr = HzClient.newClient(fastConfig(cluster).loadBalancer(() -> roundRobin).build());
                 HzClient rnd = HzClient.newClient(fastConfig(cluster).loadBalancer(() -> random).build())) {
                assertEventually(WAIT, () -> assertThat(liveConnections(rr)).hasSize(3));
                assertEventually(WAIT, () -> assertThat(liveConnections(rnd)).hasSize(3));
                HzMap<String, String> rrMap = rr.getMap(TestCluster.uniqueName("lb"));
                HzMap<String, String> rndMap = rnd.getMap(TestCluster.uniqueName("lb"));
                rrMap.put("k", "v");
                rndMap.put("k", "v");

                int rrBefore = roundRobin.picks.size();
                int rndBefore = random.picks.size();
                for (int i = 0; i < 30; i++) {
                    assertThat(rrMap.size()).isEqualTo(1);
                    assertThat(rndMap.size()).isEqualTo(1);
                }
                List<UUID> rrPicks = roundRobin.picks.subList(rrBefore, roundRobin.picks.size());
                List<UUID> rndPicks = random.picks.subList(rndBefore, random.picks.size());
                assertThat(rrPicks).as("one pick per non-keyed call").hasSizeGreaterThanOrEqualTo(30);
                assertThat(rndPicks).hasSizeGreaterThanOrEqualTo(30);
                assertThat(new HashSet<>(rrPicks)).as("round robin visits every member").hasSize(3);
                for (int i = 3; i < rrPicks.size(); i++) {
                    assertThat(rrPicks.get(i)).as("round robin cycles").isEqualTo(rrPicks.get(i - 3));
                }
                assertThat(new HashSet<>(rndPicks)).as("random spreads over the members").hasSizeGreaterThan(1);
            }

            // and the call really goes to the picked member: only that member reads the big request
            Pinned pinned = new Pinned();
            try (HzClient client = HzClient.newClient(fastConfig(cluster).loadBalancer(() -> pinned).build())) {
                assertEventually(WAIT, () -> assertThat(liveConnections(client)).hasSize(3));
                HzMap<String, String> map = client.getMap(TestCluster.uniqueName("pinned"));
                String big = "x".repeat(BIG);
                for (int target : new int[] {2, 0, 1, 2}) {
                    pinned.target = cluster.member(target).getCluster().getLocalMember().getUuid();
                    // containsValue names no key: it goes to the balancer's member, carrying the big value
                    int receiver = receiverOf(cluster, () -> assertThat(map.containsValue(big)).isFalse());
                    assertThat(receiver).as("the member that received the call").isEqualTo(target);
                }
            }
        }
    }

    private static final int BIG = 64 * 1024;

    /** The index of the one member whose client connections read at least {@link #BIG} bytes during the call. */
    private static int receiverOf(TestCluster cluster, Runnable call) {
        long[] before = new long[3];
        for (int i = 0; i < 3; i++) {
            before[i] = clientBytesRead(cluster.member(i));
        }
        call.run();
        int[] receiver = {-1};
        assertEventually(Duration.ofSeconds(5), () -> {
            List<Integer> receivers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                if (clientBytesRead(cluster.member(i)) - before[i] >= BIG) {
                    receivers.add(i);
                }
            }
            assertThat(receivers).hasSize(1);
            receiver[0] = receivers.get(0);
        });
        return receiver[0];
    }

    /** Bytes the member read from its client connections (member internals: the only per-member traffic count). */
    private static long clientBytesRead(HazelcastInstance member) {
        long sum = 0;
        for (ServerConnection c : ((HazelcastInstanceProxy) member).getOriginal().node.getServer()
                .getConnectionManager(EndpointQualifier.CLIENT).getConnections()) {
            if (c.isClient() && c instanceof TcpServerConnection tcp) {
                sum += tcp.getChannel().bytesRead();
            }
        }
        return sum;
    }

    /** Always the member the test chose. */
    private static final class Pinned implements LoadBalancer {
        volatile UUID target;
        private Cluster cluster;

        @Override
        public void init(Cluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public Member next() {
            return cluster.getMembers().stream().filter(m -> m.uuid().equals(target)).findFirst().orElse(null);
        }
    }

    private static boolean hasClient(HazelcastInstance member, HzClient client) {
        return member.getClientService().getConnectedClients().stream()
                .anyMatch(c -> c.getUuid().equals(client.getUuid()));
    }

    /** Delegates to a real balancer and records each member it picks. */
    private static final class Recording implements LoadBalancer {
        final List<UUID> picks = new CopyOnWriteArrayList<>();
        private final LoadBalancer delegate;

        Recording(Supplier<LoadBalancer> delegate) {
            this.delegate = delegate.get();
        }

        @Override
        public void init(Cluster cluster) {
            delegate.init(cluster);
        }

        @Override
        public Member next() {
            Member m = delegate.next();
            if (m != null) {
                picks.add(m.uuid());
            }
            return m;
        }
    }
}
