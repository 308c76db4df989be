package io.hzclient.engine;

import io.hzclient.DistributedObjectEvent;
import io.hzclient.DistributedObjectInfo;
import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.hzclient.engine.Engine.WAIT;
import static io.hzclient.engine.Engine.fastConfig;
import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Distributed objects the client creates exist on the cluster, and their creation and destruction are told. */
class DistributedObjectsIT {
    private static final String MAP_SERVICE = "hz:impl:mapService";

    @Test
    void aMapCreatedByTheClientIsListedAndItsCreationAndDestructionAreTold() {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(fastConfig(cluster).build());
             HzClient other = HzClient.newClient(fastConfig(cluster).build())) {
            List<DistributedObjectEvent> events = new CopyOnWriteArrayList<>();
            UUID registration = other.addDistributedObjectListener(events::add);

            String name = TestCluster.uniqueName("objects");
            HzMap<String, String> map = client.getMap(name);
            // the member that created the proxy tells the others in the background: the listing may lag a little
            assertEventually(WAIT, () -> assertThat(client.getDistributedObjects())
                    .contains(new DistributedObjectInfo(MAP_SERVICE, name)));
            assertEventually(WAIT, () -> assertThat(cluster.member(1).getDistributedObjects())
                    .anyMatch(o -> o.getName().equals(name) && o.getServiceName().equals(MAP_SERVICE)));
            assertEventually(WAIT, () -> assertThat(mine(events, name)).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(DistributedObjectEvent.Type.CREATED);
                assertThat(e.serviceName()).isEqualTo(MAP_SERVICE);
            }));

            map.destroy();
            assertEventually(WAIT, () -> assertThat(mine(events, name)).extracting(DistributedObjectEvent::type)
                    .containsExactly(DistributedObjectEvent.Type.CREATED, DistributedObjectEvent.Type.DESTROYED));
            assertEventually(WAIT, () -> assertThat(client.getDistributedObjects())
                    .doesNotContain(new DistributedObjectInfo(MAP_SERVICE, name)));

            assertThat(other.removeDistributedObjectListener(registration)).isTrue();
            String later = TestCluster.uniqueName("objects-later");
            client.getMap(later);
            assertEventually(WAIT, () -> assertThat(client.getDistributedObjects())
                    .contains(new DistributedObjectInfo(MAP_SERVICE, later)));
            HzMap<String, String> marker = client.getMap(TestCluster.uniqueName("marker"));
            marker.put("k", "v");
            assertThat(mine(events, later)).as("a removed listener hears nothing").isEmpty();
        }
    }

    @Test
    void callersAskingForOneMapAtOnceGetOneProxy() throws Exception {
        TestCluster cluster = TestCluster.shared();
        try (HzClient client = HzClient.newClient(fastConfig(cluster).build())) {
            String name = TestCluster.uniqueName("objects-race");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HzMap<String, String>>> maps = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    maps.add(pool.submit(() -> {
                        go.await();
                        return client.<String, String>getMap(name);
                    }));
                }
                go.countDown();
                HzMap<String, String> first = maps.get(0).get(30, TimeUnit.SECONDS);
                for (Future<HzMap<String, String>> m : maps) {
                    assertThat(m.get(30, TimeUnit.SECONDS)).isSameAs(first);
                }
                assertThat(client.<String, String>getMap(name)).isSameAs(first);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static List<DistributedObjectEvent> mine(List<DistributedObjectEvent> events, String name) {
        return events.stream().filter(e -> e.objectName().equals(name)).toList();
    }
}
