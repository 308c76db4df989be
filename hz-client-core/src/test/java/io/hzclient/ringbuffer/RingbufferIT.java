package io.hzclient.ringbuffer;

import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IFunction;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.test.MemberState;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ringbuffers written and read by our client and by the members' own API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RingbufferIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private TestCluster cluster;
    private HzClient client;

    /** Keeps the strings that start with "a"; runs on the member. */
    static final class StartsWithA implements IFunction<String, Boolean>, Serializable {
        @Override
        public Boolean apply(String s) {
            return s.startsWith("a");
        }
    }

    @BeforeAll
    void start() {
        cluster = TestCluster.shared();
        // capacity 3 with a time to live: FAIL can fail; capacity 3 without: old items get overwritten
        cluster.member(0).getConfig().addRingBufferConfig(new RingbufferConfig("ttl3-*").setCapacity(3)
                .setTimeToLiveSeconds(300));
        cluster.member(0).getConfig().addRingBufferConfig(new RingbufferConfig("cap3-*").setCapacity(3));
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses())
                .serialization(SerializationConfig.builder().allowJavaSerialization(StartsWithA.class).build())
                .build());
    }

    @AfterAll
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void whatWeAddTheMemberReadsAndTheSequencesAgree() {
        String name = TestCluster.uniqueName("rb");
        Ringbuffer<String> rb = client.getRingbuffer(name);
        assertThat(rb.capacity()).isEqualTo(10_000);
        assertThat(rb.tailSequence()).isEqualTo(-1);
        assertThat(rb.headSequence()).isZero();
        assertThat(rb.add("a")).isZero();
        assertThat(rb.addAll(List.of("b", "c"), OverflowPolicy.OVERWRITE)).isEqualTo(2);
        assertThat(rb.size()).isEqualTo(3);
        assertThat(rb.tailSequence()).isEqualTo(2);
        assertThat(rb.remainingCapacity()).isEqualTo(10_000);
        com.hazelcast.ringbuffer.Ringbuffer<Object> onMember = cluster.member(1).getRingbuffer(name);
        assertThat(onMember.tailSequence()).isEqualTo(2);
        assertThat(List.of(read(onMember, 0), read(onMember, 1), read(onMember, 2))).containsExactly("a", "b", "c");
        assertThat(rb.readOne(1)).isEqualTo("b");
    }

    @Test
    void readManyReadsWhatTheMemberAddedWithSequences() throws Exception {
        String name = TestCluster.uniqueName("rb");
        com.hazelcast.ringbuffer.Ringbuffer<Object> onMember = cluster.member(0).getRingbuffer(name);
        for (int i = 0; i < 5; i++) {
            onMember.add("m" + i);
        }
        Ringbuffer<String> rb = client.getRingbuffer(name);
        ReadResultSet<String> r = rb.readMany(1, 1, 3, null);
        assertThat(r.items()).containsExactly("m1", "m2", "m3");
        assertThat(r.sequences()).containsExactly(1L, 2L, 3L);
        assertThat(r.readCount()).isEqualTo(3);
        assertThat(r.nextSequenceToReadFrom()).isEqualTo(4);
        ReadResultSet<String> rest = rb.readManyAsync(4, 0, 10, null).get(10, TimeUnit.SECONDS);
        assertThat(rest.items()).containsExactly("m4");
    }

    @Test
    void aFilterOnTheMemberPicksTheItems() {
        String name = TestCluster.uniqueName("rb");
        Ringbuffer<String> rb = client.getRingbuffer(name);
        rb.addAll(List.of("apple", "banana", "avocado", "cherry"), OverflowPolicy.OVERWRITE);
        ReadResultSet<String> r = rb.readMany(0, 0, 4, new StartsWithA());
        assertThat(r.items()).containsExactly("apple", "avocado");
        assertThat(r.sequences()).containsExactly(0L, 2L);
        assertThat(r.readCount()).isEqualTo(4);
    }

    @Test
    void failAddsNothingWhenFullOfLiveItemsAndOverwriteDoes() {
        String name = TestCluster.uniqueName("ttl3");
        Ringbuffer<Integer> rb = client.getRingbuffer(name);
        assertThat(rb.capacity()).isEqualTo(3);
        assertThat(rb.addAll(List.of(0, 1, 2), OverflowPolicy.FAIL)).isEqualTo(2);
        assertThat(rb.remainingCapacity()).isZero();
        assertThat(rb.add(3, OverflowPolicy.FAIL)).isEqualTo(-1);
        assertThat(rb.addAll(List.of(3, 4), OverflowPolicy.FAIL)).isEqualTo(-1);
        assertThat(rb.tailSequence()).isEqualTo(2);
        assertThat(rb.add(3, OverflowPolicy.OVERWRITE)).isEqualTo(3);
        assertThat(rb.headSequence()).isEqualTo(1);
    }

    @Test
    void readsWaitForItemsNotAddedYet() throws Exception {
        String name = TestCluster.uniqueName("rb");
        Ringbuffer<String> rb = client.getRingbuffer(name);
        CompletableFuture<String> one = rb.readOneAsync(0);
        CompletableFuture<ReadResultSet<String>> many = rb.readManyAsync(0, 2, 10, null);
        // both reads reached the member and wait there: nothing can answer them before an item comes
        assertEventually(WAIT, () -> assertThat(parkedReads(name)).isEqualTo(2));
        assertThat(one).isNotDone();
        assertThat(many).isNotDone();
        com.hazelcast.ringbuffer.Ringbuffer<Object> onMember = cluster.member(1).getRingbuffer(name);
        onMember.add("x");
        assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo("x");
        // the same add woke both reads; the one that wants two items went back to waiting
        assertEventually(WAIT, () -> assertThat(parkedReads(name)).isEqualTo(1));
        assertThat(many).isNotDone();
        onMember.add("y");
        assertThat(many.get(10, TimeUnit.SECONDS).items()).containsExactly("x", "y");
    }

    private int parkedReads(String ringbuffer) {
        List<HazelcastInstance> members = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            members.add(cluster.member(i));
        }
        return MemberState.parkedOperations(members, ringbuffer);
    }

    @Test
    void aSequenceThatWasOverwrittenIsStale() {
        String name = TestCluster.uniqueName("cap3");
        Ringbuffer<Integer> rb = client.getRingbuffer(name);
        rb.addAll(List.of(0, 1, 2, 3, 4), OverflowPolicy.OVERWRITE);
        assertThat(rb.headSequence()).isEqualTo(2);
        assertThatThrownBy(() -> rb.readOne(0))
                .isInstanceOfSatisfying(StaleSequenceException.class, e -> {
                    assertThat(e.getHeadSequence()).isEqualTo(2);
                    assertThat(e.getErrorCode()).isEqualTo(51);
                });
        // readMany from a stale sequence reads from the head; the gap tells how many were lost
        ReadResultSet<Integer> r = rb.readMany(0, 1, 3, null);
        assertThat(r.items()).containsExactly(2, 3, 4);
        assertThat(r.nextSequenceToReadFrom() - r.readCount() - 0).isEqualTo(2);
    }

    @Test
    void badArgumentsFailBeforeAnythingIsSent() {
        Ringbuffer<String> rb = client.getRingbuffer(TestCluster.uniqueName("rb"));
        assertThatThrownBy(() -> rb.readOne(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rb.readMany(0, 2, 1, null)).hasMessageContaining("maxCount");
        assertThatThrownBy(() -> rb.readMany(0, 0, 1001, null)).hasMessageContaining("1000");
        assertThatThrownBy(() -> rb.addAll(List.of(), OverflowPolicy.FAIL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rb.add(null)).isInstanceOf(NullPointerException.class);
        rb.add("only");
        // past tail + 1: the member refuses (tail + 1 itself would wait)
        assertThatThrownBy(() -> rb.readOne(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void readManyRefusesCountsAboveTheCapacityAskingForItOnce() {
        String name = TestCluster.uniqueName("cap3");
        Ringbuffer<String> rb = client.getRingbuffer(name);
        rb.addAll(List.of("a0", "b1", "a2"), OverflowPolicy.OVERWRITE);
        long before = client.getStatistics().invocationsStarted();
        assertThatThrownBy(() -> rb.readMany(0, 0, 4, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxCount (4)").hasMessageContaining("capacity").hasMessageContaining("(3)")
                .hasMessageContaining(name);
        assertThatThrownBy(() -> rb.readMany(0, 4, 4, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minCount (4)").hasMessageContaining("(3)");
        assertThat(rb.readMany(0, 3, 3, null).items()).as("the capacity itself is allowed").containsExactly("a0", "b1", "a2");
        assertThat(rb.readMany(0, 0, 3, new StartsWithA()).items()).as("with a filter too").containsExactly("a0", "a2");
        for (int i = 0; i < 10; i++) {
            assertThat(rb.readMany(0, 1, 3, null).readCount()).isEqualTo(3);
        }
        // one capacity look-up and 12 reads; a look-up per read would be 24 (a heartbeat may add one)
        assertThat(client.getStatistics().invocationsStarted() - before).isBetween(13L, 14L);
    }

    @Test
    void readManyAsyncFailsItsFutureForCountsAboveTheCapacityAndThrowsAtOnceForTheOthers() throws Exception {
        String name = TestCluster.uniqueName("cap3");
        Ringbuffer<Integer> rb = client.getRingbuffer(name);
        rb.addAll(List.of(0, 1, 2), OverflowPolicy.OVERWRITE);
        for (int round = 0; round < 2; round++) { // before the capacity is known, and once it is cached
            CompletableFuture<ReadResultSet<Integer>> tooMany = rb.readManyAsync(0, 0, 4, null);
            assertThatThrownBy(() -> tooMany.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxCount (4)").hasMessageContaining("(3)");
            CompletableFuture<ReadResultSet<Integer>> tooManyAtLeast = rb.readManyAsync(0, 4, 4, null);
            assertThatThrownBy(() -> tooManyAtLeast.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minCount (4)");
        }
        assertThat(rb.readManyAsync(0, 3, 3, null).get(10, TimeUnit.SECONDS).items()).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> rb.readManyAsync(-1, 0, 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> rb.readManyAsync(0, -1, 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minCount").hasMessageContaining("-1");
        assertThatThrownBy(() -> rb.readManyAsync(0, 2, 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxCount (1)").hasMessageContaining("minCount (2)");
        assertThatThrownBy(() -> rb.readManyAsync(0, 0, 1001, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000").hasMessageContaining("1001");
    }

    private static Object read(com.hazelcast.ringbuffer.Ringbuffer<Object> rb, long seq) {
        try {
            return rb.readOne(seq);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
