package io.hzclient.internal.serialization;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.nio.serialization.genericrecord.GenericRecordBuilder;
import io.hzclient.Cluster;
import io.hzclient.HzClient;
import io.hzclient.Member;
import io.hzclient.config.ClientConfig;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.map.HzMap;
import io.hzclient.query.Predicates;
import io.hzclient.serialization.CompactRecord;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compact schemas never make a caller's thread wait for the cluster. Two members: A in this JVM owns the keys used
 * here, B in a JVM of its own takes every call that is not for a partition (the clients' load balancer picks it),
 * so the schema requests (send and fetch) go to B, and freezing B holds them while the data calls to A still go.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompactSchemasIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private TestCluster cluster;
    private SeparateJvmMember memberB;
    private HazelcastInstance memberA;
    private HzClient writer;
    private final List<HzClient> others = new ArrayList<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();

    record Parcel(String id, int weight) {
    }

    record Letter(String to, boolean stamped) {
    }

    record Note(String text) {
    }

    @BeforeAll
    void start() {
        // neither member gives up on the other while B is frozen (the tests hold it far shorter), so B never leaves
        cluster = TestCluster.start(1, c -> c.setProperty("hazelcast.max.no.heartbeat.seconds", "120"));
        memberA = cluster.member(0);
        memberB = SeparateJvmMember.builder(cluster.clusterName()).members(cluster.addresses())
                .property("hazelcast.max.no.heartbeat.seconds", "120").start();
        cluster.awaitSize(2);
        assertEventually(WAIT, () -> assertThat(memberA.getPartitionService().isClusterSafe()).isTrue());
        writer = newClient();
    }

    @AfterAll
    void stop() {
        callers.shutdownNow();
        others.forEach(HzClient::close);
        if (writer != null) {
            writer.close();
        }
        if (memberB != null) {
            memberB.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void putAsyncOfANewTypeReturnsAtOnceAndItsPutsGoAfterTheSchemaInTheOrderMade() throws Exception {
        String name = TestCluster.uniqueName("parcels");
        HzMap<String, Parcel> map = writer.getMap(name);
        String key = keysOwnedByA(writer, 1).get(0);
        Parcel parcel = new Parcel("p-1", 12);
        Parcel heavier = new Parcel("p-1", 13);

        List<CompletableFuture<Parcel>> puts;
        memberB.freeze();
        try {
            // on a thread of its own, so that a caller stuck on the schema fails the test instead of hanging it
            puts = CompletableFuture.supplyAsync(() -> List.of(map.putAsync(key, parcel), map.putAsync(key, heavier)),
                    callers).get(30, TimeUnit.SECONDS);

            assertThat(puts).as("the schema is not on the cluster yet").noneMatch(CompletableFuture::isDone);
            assertThat(memberA.getMap(name).containsKey(key)).as("the puts wait for their schema").isFalse();
        } finally {
            memberB.thaw();
        }

        assertThat(puts.get(0).get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the first put went first").isNull();
        assertThat(puts.get(1).get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(parcel);
        assertThat(newClient().<String, Parcel>getMap(name).get(key)).as("a client that fetches the schema")
                .isEqualTo(heavier);
        HazelcastInstance official = officialClient();
        try {
            assertThat(official.getMap(name).get(key)).as("the official client").isEqualTo(heavier);
        } finally {
            official.shutdown();
        }
    }

    @Test
    void getAsyncOfTypesNeverSeenFetchesTheirSchemasWithoutHoldingAThreadAndSyncGetWaitsForThem() throws Exception {
        String name = TestCluster.uniqueName("records");
        // more unknown types than the client has user threads: a decode that waited for its fetch would hold them all
        int types = Math.max(2, Runtime.getRuntime().availableProcessors()) + 2;
        List<String> keys = keysOwnedByA(writer, types + 2);
        HazelcastInstance official = officialClient();
        try {
            for (int i = 0; i < types; i++) {
                official.getMap(name).put(keys.get(i), GenericRecordBuilder.compact("hzc.it.type" + i + "." + name)
                        .setInt32("n", i).build());
            }
            official.getMap(name).put(keys.get(types), "plain");
            official.getMap(name).put(keys.get(types + 1), new Letter("ann", true));
        } finally {
            official.shutdown();
        }
        HzClient reader = newClient();
        HzMap<String, Object> map = reader.getMap(name);
        awaitRoutedToA(reader, keys);

        List<CompletableFuture<String>> decoded = new ArrayList<>();
        CompletableFuture<Object> plain;
        memberB.freeze();
        try {
            long answered = reader.getStatistics().invocationsCompleted();
            for (int i = 0; i < types; i++) {
                int n = i;
                decoded.add(map.getAsync(keys.get(i)).thenApply(v -> {
                    assertThat(((CompactRecord) v).get("n")).isEqualTo(n);
                    return Thread.currentThread().getName();
                }));
            }
            // A answered every get: their decodes ran (or are queued) before the next one, and ask B for schemas
            assertEventually(WAIT, () -> assertThat(reader.getStatistics().invocationsCompleted())
                    .isGreaterThanOrEqualTo(answered + types));
            plain = map.getAsync(keys.get(types));

            assertThat(plain.get(30, TimeUnit.SECONDS)).as("a user thread was free").isEqualTo("plain");
            assertThat(decoded).as("their schemas are still on their way").noneMatch(CompletableFuture::isDone);
        } finally {
            memberB.thaw();
        }

        for (CompletableFuture<String> d : decoded) {
            assertThat(d.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("completed on the user executor")
                    .startsWith("hz.client.user");
        }
        assertThat(map.get(keys.get(types + 1))).as("a sync get fetches and waits").isEqualTo(new Letter("ann", true));
    }

    @Test
    void queryAnswersOfTypesNeverSeenFetchTheirSchemasInTheCallSoReadingThemLaterSendsNothing() throws Exception {
        String name = TestCluster.uniqueName("queried");
        HazelcastInstance official = officialClient();
        try {
            for (int i = 0; i < 3; i++) {
                official.getMap(name).put("k" + i, GenericRecordBuilder.compact("hzc.it.queried" + i + "." + name)
                        .setInt32("n", i).build());
            }
            official.getMap(name).put("k3", new Note("kept"));
        } finally {
            official.shutdown();
        }
        HzClient reader = newClient();
        HzMap<String, Object> map = reader.getMap(name);

        Collection<Object> values = map.valuesAsync(Predicates.alwaysTrue()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Set<Map.Entry<String, Object>> entries = map.entrySetAsync().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long calls = reader.getStatistics().invocationsStarted();

        assertThat(values).hasSize(4).contains(new Note("kept"));
        assertThat(entries).hasSize(4).anySatisfy(e -> assertThat(e.getValue()).isEqualTo(new Note("kept")));
        assertThat(values).filteredOn(CompactRecord.class::isInstance)
                .extracting(v -> ((CompactRecord) v).get("n")).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(reader.getStatistics().invocationsStarted()).as("reading the answers asked the cluster nothing")
                .isEqualTo(calls);
    }

    @Test
    void listenersReadValuesOfTypesTheirClientNeverSawInTheOrderSent() {
        String name = TestCluster.uniqueName("heard");
        HzClient reader = newClient();
        List<Object> entries = new java.util.concurrent.CopyOnWriteArrayList<>();
        reader.<String, Object>getMap(name).addEntryListener(new io.hzclient.map.EntryListener<>() {
            @Override
            public void entryAdded(io.hzclient.map.EntryEvent<String, Object> event) {
                entries.add(event.value());
            }

            @Override
            public void entryUpdated(io.hzclient.map.EntryEvent<String, Object> event) {
                entries.add(event.value());
            }
        }, true);
        List<Object> topic = new java.util.concurrent.CopyOnWriteArrayList<>();
        reader.<Object>getTopic(name).addMessageListener(m -> topic.add(m.payload()));
        List<Object> reliable = new java.util.concurrent.CopyOnWriteArrayList<>();
        reader.<Object>getReliableTopic(name).addMessageListener(m -> reliable.add(m.payload()));

        HazelcastInstance official = officialClient();
        try {
            for (int i = 0; i < 2; i++) { // one key: its events come in this order
                official.getMap(name).put("k", GenericRecordBuilder.compact("hzc.it.heard" + i + "." + name)
                        .setInt32("n", i).build());
            }
            official.getMap(name).put("k", "plain");
        } finally {
            official.shutdown();
        }
        writer.<Object>getTopic(name).publish(new Note("topic"));
        List<Object> published = List.of(new Note("first"), new Letter("bo", false), "plain");
        published.forEach(writer.<Object>getReliableTopic(name)::publish);

        assertEventually(WAIT, () -> {
            assertThat(entries).hasSize(3);
            assertThat(entries.subList(0, 2)).extracting(v -> ((CompactRecord) v).get("n")).containsExactly(0, 1);
            assertThat(entries.get(2)).isEqualTo("plain");
            assertThat(topic).containsExactly(new Note("topic"));
            assertThat(reliable).containsExactlyElementsOf(published);
        });
    }

    @Test
    void afterTheWholeClusterRestartsItGetsEverySchemaTheClientKnowsAgain() {
        String clusterName = TestCluster.newClusterName();
        String name = TestCluster.uniqueName("restarted");
        try (SeparateJvmMember only = SeparateJvmMember.builder(clusterName).start();
             HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(clusterName)
                     .addresses(only.address()).clusterConnectTimeout(null).build())) {
            HzMap<String, Object> map = client.getMap(name);
            map.put("before", new Parcel("p-1", 1)); // the first cluster gets the schema
            // the same bytes the client would write, made where no schema is noted: only a resend can bring it
            Data preserialized = new DefaultSerializationService(io.hzclient.config.SerializationConfig.defaults())
                    .toData(new Parcel("p-2", 2));

            only.restart();
            assertEventually(WAIT, () -> map.set("after", preserialized));

            com.hazelcast.client.config.ClientConfig config = new com.hazelcast.client.config.ClientConfig();
            config.setClusterName(clusterName);
            config.getNetworkConfig().addAddress(only.address());
            HazelcastInstance official = HazelcastClient.newHazelcastClient(config);
            try {
                assertEventually(WAIT, () -> assertThat(official.getMap(name).get("after"))
                        .isEqualTo(new Parcel("p-2", 2)));
                assertThat(official.getMap(name).get("before")).as("a new cluster").isNull();
            } finally {
                official.shutdown();
            }
        }
    }

    /** Keys whose partition A owns, as A and the client both see it. */
    private List<String> keysOwnedByA(HzClient client, int count) {
        UUID a = memberA.getCluster().getLocalMember().getUuid();
        List<String> keys = new ArrayList<>();
        for (int i = 0; keys.size() < count; i++) {
            String key = "key-" + i;
            if (a.equals(memberA.getPartitionService().getPartition(key).getOwner().getUuid())) {
                keys.add(key);
            }
        }
        awaitRoutedToA(client, keys);
        return keys;
    }

    private void awaitRoutedToA(HzClient client, List<String> keys) {
        UUID a = memberA.getCluster().getLocalMember().getUuid();
        assertEventually(WAIT, () -> {
            for (String key : keys) {
                Member owner = client.getPartitions().getPartitionOwner(client.getPartitions().getPartitionId(key));
                assertThat(owner).as("owner of %s", key).isNotNull();
                assertThat(owner.uuid()).isEqualTo(a);
            }
        });
    }

    private HzClient newClient() {
        HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(List.of(cluster.address(0), memberB.address()))
                .loadBalancer(() -> new OnlyB(memberB.port()))
                .build());
        if (writer != null) {
            others.add(client);
        }
        assertEventually(WAIT, () -> assertThat(client.getStatistics().connectedMembers()).hasSize(2));
        return client;
    }

    private HazelcastInstance officialClient() {
        com.hazelcast.client.config.ClientConfig config = new com.hazelcast.client.config.ClientConfig();
        config.setClusterName(cluster.clusterName());
        config.getNetworkConfig().setAddresses(new ArrayList<>(cluster.addresses()));
        return HazelcastClient.newHazelcastClient(config);
    }

    /** Calls for no partition go to B, so the schema requests do. */
    private static final class OnlyB implements LoadBalancer {
        private final int port;
        private volatile Cluster cluster;

        OnlyB(int port) {
            this.port = port;
        }

        @Override
        public void init(Cluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public Member next() {
            Member any = null;
            for (Member m : cluster.getMembers()) {
                if (m.address().port() == port) {
                    return m;
                }
                any = m;
            }
            return any;
        }
    }
}
