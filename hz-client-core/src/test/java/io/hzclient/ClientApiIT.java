package io.hzclient;

import com.hazelcast.config.RingbufferConfig;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.FlakeIdGeneratorConfig;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.map.HzMap;
import io.hzclient.pncounter.PNCounter;
import io.hzclient.ringbuffer.OverflowPolicy;
import io.hzclient.ringbuffer.Ringbuffer;
import io.hzclient.test.TestCluster;
import io.hzclient.topic.Message;
import io.hzclient.topic.ReliableMessageListener;
import io.hzclient.topic.ReliableTopic;
import io.hzclient.topic.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Javadoc of HzClient and the distributed objects promises that the other tests do not show already:
 * how every kind of proxy fails once the client is shut down, what destroy leaves behind, lifecycle listeners added
 * to a running client, and a few argument and batch rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientApiIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private TestCluster cluster;
    private HzClient client;

    @BeforeAll
    void start() {
        // "ttl3-*": 3 items kept 5 minutes, so a FAIL add meets a full ringbuffer
        cluster = TestCluster.start(1, c -> c.addRingBufferConfig(new RingbufferConfig("ttl3-*").setCapacity(3)
                .setTimeToLiveSeconds(300)));
        client = HzClient.newClient(config().build());
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private ClientConfig.Builder config() {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses())
                .invocationTimeout(Duration.ofSeconds(20));
    }

    @Test
    void everyKindOfProxyFailsWithClientNotActiveOnceTheClientIsShutDown() throws Exception {
        HzClient doomed = HzClient.newClient(config()
                .addFlakeIdGeneratorConfig(FlakeIdGeneratorConfig.builder("one-*").prefetchCount(1).build()).build());
        HzMap<String, String> map = doomed.getMap(TestCluster.uniqueName("map"));
        Topic<String> topic = doomed.getTopic(TestCluster.uniqueName("topic"));
        Ringbuffer<String> ringbuffer = doomed.getRingbuffer(TestCluster.uniqueName("rb"));
        ReliableTopic<String> reliable = doomed.getReliableTopic(TestCluster.uniqueName("rt"));
        PNCounter counter = doomed.getPNCounter(TestCluster.uniqueName("counter"));
        FlakeIdGenerator ids = doomed.getFlakeIdGenerator(TestCluster.uniqueName("one"));
        map.put("k", "v");
        counter.incrementAndGet();
        ids.newId(); // uses up its batch of one: the next id needs the cluster

        doomed.shutdown();

        notActive(() -> map.get("k"));
        notActive(() -> map.put("k", "w"));
        notActive(() -> map.lock("k"));
        notActive(map::size);
        notActive(() -> topic.publish("m"));
        notActive(() -> ringbuffer.add("i"));
        notActive(() -> ringbuffer.readOne(0));
        notActive(() -> reliable.publish("m"));
        notActive(counter::get);
        notActive(ids::newId);
        notActive(map::destroy);
        notActive(doomed::getDistributedObjects);
        notActive(() -> doomed.getMap("another"));
        notActive(() -> doomed.getTopic("another"));
        notActive(() -> doomed.getRingbuffer("another"));
        notActive(() -> doomed.getReliableTopic("another"));
        notActive(() -> doomed.getPNCounter("another"));
        notActive(() -> doomed.getFlakeIdGenerator("another"));
        notActiveAsync(() -> map.getAsync("k"));
        notActiveAsync(() -> map.putAsync("k", "w"));
        notActiveAsync(() -> topic.publishAsync("m"));
        notActiveAsync(() -> ringbuffer.addAsync("i", OverflowPolicy.OVERWRITE));
        notActiveAsync(() -> reliable.publishAsync("m"));
        notActiveAsync(ids::newIdAsync);
    }

    private static void notActive(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(ClientNotActiveException.class);
    }

    private static void notActiveAsync(Supplier<? extends CompletableFuture<?>> call) {
        CompletableFuture<?> future = call.get();
        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ClientNotActiveException.class);
    }

    @Test
    void aDestroyedMapAskedForAgainIsANewEmptyMap() {
        String name = TestCluster.uniqueName("destroyed");
        HzMap<String, String> map = client.getMap(name);
        map.put("k", "v");

        map.destroy();

        HzMap<String, String> again = client.getMap(name);
        assertThat(again).as("a new proxy").isNotSameAs(map);
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.get("k")).isNull();
    }

    @Test
    void aLifecycleListenerAddedToARunningClientHearsTheLaterStatesUntilRemovedWhateverTheOthersThrow() {
        HzClient own = HzClient.newClient(config().build());
        List<LifecycleState> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<LifecycleState> removedOne = new java.util.concurrent.CopyOnWriteArrayList<>();
        own.addLifecycleListener(state -> {
            throw new IllegalStateException("a listener that throws on " + state);
        });
        UUID id = own.addLifecycleListener(heard::add);
        UUID removed = own.addLifecycleListener(removedOne::add);

        assertThat(own.removeLifecycleListener(removed)).isTrue();
        assertThat(own.removeLifecycleListener(removed)).as("removed already").isFalse();
        assertThat(own.removeLifecycleListener(UUID.randomUUID())).isFalse();
        assertThat(own.getLifecycleState()).isEqualTo(LifecycleState.CONNECTED);
        own.shutdown();

        assertEventually(WAIT, () -> assertThat(heard).containsExactly(LifecycleState.SHUTTING_DOWN,
                LifecycleState.DISCONNECTED, LifecycleState.SHUTDOWN));
        assertThat(removedOne).isEmpty();
        assertThat(own.removeLifecycleListener(id)).isTrue();
        assertThatThrownBy(() -> own.addLifecycleListener(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("listener");
    }

    @Test
    void argumentsTheDocsNameAreRefused() {
        assertThatThrownBy(() -> client.getPartitions().getPartitionId(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> client.getMap(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> HzClient.newClient(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("config");
        assertThatThrownBy(() -> client.getCluster().addMembershipListener(null, false))
                .isInstanceOf(NullPointerException.class);
        assertThat(client.getCluster().removeMembershipListener(null)).isFalse();
        assertThat(client.removeDistributedObjectListener(UUID.randomUUID())).isFalse();
    }

    @Test
    void aReliableListenerAskingForASequenceBelowMinusOneIsRefused() {
        ReliableTopic<String> topic = client.getReliableTopic(TestCluster.uniqueName("rt"));
        assertThatThrownBy(() -> topic.addMessageListener(new ReliableMessageListener<>() {
            @Override
            public long initialSequence() {
                return -2;
            }

            @Override
            public void onMessage(Message<String> message) {
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialSequence()")
                .hasMessageContaining("-2");
    }

    @Test
    void aFlakeIdFromTheCurrentBatchIsReadyAtOnce() throws Exception {
        FlakeIdGenerator ids = client.getFlakeIdGenerator(TestCluster.uniqueName("ids"));
        long first = ids.newId(); // fetches a batch of 100

        CompletableFuture<Long> next = ids.newIdAsync();

        assertThat(next).as("from the batch, without a call").isDone();
        assertThat(next.get()).isNotNegative().isNotEqualTo(first);
    }

    @Test
    void addAllWithFailAndRoomForSomeOfTheItemsAddsNone() {
        Ringbuffer<Integer> rb = client.getRingbuffer(TestCluster.uniqueName("ttl3"));
        assertThat(rb.addAll(List.of(0, 1), OverflowPolicy.FAIL)).isEqualTo(1);
        assertThat(rb.remainingCapacity()).isEqualTo(1);

        assertThat(rb.addAll(List.of(2, 3), OverflowPolicy.FAIL)).isEqualTo(-1);

        assertThat(rb.size()).isEqualTo(2);
        assertThat(rb.tailSequence()).isEqualTo(1);
        assertThatThrownBy(() -> rb.addAll(List.of(), OverflowPolicy.FAIL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rb.add(1, null)).isInstanceOf(NullPointerException.class);
    }
}
