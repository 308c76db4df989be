package io.hzclient.map;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The map while members come and go: data kept by backups, listeners on the members that join later. */
class MapMembershipIT {

    @Test
    void entriesSurviveAMemberLeavingAndListenersHearAMemberThatJoined() {
        try (TestCluster cluster = TestCluster.start(2);
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                     .addresses(cluster.addresses()).build())) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("membership"));
            Set<String> added = ConcurrentHashMap.newKeySet();
            map.addEntryListener(new EntryListener<>() {
                @Override
                public void entryAdded(EntryEvent<String, String> event) {
                    added.add(event.key());
                }
            }, false);
            Map<String, String> entries = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                entries.put("before-" + i, "v" + i);
            }
            map.putAll(entries);

            cluster.addMember();
            MapTesting.eventually(Duration.ofSeconds(60), () -> {
                assertThat(client.getCluster().getMembers()).hasSize(3);
                assertThat(cluster.member(2).getPartitionService().isClusterSafe()).isTrue();
                assertThat(cluster.member(2).getClientService().getConnectedClients()).hasSize(1);
            });
            Set<String> later = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                map.put("after-" + i, "v");
                later.add("after-" + i);
            }
            long ownedByNewMember = later.stream().filter(k -> cluster.member(2).getPartitionService()
                    .getPartition(k).getOwner().localMember()).count();
            assertThat(ownedByNewMember).as("the new member owns some of the keys").isPositive();
            MapTesting.eventually(Duration.ofSeconds(30), () -> assertThat(added).containsAll(later));

            cluster.shutdownMember(0);
            MapTesting.eventually(Duration.ofSeconds(60),
                    () -> assertThat(client.getCluster().getMembers()).hasSize(2));
            assertThat(map.size()).isEqualTo(400);
            assertThat(map.getAll(entries.keySet())).isEqualTo(entries);
        }
    }
}
