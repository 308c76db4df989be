package io.hzclient.engine;

import io.hzclient.CallObserver;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.hzclient.engine.Engine.fastConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link CallObserver} against a real member: what it is told, in which thread, and how often. */
class CallObserverIT {

    /** One observed call: what its start said, and how it ended. */
    static final class Seen {
        final String operation;
        final String objectName;
        final int partitionId;
        final Thread startedIn;
        final List<String> endedOn = new CopyOnWriteArrayList<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        Seen(CallObserver.StartedCall call) {
            operation = call.operationName();
            objectName = call.objectName();
            partitionId = call.partitionId();
            startedIn = Thread.currentThread();
        }
    }

    static final class Recorder implements CallObserver {
        final List<Seen> seen = new CopyOnWriteArrayList<>();

        @Override
        public Object callStarted(StartedCall call) {
            if (call.operationName().equals("Map.Size")) {
                return null; // not followed: never told of its end
            }
            Seen s = new Seen(call);
            seen.add(s);
            return s;
        }

        @Override
        public void callEnded(Object context, String memberAddress, Throwable failure) {
            Seen s = (Seen) context;
            s.endedOn.add(String.valueOf(memberAddress));
            if (failure != null) {
                s.failures.add(failure);
            }
        }

        List<Seen> of(String operation) {
            return seen.stream().filter(s -> s.operation.equals(operation)).toList();
        }
    }

    @Test
    void eachCallIsToldOnceAsItStartsInTheCallersThreadAndOnceAsItEnds() {
        Recorder recorder = new Recorder();
        try (TestCluster cluster = TestCluster.start(1);
             HzClient client = HzClient.newClient(fastConfig(cluster).callObserver(recorder).build())) {
            String name = TestCluster.uniqueName("observed");
            HzMap<String, String> map = client.getMap(name);
            map.put("k", "v");
            assertThat(map.getAsync("k").join()).isEqualTo("v");
            assertThatThrownBy(() -> map.unlock("never-locked")).isInstanceOf(IllegalMonitorStateException.class);
            assertThat(map.size()).isEqualTo(1);

            int partition = client.getPartitions().getPartitionId("k");
            for (String op : List.of("Map.Put", "Map.Get", "Map.Unlock")) {
                assertThat(recorder.of(op)).as(op).singleElement().satisfies(s -> {
                    assertThat(s.startedIn).isSameAs(Thread.currentThread());
                    assertThat(s.objectName).isEqualTo(name);
                    assertThat(s.endedOn).containsExactly(cluster.address(0));
                });
            }
            assertThat(recorder.of("Map.Put").get(0).partitionId).isEqualTo(partition);
            assertThat(recorder.of("Map.Get").get(0).failures).isEmpty();
            assertThat(recorder.of("Map.Unlock").get(0).failures).singleElement()
                    .isInstanceOf(IllegalMonitorStateException.class);
            assertThat(recorder.of("Map.Size")).isEmpty();
            // the client's own calls on one connection (authentication, heartbeats) are not observed
            assertThat(recorder.of("Client.Bound")).isEmpty();
            assertThat(client.getConfig().callObserver()).isSameAs(recorder);
        }
    }

    @Test
    void anObserverThatThrowsDoesNotStopTheCall() {
        CallObserver failing = new CallObserver() {
            @Override
            public Object callStarted(StartedCall call) {
                throw new IllegalStateException("observer broken");
            }

            @Override
            public void callEnded(Object context, String memberAddress, Throwable failure) {
                throw new AssertionError("never started");
            }
        };
        try (TestCluster cluster = TestCluster.start(1);
             HzClient client = HzClient.newClient(fastConfig(cluster).callObserver(failing).build())) {
            HzMap<String, String> map = client.getMap(TestCluster.uniqueName("observed"));
            map.put("k", "v");
            assertThat(map.get("k")).isEqualTo("v");
        }
    }

    @Test
    void noObserverByDefaultAndNullIsRefused() {
        assertThat(ClientConfig.builder().build().callObserver()).isSameAs(CallObserver.NONE);
        assertThatThrownBy(() -> ClientConfig.builder().callObserver(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("callObserver");
    }
}
