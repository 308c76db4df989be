package io.hzclient.engine;

import io.hzclient.DistributedObjectEvent;
import io.hzclient.HzClient;
import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.MembershipEvent;
import io.hzclient.MembershipListener;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Members die (kill -9) and come back; the client carries on. */
class FailoverIT {
    private static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(15);

    @Test
    void aMemberKilledUnderLoadIsLeftBehindAndCallsGoOnWithTheOthers() throws Exception {
        try (TestCluster cluster = TestCluster.start(2);
             SeparateJvmMember victim = SeparateJvmMember.builder(cluster.clusterName())
                     .members(cluster.addresses()).start()) {
            cluster.awaitSize(3);
            List<String> addresses = new ArrayList<>(cluster.addresses());
            addresses.add(victim.address());
            try (HzClient client = HzClient.newClient(fastConfig(cluster.clusterName(), addresses)
                    .invocationTimeout(INVOCATION_TIMEOUT).build())) {
                assertEventually(WAIT, () -> assertThat(Engine.liveConnections(client)).hasSize(3));
                HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("under-load"));
                for (int k = 0; k < 100; k++) {
                    map.put(k, 0);
                }

                Load load = new Load(map);
                load.start(3);
                assertEventually(WAIT, () -> assertThat(load.ok.get()).isGreaterThan(300));
                victim.kill();
                cluster.awaitSize(2);
                assertEventually(WAIT, () -> assertThat(client.getCluster().getMembers()).hasSize(2));
                // from here on, every call must succeed
                load.phase.set(1);
                int okBefore = load.ok.get();
                assertEventually(WAIT, () -> assertThat(load.ok.get() - okBefore).isGreaterThan(300));
                load.stop();

                assertThat(load.failures).as("gets are retried; only puts in flight on the dead member may fail")
                        .allSatisfy(f -> {
                            assertThat(f.phase).isZero();
                            assertThat(f.op).isEqualTo("put");
                            // lost before its answer, or answered with its backups still pending
                            assertThat(f.error).isInstanceOfAny(TargetDisconnectedException.class,
                                    IndeterminateOperationStateException.class);
                        });
                assertThat(load.failures).as("at most a put or two per thread").hasSizeLessThanOrEqualTo(6);
                assertThat(load.maxLatencyMs.get()).as("nobody hangs").isLessThan(INVOCATION_TIMEOUT.toMillis() + 2000);
                assertThat(Engine.liveConnections(client)).hasSize(2);
                assertThat(map.size()).as("the backups took over the dead member's entries").isEqualTo(100);
            }
        }
    }

    @Test
    void afterTheWholeClusterRestartsListenersHearTheNewCluster() {
        String clusterName = TestCluster.newClusterName();
        try (SeparateJvmMember member = SeparateJvmMember.builder(clusterName).start();
             HzClient client = HzClient.newClient(fastConfig(clusterName, List.of(member.address()))
                     .clusterConnectTimeout(null).invocationTimeout(INVOCATION_TIMEOUT).build())) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("restarted"));
            List<EntryEvent<String, String>> entries = new CopyOnWriteArrayList<>();
            map.addEntryListener(new EntryListener<>() {
                @Override
                public void entryAdded(EntryEvent<String, String> event) {
                    entries.add(event);
                }
            }, true);
            List<MembershipEvent> members = new CopyOnWriteArrayList<>();
            client.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    members.add(event);
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    members.add(event);
                }
            }, false);
            List<DistributedObjectEvent> objects = new CopyOnWriteArrayList<>();
            client.addDistributedObjectListener(objects::add);
            map.put("before", "1");
            assertEventually(WAIT, () -> assertThat(entries).extracting(EntryEvent::key).containsExactly("before"));
            UUID oldUuid = UUID.fromString(member.uuid());

            member.restart();
            UUID newUuid = UUID.fromString(member.uuid());
            assertEventually(Duration.ofSeconds(60), () -> assertThat(members)
                    .extracting(MembershipEvent::type, e -> e.member().uuid())
                    .containsExactly(
                            tuple(MembershipEvent.Type.REMOVED, oldUuid),
                            tuple(MembershipEvent.Type.ADDED, newUuid)));

            // the listener is registered again on the new member a moment after the reconnect
            AtomicInteger n = new AtomicInteger();
            assertEventually(WAIT, () -> {
                map.put("after-" + n.incrementAndGet(), "2");
                assertThat(entries).extracting(EntryEvent::key).anyMatch(k -> k.startsWith("after-"));
            });
            assertThat(entries).filteredOn(e -> e.key().startsWith("after-"))
                    .allSatisfy(e -> assertThat(e.member()).isEqualTo(newUuid));
            assertThat(map.get("before")).as("a new cluster: the old data is gone").isNull();

            String created = TestCluster.uniqueName("created-after-restart");
            client.getMap(created);
            assertEventually(WAIT, () -> assertThat(objects).as("the object listener was registered again")
                    .anyMatch(e -> e.objectName().equals(created)
                            && e.type() == DistributedObjectEvent.Type.CREATED));
        }
    }

    /** A few threads doing put and get on random keys, recording what failed and in which phase. */
    private static final class Load {
        record Failure(int phase, String op, Throwable error) {
        }

        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger phase = new AtomicInteger();
        final AtomicLong maxLatencyMs = new AtomicLong();
        final List<Failure> failures = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final HzMap<Integer, Integer> map;

        Load(HzMap<Integer, Integer> map) {
            this.map = map;
        }

        void start(int count) {
            for (int i = 0; i < count; i++) {
                Thread t = new Thread(this::run, "load-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        private void run() {
            while (running.get()) {
                int key = ThreadLocalRandom.current().nextInt(100);
                boolean put = ThreadLocalRandom.current().nextBoolean();
                int phaseAtStart = phase.get();
                long start = System.nanoTime();
                try {
                    if (put) {
                        map.put(key, key);
                    } else {
                        map.get(key);
                    }
                    ok.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(new Failure(phaseAtStart, put ? "put" : "get", e));
                }
                maxLatencyMs.accumulateAndGet(Engine.millisSince(start), Math::max);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(INVOCATION_TIMEOUT.toMillis() + 5000);
                assertThat(t.isAlive()).as("%s finished", t.getName()).isFalse();
            }
        }
    }
}
