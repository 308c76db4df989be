package io.hzclient.map;

import io.hzclient.HzClient;
import io.hzclient.OperationTimeoutException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Promises of the HzMap Javadoc that MapIT does not show: results, locks and waits, near cache hits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapSemanticsIT {
    /** Short, so that a wait on the member outlasts it within a few seconds. */
    private static final Duration INVOCATION_TIMEOUT = Duration.ofSeconds(2);
    private TestCluster cluster;
    private HzClient client;

    @BeforeAll
    void start() {
        cluster = TestCluster.start(1);
        // heartbeats far apart: no ping is counted between two reads of the statistics
        client = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).invocationTimeout(INVOCATION_TIMEOUT)
                .heartbeatInterval(Duration.ofMinutes(5)).heartbeatTimeout(Duration.ofMinutes(10))
                .addNearCacheConfig(NearCacheConfig.builder("near-*").build()).build());
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

    private HzMap<String, String> newMap() {
        return client.getMap(TestCluster.uniqueName("map"));
    }

    @Test
    void getAllAnswersAnImmutableMapAndEmptyBatchesSendNothing() {
        HzMap<String, String> map = newMap();
        map.putAll(Map.of("a", "1", "b", "2"));

        Map<String, String> found = map.getAll(Set.of("a", "b", "none"));

        assertThat(found).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThatThrownBy(() -> found.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        long before = client.getStatistics().invocationsStarted();
        map.putAll(Map.of());
        assertThat(map.getAll(Set.of())).isEmpty();
        assertThat(client.getStatistics().invocationsStarted()).as("calls sent").isEqualTo(before);
    }

    @Test
    void tryRemoveOfAKeyWithoutEntryIsFalse() {
        HzMap<String, String> map = newMap();
        assertThat(map.tryRemove("none", Duration.ZERO)).isFalse();
        map.put("k", "v");
        assertThat(map.tryRemove("k", Duration.ZERO)).isTrue();
    }

    @Test
    void evictAllLeavesTheLockedEntries() throws Exception {
        HzMap<String, String> map = newMap();
        map.putAll(Map.of("locked", "1", "free", "2", "other", "3"));
        Thread holder = lockIn(map, "locked", null);

        map.evictAll();

        assertThat(map.keySet()).containsExactly("locked");
        map.forceUnlock("locked");
        holder.join();
        assertThat(map.evict("locked")).isTrue();
        assertThat(map.evict("locked")).as("gone already").isFalse();
    }

    @Test
    void aWriteOfAKeyLockedByAnotherThreadTimesOutAndMayStillTakeEffectOnceUnlocked() throws Exception {
        HzMap<String, String> map = newMap();
        map.put("k", "v");
        map.put("e", "v");
        Thread holder = lockIn(map, "k", () -> map.lock("e"));

        assertThatThrownBy(() -> map.put("k", "w")).isInstanceOf(OperationTimeoutException.class);
        assertThatThrownBy(() -> map.evict("e")).isInstanceOf(OperationTimeoutException.class);
        assertThat(map.get("k")).as("not yet: the key is still locked").isEqualTo("v");

        map.forceUnlock("k");
        map.forceUnlock("e");
        holder.join();
        // the member kept both writes waiting for the lock, and ran them once it was free
        assertEventually(Duration.ofSeconds(30), () -> assertThat(map.get("k")).isEqualTo("w"));
        assertEventually(Duration.ofSeconds(30), () -> assertThat(map.containsKey("e")).isFalse());
    }

    @Test
    void forceUnlockReleasesEveryHoldOfAnotherThread() throws Exception {
        HzMap<String, String> map = newMap();
        Thread holder = lockIn(map, "k", () -> map.lock("k")); // two holds

        assertThat(map.isLocked("k")).isTrue();
        map.forceUnlock("k");

        assertThat(map.isLocked("k")).isFalse();
        assertThat(map.tryLock("k")).isTrue();
        map.unlock("k");
        holder.join();
    }

    @Test
    void tryPutWaitsOnTheMemberLongerThanTheInvocationTimeout() throws Exception {
        HzMap<String, String> map = newMap();
        map.put("k", "v");
        Thread holder = lockIn(map, "k", null);
        Duration wait = INVOCATION_TIMEOUT.multipliedBy(2);

        long start = System.nanoTime();
        boolean stored = map.tryPut("k", "w", wait);

        assertThat(stored).as("the key stayed locked").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(wait.minusMillis(100));
        assertThat(map.tryRemove("k", wait)).isFalse();
        map.forceUnlock("k");
        holder.join();
        assertThat(map.get("k")).isEqualTo("v");
    }

    @Test
    void lockWaitsForTheHolderLongerThanTheInvocationTimeout() throws Exception {
        HzMap<String, String> map = newMap();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch waiterStarted = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            map.lock("k");
            locked.countDown();
            try {
                waiterStarted.await(30, TimeUnit.SECONDS);
                // hold the lock past the waiter's invocation timeout; the waiter must still get it afterwards
                Thread.sleep(INVOCATION_TIMEOUT.multipliedBy(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            map.unlock("k");
        });
        holder.start();
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Duration> waited = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            long start = System.nanoTime();
            waiterStarted.countDown();
            try {
                map.lock("k");
                waited.set(Duration.ofNanos(System.nanoTime() - start));
                map.unlock("k");
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        waiter.start();
        waiter.join(TimeUnit.SECONDS.toMillis(60));
        holder.join();

        assertThat(failure.get()).as("no OperationTimeoutException").isNull();
        assertThat(waited.get()).isGreaterThan(INVOCATION_TIMEOUT);
    }

    @Test
    void aNearCacheHitIsAFutureAlreadyCompleted() {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("near"));
        map.put("k", "v");
        assertThat(map.get("k")).isEqualTo("v"); // cached now

        CompletableFuture<String> get = map.getAsync("k");
        CompletableFuture<Boolean> contains = map.containsKeyAsync("k");

        assertThat(get).isCompletedWithValue("v");
        assertThat(contains).isCompletedWithValue(true);
        assertThat(map.nearCacheStats()).isPresent();
        assertThat(newMap().nearCacheStats()).as("no near cache for that name").isEmpty();
    }

    @Test
    void negativeDurationsAreRefusedBeforeAnythingIsSent() {
        HzMap<String, String> map = newMap();
        Duration negative = Duration.ofMillis(-1);
        long before = client.getStatistics().invocationsStarted();

        for (Runnable call : java.util.List.<Runnable>of(() -> map.put("k", "v", negative),
                () -> map.set("k", "v", Duration.ZERO, negative), () -> map.putAsync("k", "v", negative),
                () -> map.setTtl("k", negative), () -> map.tryPut("k", "v", negative),
                () -> map.tryLock("k", negative), () -> map.lock("k", negative),
                () -> map.tryLockAsync("k", Duration.ZERO, negative))) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        }
        assertThat(client.getStatistics().invocationsStarted()).as("calls sent").isEqualTo(before);
    }

    /** Locks {@code key} in a new thread (then runs {@code more} there) and returns once it holds the lock. */
    private static Thread lockIn(HzMap<String, String> map, String key, Runnable more) throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            map.lock(key);
            if (more != null) {
                more.run();
            }
            locked.countDown();
        });
        holder.start();
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        return holder;
    }
}
