package io.hzclient.engine;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.engine.Engine.liveConnections;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The listener service keeps listeners registered wherever events may come from, as connections come and go. */
class ListenersIT {

    @Test
    void smartRoutingRegistersListenersOnAMemberThatJoinsLater() {
        try (TestCluster cluster = TestCluster.start(2);
             HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("joined"));
            Keys keys = new Keys();
            map.addEntryListener(keys, false);
            HazelcastInstance third = cluster.addMember();
            assertEventually(WAIT, () -> assertThat(liveConnections(client)).hasSize(3));
            waitForMigrations(cluster);

            for (int i = 0; i < 200; i++) {
                map.put(i, i);
            }
            assertThat(third.getMap(map.getName()).getLocalMapStats().getOwnedEntryCount()).isPositive();
            assertEventually(WAIT, () -> assertThat(keys.added).hasSize(200));
            assertThat(keys.members).as("events came from every member, the new one too")
                    .contains(third.getCluster().getLocalMember().getUuid()).hasSize(3);
        }
    }

    @Test
    void unisocketMovesItsListenerToTheNextMemberWhenItsMemberDies() {
        try (TestCluster cluster = TestCluster.start(2);
             HzClient client = HzClient.newClient(fastConfig(cluster).smartRouting(false).build())) {
            HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("unisocket-listener"));
            Keys keys = new Keys();
            map.addEntryListener(keys, false);
            map.put(-1, -1);
            assertEventually(WAIT, () -> assertThat(keys.added).contains(-1));

            int connected = hasClient(cluster.member(0), client) ? 0 : 1;
            cluster.terminateMember(connected);
            HazelcastInstance survivor = cluster.member(1 - connected);
            assertEventually(WAIT, () -> assertThat(hasClient(survivor, client)).isTrue());

            // puts made before the listener is registered again on the survivor are not heard, and a key put
            // again is an update, not an add: so each try puts keys never put before
            AtomicInteger tries = new AtomicInteger();
            assertEventually(WAIT, () -> {
                int first = 1000 * tries.incrementAndGet();
                for (int i = first; i < first + 50; i++) {
                    map.put(i, i);
                }
                assertThat(keys.added).as("events again, from the survivor").contains(first, first + 49);
            });
            assertThat(liveConnections(client)).hasSize(1);
        }
    }

    @Test
    void aRemovedListenerHearsNothingFromAnyMember() {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("removed"));
            Keys removed = new Keys();
            Keys kept = new Keys();
            UUID id = map.addEntryListener(removed, false);
            map.addEntryListener(kept, false);
            assertThat(map.removeEntryListener(id)).isTrue();
            for (int i = 0; i < 100; i++) {
                map.put(i, i);
            }
            assertEventually(WAIT, () -> assertThat(kept.added).hasSize(100));
            assertThat(removed.added).isEmpty();
            assertThat(map.removeEntryListener(id)).isFalse();
        }
    }

    @Test
    void listenersAddedOrRemovedWhileDisconnectedAreSoOnceTheClusterIsBack() {
        try (TestCluster cluster = TestCluster.start(1)) {
            String address = cluster.addresses().get(0);
            HazelcastInstance back = null;
            try (HzClient client = HzClient.newClient(fastConfig(cluster).clusterConnectTimeout(null).build())) {
                HzMap<Integer, Integer> map = client.getMap(TestCluster.uniqueName("offline-listeners"));
                Keys removedWhileAway = new Keys();
                UUID removedId = map.addEntryListener(removedWhileAway, false);
                cluster.terminateMember(0);
                assertEventually(WAIT, () -> assertThat(client.isConnected()).isFalse());

                Keys addedWhileAway = new Keys();
                map.addEntryListener(addedWhileAway, false);
                assertThat(map.removeEntryListener(removedId)).isTrue();

                back = Engine.startMemberOn(cluster.clusterName(), Engine.port(address), List.of(address));
                assertEventually(WAIT, () -> {
                    map.put(1, 1);
                    assertThat(addedWhileAway.added).contains(1);
                });
                for (int i = 2; i <= 20; i++) {
                    map.put(i, i);
                }
                assertEventually(WAIT, () -> assertThat(addedWhileAway.added).hasSize(20));
                assertThat(removedWhileAway.added).as("removed while away: never registered again").isEmpty();
            } finally {
                if (back != null) {
                    back.getLifecycleService().terminate();
                }
            }
        }
    }

    private static void waitForMigrations(TestCluster cluster) {
        assertEventually(WAIT, () -> {
            for (int i = 0; i < cluster.size(); i++) {
                if (cluster.isRunning(i)) {
                    assertThat(cluster.member(i).getPartitionService().isClusterSafe()).isTrue();
                }
            }
        });
    }

    private static boolean hasClient(HazelcastInstance member, HzClient client) {
        return member.getClientService().getConnectedClients().stream()
                .anyMatch(c -> c.getUuid().equals(client.getUuid()));
    }

    private static final class Keys implements EntryListener<Integer, Integer> {
        final Set<Integer> added = ConcurrentHashMap.newKeySet();
        final Set<UUID> members = ConcurrentHashMap.newKeySet();

        @Override
        public void entryAdded(EntryEvent<Integer, Integer> event) {
            added.add(event.key());
            members.add(event.member());
        }
    }

}
