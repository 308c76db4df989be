package io.hzclient.cp;

import io.hzclient.HzClient;
import io.hzclient.HzClientException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SerializationConfig;
import io.hzclient.test.SeparateJvmCluster;
import io.hzclient.test.SeparateJvmMember;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CP atomic longs, references and count-down latches on three 5.4.0 members, each in its own JVM, with the CP Subsystem on (cp-member-count 3), used
 * by two clients at once. Run alone: {@code mvn -B -pl hz-client-core -am verify -Dtest=none -Dit.test=CPObjectsIT
 * -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false}; the member JVMs end with the test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CPObjectsIT {
    private SeparateJvmCluster cluster;
    private HzClient one;
    private HzClient two;

    @BeforeAll
    void start() {
        cluster = SeparateJvmCluster.start(3, b -> b.hazelcastJar(SeparateJvmMember.memberJar("5.4.0")).cpMembers(3));
        one = client();
        two = client();
    }

    private HzClient client() {
        return HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).serialization(SerializationConfig.builder()
                        .allowJavaSerialization(Doubler.class, Describe.class, Upper.class).build()).build());
    }

    @AfterAll
    void stop() {
        if (one != null) {
            one.shutdown();
        }
        if (two != null) {
            two.shutdown();
        }
        cluster.close();
    }

    private static String name(String prefix) {
        return TestCluster.uniqueName(prefix);
    }

    @Test
    void everyMethodActsOnTheOneValueBothClientsSee() throws Exception {
        String name = name("counter");
        HzAtomicLong a = one.getCPSubsystem().getAtomicLong(name);
        HzAtomicLong b = two.getCPSubsystem().getAtomicLong(name);

        assertThat(a.get()).isZero();
        a.set(10);
        assertThat(b.get()).isEqualTo(10);
        assertThat(b.getAndSet(20)).isEqualTo(10);
        assertThat(a.compareAndSet(10, 30)).isFalse();
        assertThat(a.compareAndSet(20, 30)).isTrue();
        assertThat(b.addAndGet(5)).isEqualTo(35);
        assertThat(a.getAndAdd(-5)).isEqualTo(35);
        assertThat(b.incrementAndGet()).isEqualTo(31);
        assertThat(a.decrementAndGet()).isEqualTo(30);
        assertThat(b.getAndIncrement()).isEqualTo(30);
        assertThat(a.getAndDecrement()).isEqualTo(31);
        assertThat(b.get()).isEqualTo(30);

        assertThat(a.setAsync(100).get(60, TimeUnit.SECONDS)).isNull();
        assertThat(b.getAsync().get(60, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(a.getAndSetAsync(1).get(60, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(b.compareAndSetAsync(1, 2).get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.addAndGetAsync(3).get(60, TimeUnit.SECONDS)).isEqualTo(5);
        assertThat(b.getAndAddAsync(3).get(60, TimeUnit.SECONDS)).isEqualTo(5);
        assertThat(a.incrementAndGetAsync().get(60, TimeUnit.SECONDS)).isEqualTo(9);
        assertThat(b.decrementAndGetAsync().get(60, TimeUnit.SECONDS)).isEqualTo(8);
        assertThat(a.getAndIncrementAsync().get(60, TimeUnit.SECONDS)).isEqualTo(8);
        assertThat(b.getAndDecrementAsync().get(60, TimeUnit.SECONDS)).isEqualTo(9);
        assertThat(a.get()).isEqualTo(8);
    }

    @Test
    void concurrentIncrementsFromTwoClientsAreExact() throws Exception {
        String name = name("hits");
        int threads = 8;
        int each = 10_000; // 160 000 increments in all, as issue 20 asks
        ExecutorService pool = Executors.newFixedThreadPool(2 * threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (HzClient client : List.of(one, two)) {
                HzAtomicLong counter = client.getCPSubsystem().getAtomicLong(name);
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            counter.incrementAndGet();
                        }
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(one.getCPSubsystem().getAtomicLong(name).get()).isEqualTo(2L * threads * each);
    }

    @Test
    void namesWithAGroupLiveInThatGroup() {
        String name = name("stock");
        CPSubsystem cp = one.getCPSubsystem();
        HzAtomicLong inDefault = cp.getAtomicLong(name);
        HzAtomicLong inOrders = cp.getAtomicLong(name + "@orders");

        inDefault.set(1);
        inOrders.set(2);

        assertThat(inDefault.getGroupId().name()).isEqualTo("default");
        assertThat(inOrders.getGroupId().name()).isEqualTo("orders");
        assertThat(inOrders.getName()).isEqualTo(name + "@orders");
        assertThat(cp.getAtomicLong(" " + name + " @ DEFAULT ")).isSameAs(inDefault);
        assertThat(two.getCPSubsystem().getAtomicLong(name + "@orders").get()).isEqualTo(2);
        assertThat(two.getCPSubsystem().getAtomicLong(name).get()).isEqualTo(1);
    }

    @Test
    void aDestroyedLongIsGoneForEveryClient() {
        String name = name("doomed");
        HzAtomicLong doomed = one.getCPSubsystem().getAtomicLong(name);
        doomed.set(7);
        HzAtomicLong seenByTwo = two.getCPSubsystem().getAtomicLong(name);

        doomed.destroy();

        assertThatThrownBy(seenByTwo::get).isInstanceOf(HzClientException.class).hasMessageContaining(name);
        assertThat(one.getCPSubsystem().getAtomicLong(name)).as("a new proxy").isNotSameAs(doomed);
    }

    /** A value of a reference, written as zero-config Compact. */
    record Leader(String node, int term) {
    }

    @Test
    void everyReferenceMethodActsOnTheOneValueBothClientsSee() throws Exception {
        String name = name("leader");
        HzAtomicReference<Leader> a = one.getCPSubsystem().getAtomicReference(name);
        HzAtomicReference<Leader> b = two.getCPSubsystem().getAtomicReference(name);

        assertThat(a.get()).isNull();
        assertThat(a.isNull()).isTrue();
        a.set(new Leader("n1", 1));
        assertThat(b.get()).isEqualTo(new Leader("n1", 1));
        assertThat(b.isNull()).isFalse();
        assertThat(b.contains(new Leader("n1", 1))).isTrue();
        assertThat(b.contains(new Leader("n1", 2))).isFalse();
        assertThat(a.compareAndSet(new Leader("n2", 1), new Leader("n3", 2))).isFalse();
        assertThat(a.compareAndSet(new Leader("n1", 1), new Leader("n2", 2))).isTrue();
        assertThat(b.getAndSet(new Leader("n3", 3))).isEqualTo(new Leader("n2", 2));
        b.clear();
        assertThat(a.get()).isNull();
        assertThat(a.compareAndSet(null, new Leader("n4", 4))).isTrue();

        assertThat(b.getAsync().get(60, TimeUnit.SECONDS)).isEqualTo(new Leader("n4", 4));
        assertThat(a.setAsync(new Leader("n5", 5)).get(60, TimeUnit.SECONDS)).isNull();
        assertThat(b.getAndSetAsync(new Leader("n6", 6)).get(60, TimeUnit.SECONDS)).isEqualTo(new Leader("n5", 5));
        assertThat(a.compareAndSetAsync(new Leader("n6", 6), null).get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(b.isNullAsync().get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.setAsync(new Leader("n7", 7)).get(60, TimeUnit.SECONDS)).isNull();
        assertThat(b.containsAsync(new Leader("n7", 7)).get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.clearAsync().get(60, TimeUnit.SECONDS)).isNull();
        assertThat(b.get()).isNull();
    }

    @Test
    void aDestroyedReferenceIsGoneForEveryClient() {
        String name = name("doomed-ref");
        HzAtomicReference<String> doomed = one.getCPSubsystem().getAtomicReference(name);
        doomed.set("x");
        HzAtomicReference<String> seenByTwo = two.getCPSubsystem().getAtomicReference(name);

        doomed.destroy();

        assertThatThrownBy(seenByTwo::get).isInstanceOf(HzClientException.class).hasMessageContaining(name);
        assertThat(one.getCPSubsystem().<String>getAtomicReference(name)).isNotSameAs(doomed);
    }

    @Test
    void aLatchReleasesWaitersOfEveryClientAtZeroAndThenStartsANewRound() throws Exception {
        String name = name("gate");
        HzCountDownLatch a = one.getCPSubsystem().getCountDownLatch(name);
        HzCountDownLatch b = two.getCPSubsystem().getCountDownLatch(name);

        assertThat(a.trySetCount(2)).isTrue();
        assertThat(b.trySetCount(5)).as("still counting down").isFalse();
        assertThat(b.getCount()).isEqualTo(2);
        assertThat(b.await(50, TimeUnit.MILLISECONDS)).isFalse();
        java.util.concurrent.CompletableFuture<Boolean> waiter = b.awaitAsync(2, TimeUnit.MINUTES);

        a.countDown();
        assertThat(b.getCountAsync().get(60, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(waiter).isNotDone();
        assertThat(b.countDownAsync().get(60, TimeUnit.SECONDS)).isNull();

        assertThat(waiter.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(a.getCount()).isZero();
        a.countDown(); // at zero: nothing
        assertThat(a.getCount()).isZero();
        assertThat(b.trySetCountAsync(1).get(60, TimeUnit.SECONDS)).as("a new round").isTrue();
        assertThat(a.getCount()).isEqualTo(1);
        assertThatThrownBy(() -> a.trySetCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    /** Doubles a long. The members run it: Java-serialized, its class on their classpath (this test's classes). */
    public static final class Doubler implements com.hazelcast.core.IFunction<Long, Long>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public Long apply(Long value) {
            return value * 2;
        }
    }

    /** Describes a long, leaving it as it is. */
    public static final class Describe implements com.hazelcast.core.IFunction<Long, String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String apply(Long value) {
            return "value " + value;
        }
    }

    /** Upper-cases a string. */
    public static final class Upper implements com.hazelcast.core.IFunction<String, String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String apply(String value) {
            return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Test
    void functionsRunOnTheMembers() throws Exception {
        HzAtomicLong n = one.getCPSubsystem().getAtomicLong(name("doubled"));
        n.set(3);
        n.alter(new Doubler());
        assertThat(n.get()).isEqualTo(6);
        assertThat(n.alterAndGet(new Doubler())).isEqualTo(12);
        assertThat(n.getAndAlter(new Doubler())).isEqualTo(12);
        assertThat(n.<String>apply(new Describe())).isEqualTo("value 24");
        assertThat(n.get()).as("apply leaves the value").isEqualTo(24);
        assertThat(n.alterAsync(new Doubler()).get(60, TimeUnit.SECONDS)).isNull();
        assertThat(n.alterAndGetAsync(new Doubler()).get(60, TimeUnit.SECONDS)).isEqualTo(96);
        assertThat(n.getAndAlterAsync(new Doubler()).get(60, TimeUnit.SECONDS)).isEqualTo(96);
        assertThat(n.<String>applyAsync(new Describe()).get(60, TimeUnit.SECONDS)).isEqualTo("value 192");

        HzAtomicReference<String> r = two.getCPSubsystem().getAtomicReference(name("shout"));
        r.set("a");
        r.alter(new Upper());
        assertThat(r.get()).isEqualTo("A");
        r.set("b");
        assertThat(r.alterAndGet(new Upper())).isEqualTo("B");
        r.set("c");
        assertThat(r.getAndAlter(new Upper())).isEqualTo("c");
        r.set("d");
        assertThat(r.<String>apply(new Upper())).isEqualTo("D");
        assertThat(r.get()).as("apply leaves the value").isEqualTo("d");
        assertThat(r.alterAsync(new Upper()).get(60, TimeUnit.SECONDS)).isNull();
        assertThat(r.get()).isEqualTo("D");
        r.set("e");
        assertThat(r.alterAndGetAsync(new Upper()).get(60, TimeUnit.SECONDS)).isEqualTo("E");
        r.set("f");
        assertThat(r.getAndAlterAsync(new Upper()).get(60, TimeUnit.SECONDS)).isEqualTo("f");
        assertThat(r.<String>applyAsync(new Upper()).get(60, TimeUnit.SECONDS)).isEqualTo("F");
        assertThatThrownBy(() -> r.alter(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("function");
    }
}
