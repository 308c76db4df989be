package io.hzclient.map;

import com.hazelcast.map.IMap;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.test.MemberState;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TimeWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static io.hzclient.map.MapTesting.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HzMap against two real members. Behaviour that both APIs offer runs once through the blocking methods and once
 * through their async twins ({@link Api}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapIT {
    private TestCluster cluster;
    private HzClient client;

    enum Api { SYNC, ASYNC }

    @BeforeAll
    void startCluster() {
        cluster = TestCluster.start(2);
        client = HzClient.newClient(config());
    }

    ClientConfig config() {
        return ClientConfig.builder().clusterName(cluster.clusterName()).addresses(cluster.addresses()).build();
    }

    @AfterAll
    void stopCluster() {
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private HzMap<String, String> newMap() {
        return client.getMap("map-" + UUID.randomUUID());
    }

    /** The blocking call, or the async twin waited for and unwrapped: one test body, both APIs. */
    private static <T> T call(Api api, Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
        if (api == Api.SYNC) {
            return sync.get();
        }
        try {
            return async.get().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Api api, Runnable sync, Supplier<CompletableFuture<Void>> async) {
        call(api, () -> {
            sync.run();
            return null;
        }, async);
    }

    // ---- basic operations

    @ParameterizedTest
    @EnumSource(Api.class)
    void putGetAndRemoveAnEntry(Api api) {
        HzMap<String, String> map = newMap();

        assertThat(call(api, () -> map.put("k", "v1"), () -> map.putAsync("k", "v1"))).isNull();
        assertThat(call(api, () -> map.put("k", "v2"), () -> map.putAsync("k", "v2"))).isEqualTo("v1");
        assertThat(call(api, () -> map.get("k"), () -> map.getAsync("k"))).isEqualTo("v2");
        assertThat(call(api, () -> map.containsKey("k"), () -> map.containsKeyAsync("k"))).isTrue();
        assertThat(call(api, () -> map.containsValue("v2"), () -> map.containsValueAsync("v2"))).isTrue();
        assertThat(call(api, () -> map.containsValue("v1"), () -> map.containsValueAsync("v1"))).isFalse();
        assertThat(call(api, map::size, map::sizeAsync)).isEqualTo(1);
        assertThat(call(api, map::isEmpty, map::isEmptyAsync)).isFalse();
        assertThat(call(api, () -> map.remove("k"), () -> map.removeAsync("k"))).isEqualTo("v2");
        assertThat(call(api, () -> map.get("k"), () -> map.getAsync("k"))).isNull();
        assertThat(call(api, () -> map.remove("k"), () -> map.removeAsync("k"))).isNull();
        assertThat(call(api, () -> map.containsKey("k"), () -> map.containsKeyAsync("k"))).isFalse();
        assertThat(call(api, map::isEmpty, map::isEmptyAsync)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void setAndDeleteDoNotReturnTheOldValue(Api api) {
        HzMap<String, String> map = newMap();

        run(api, () -> map.set("k", "v"), () -> map.setAsync("k", "v"));
        run(api, () -> map.set("k", "w"), () -> map.setAsync("k", "w"));
        assertThat(map.get("k")).isEqualTo("w");
        run(api, () -> map.delete("k"), () -> map.deleteAsync("k"));
        assertThat(map.containsKey("k")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void putIfAbsentKeepsTheFirstValue(Api api) {
        HzMap<String, String> map = newMap();

        assertThat(call(api, () -> map.putIfAbsent("k", "1"), () -> map.putIfAbsentAsync("k", "1"))).isNull();
        assertThat(call(api, () -> map.putIfAbsent("k", "2"), () -> map.putIfAbsentAsync("k", "2"))).isEqualTo("1");
        assertThat(map.get("k")).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void replaceAndConditionalRemoveCompareTheCurrentValue(Api api) {
        HzMap<String, String> map = newMap();

        assertThat(call(api, () -> map.replace("k", "x"), () -> map.replaceAsync("k", "x"))).isNull();
        assertThat(map.containsKey("k")).as("replace does not add").isFalse();
        map.put("k", "1");
        assertThat(call(api, () -> map.replace("k", "2"), () -> map.replaceAsync("k", "2"))).isEqualTo("1");
        assertThat(call(api, () -> map.replace("k", "1", "3"), () -> map.replaceAsync("k", "1", "3"))).isFalse();
        assertThat(call(api, () -> map.replace("k", "2", "3"), () -> map.replaceAsync("k", "2", "3"))).isTrue();
        assertThat(call(api, () -> map.remove("k", "2"), () -> map.removeAsync("k", "2"))).isFalse();
        assertThat(map.get("k")).isEqualTo("3");
        assertThat(call(api, () -> map.remove("k", "3"), () -> map.removeAsync("k", "3"))).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void putAllAndGetAllSpanEveryPartition(Api api) {
        HzMap<String, String> map = newMap();
        Map<String, String> entries = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            entries.put("key-" + i, "value-" + i);
        }

        run(api, () -> map.putAll(entries), () -> map.putAllAsync(entries));

        assertThat(map.size()).isEqualTo(1000);
        assertThat(cluster.member(0).getMap(map.getName()).get("key-777")).isEqualTo("value-777");
        Set<String> keys = Set.of("key-1", "key-500", "key-999", "missing");
        assertThat(call(api, () -> map.getAll(keys), () -> map.getAllAsync(keys))).containsOnly(
                Map.entry("key-1", "value-1"), Map.entry("key-500", "value-500"), Map.entry("key-999", "value-999"));
        assertThat(call(api, () -> map.getAll(entries.keySet()), () -> map.getAllAsync(entries.keySet())))
                .isEqualTo(entries);
        run(api, () -> map.putAll(Map.of()), () -> map.putAllAsync(Map.of()));
        assertThat(call(api, () -> map.getAll(Set.of()), () -> map.getAllAsync(Set.of()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void keySetValuesAndEntrySetAreImmutableSnapshots(Api api) {
        HzMap<String, String> map = newMap();
        map.putAll(Map.of("a", "1", "b", "2", "c", "3"));

        Set<String> keys = call(api, map::keySet, map::keySetAsync);
        var values = call(api, map::values, map::valuesAsync);
        Set<Map.Entry<String, String>> entries = call(api, map::entrySet, map::entrySetAsync);
        map.put("d", "4");

        assertThat(keys).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(values).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(entries).containsExactlyInAnyOrder(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
        assertThatThrownBy(() -> keys.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> entries.iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void clearEmptiesTheMap(Api api) {
        HzMap<String, String> map = newMap();
        map.putAll(Map.of("a", "1", "b", "2"));

        run(api, map::clear, map::clearAsync);

        assertThat(map.size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void evictRemovesFromMemory(Api api) {
        HzMap<String, String> map = newMap();
        map.putAll(Map.of("a", "1", "b", "2", "c", "3"));

        assertThat(call(api, () -> map.evict("a"), () -> map.evictAsync("a"))).isTrue();
        assertThat(call(api, () -> map.evict("a"), () -> map.evictAsync("a"))).isFalse();
        assertThat(map.keySet()).containsExactlyInAnyOrder("b", "c");
        run(api, map::evictAll, map::evictAllAsync);
        assertThat(map.isEmpty()).isTrue();
        run(api, map::flush, map::flushAsync);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void entryViewShowsValueAndTheMembersMetadata(Api api) {
        HzMap<String, String> map = newMap();
        map.put("k", "v", Duration.ofMinutes(5), Duration.ofMinutes(3));
        map.get("k");
        map.put("k", "w", Duration.ofMinutes(5), Duration.ofMinutes(3));

        EntryView<String, String> view = call(api, () -> map.getEntryView("k"), () -> map.getEntryViewAsync("k"));
        com.hazelcast.core.EntryView<String, String> theirs = cluster.member(0).<String, String>getMap(map.getName())
                .getEntryView("k");

        assertThat(view.key()).isEqualTo("k");
        assertThat(view.value()).isEqualTo("w");
        assertThat(view.ttl()).isEqualTo(Duration.ofMinutes(5).toMillis()).isEqualTo(theirs.getTtl());
        assertThat(view.maxIdle()).isEqualTo(Duration.ofMinutes(3).toMillis()).isEqualTo(theirs.getMaxIdle());
        assertThat(view.version()).isEqualTo(1).isEqualTo(theirs.getVersion());
        assertThat(view.creationTime()).isEqualTo(theirs.getCreationTime());
        assertThat(view.expirationTime()).isEqualTo(theirs.getExpirationTime()).isPositive();
        assertThat(view.lastUpdateTime()).isEqualTo(theirs.getLastUpdateTime());
        assertThat(view.lastStoredTime()).isEqualTo(theirs.getLastStoredTime());
        assertThat(view.cost()).isEqualTo(theirs.getCost());
        assertThat(view.hits()).isEqualTo(theirs.getHits());
        assertThat(call(api, () -> map.getEntryView("none"), () -> map.getEntryViewAsync("none"))).isNull();
    }

    @Test
    void theConcurrentMapDefaultMethodsWorkOverTheWire() {
        HzMap<String, String> map = newMap();

        assertThat(map.computeIfAbsent("k", k -> k + "-1")).isEqualTo("k-1");
        assertThat(map.computeIfAbsent("k", k -> "unused")).isEqualTo("k-1");
        assertThat(map.merge("k", "+2", String::concat)).isEqualTo("k-1+2");
        assertThat(map.compute("k", (k, v) -> v + "+3")).isEqualTo("k-1+2+3");
        assertThat(map.computeIfPresent("k", (k, v) -> null)).isNull();
        assertThat(map.getOrDefault("k", "none")).isEqualTo("none");
        map.putAll(Map.of("a", "1", "b", "2"));
        map.replaceAll((k, v) -> v + v);
        Map<String, String> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).isEqualTo(Map.of("a", "11", "b", "22"));
    }

    @Test
    void manyAsyncCallsInFlightAtOnceAllComplete() {
        HzMap<String, String> map = newMap();
        List<CompletableFuture<String>> puts = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            puts.add(map.putAsync("k" + i, "v" + i));
        }
        CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        assertThat(puts).allMatch(f -> f.join() == null);

        List<CompletableFuture<String>> gets = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            gets.add(map.getAsync("k" + i));
        }
        for (int i = 0; i < 2000; i++) {
            assertThat(gets.get(i).join()).isEqualTo("v" + i);
        }
        assertThat(map.size()).isEqualTo(2000);
    }

    @Test
    void destroyRemovesTheMapAndItsData() {
        HzMap<String, String> map = newMap();
        map.put("k", "v");

        map.destroy();

        assertThat(cluster.member(0).getDistributedObjects()).noneMatch(o -> o.getName().equals(map.getName()));
        assertThat(cluster.member(0).getMap(map.getName()).size()).as("a new, empty map of that name").isZero();
    }

    @Test
    void aFailedCallThrowsTheClientsExceptionNotAWrapper() {
        HzMap<String, String> map = newMap();

        assertThatThrownBy(() -> map.unlock("never-locked")).isInstanceOf(IllegalMonitorStateException.class);
        CompletableFuture<Void> async = map.unlockAsync("never-locked");
        assertThatThrownBy(() -> async.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    void nullsAreRefusedBeforeSending() {
        HzMap<String, String> map = newMap();

        assertThatThrownBy(() -> map.put(null, "v")).isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> map.putAsync("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
        assertThat(map.isEmpty()).isTrue();
    }

    // ---- expiry
    //
    // Members keep expiry times in whole seconds: an entry with a 3 s TTL or max-idle lives between 2 and 3 s. So an
    // entry is asserted present only inside SURELY_ALIVE (from before the write or the last read that kept it); a
    // slower attempt tells nothing and runs again on a new map. That it goes is waited for with an eventually bound.

    private static final Duration EXPIRY = Duration.ofSeconds(3);
    private static final Duration SURELY_ALIVE = Duration.ofMillis(1800);

    @ParameterizedTest
    @EnumSource(Api.class)
    void anEntryWithATtlExpires(Api api) {
        HzMap<String, String> map = TimeWindow.attempt(SURELY_ALIVE, 5, window -> {
            HzMap<String, String> m = newMap();
            call(api, () -> m.put("k", "v", EXPIRY), () -> m.putAsync("k", "v", EXPIRY));
            run(api, () -> m.set("s", "v", EXPIRY), () -> m.setAsync("s", "v", EXPIRY));
            call(api, () -> m.putIfAbsent("p", "v", EXPIRY), () -> m.putIfAbsentAsync("p", "v", EXPIRY));
            run(api, () -> m.putTransient("t", "v", EXPIRY), () -> m.putTransientAsync("t", "v", EXPIRY));
            m.put("forever", "v", Duration.ZERO);
            window.check(() -> {
                assertThat(m.keySet()).containsExactlyInAnyOrder("k", "s", "p", "t", "forever");
                for (String key : List.of("k", "s", "p", "t")) {
                    assertThat(m.getEntryView(key).ttl()).as(key).isEqualTo(EXPIRY.toMillis());
                }
            });
            return m;
        });
        eventually(Duration.ofSeconds(30), () -> assertThat(map.keySet()).containsExactly("forever"));
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void anEntryWithMaxIdleExpiresOnlyWhenNotRead(Api api) {
        HzMap<String, String> map = TimeWindow.attempt(SURELY_ALIVE, 5, window -> {
            HzMap<String, String> m = newMap();
            call(api, () -> m.put("k", "v", null, EXPIRY), () -> m.putAsync("k", "v", null, EXPIRY));
            run(api, () -> m.set("s", "v", null, EXPIRY), () -> m.setAsync("s", "v", null, EXPIRY));
            call(api, () -> m.putIfAbsent("p", "v", null, EXPIRY), () -> m.putIfAbsentAsync("p", "v", null, EXPIRY));
            run(api, () -> m.putTransient("t", "v", null, EXPIRY), () -> m.putTransientAsync("t", "v", null, EXPIRY));
            window.check(() -> {
                // keySet does not count as an access: it watches the entries idle away without keeping them alive
                assertThat(m.keySet()).containsExactlyInAnyOrder("k", "s", "p", "t");
                assertThat(m.getEntryView("k").maxIdle()).isEqualTo(EXPIRY.toMillis());
                assertThat(m.getEntryView("t").maxIdle()).isEqualTo(EXPIRY.toMillis());
            });
            long othersLastTouched = System.nanoTime();
            // read k until the others have certainly idled away (a margin for the member's millisecond clock)
            TimeWindow sinceLastRead = window;
            do {
                TimeWindow beforeThisRead = TimeWindow.open(SURELY_ALIVE);
                sinceLastRead.check(() -> assertThat(m.get("k")).as("read within max idle: still there").isEqualTo("v"));
                sinceLastRead = beforeThisRead;
                sleep(300);
            } while (System.nanoTime() - othersLastTouched < EXPIRY.plusMillis(200).toNanos());
            sinceLastRead.check(() -> assertThat(m.keySet()).as("only the entry that was read is left")
                    .containsExactly("k"));
            return m;
        });
        eventually(Duration.ofSeconds(30), () -> assertThat(map.keySet()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void setTtlGivesAnExistingEntryANewLifetime(Api api) {
        HzMap<String, String> map = TimeWindow.attempt(SURELY_ALIVE, 5, window -> {
            HzMap<String, String> m = newMap();
            m.put("k", "v");
            assertThat(call(api, () -> m.setTtl("k", EXPIRY), () -> m.setTtlAsync("k", EXPIRY))).isTrue();
            assertThat(call(api, () -> m.setTtl("none", EXPIRY), () -> m.setTtlAsync("none", EXPIRY))).isFalse();
            window.check(() -> {
                assertThat(m.get("k")).isEqualTo("v");
                assertThat(m.getEntryView("k").ttl()).isEqualTo(EXPIRY.toMillis());
            });
            return m;
        });
        eventually(Duration.ofSeconds(30), () -> assertThat(map.containsKey("k")).isFalse());
        assertThat(map.containsKey("none")).isFalse();
    }

    // ---- locks

    @ParameterizedTest
    @EnumSource(Api.class)
    void aLockHeldByAnotherThreadBlocksTryLockAndWrites(Api api) throws Exception {
        HzMap<String, String> map = newMap();
        map.put("k", "v");
        Thread holder = lockInAnotherThread(map, "k");

        assertThat(call(api, () -> map.isLocked("k"), () -> map.isLockedAsync("k"))).isTrue();
        assertThat(call(api, () -> map.tryLock("k", Duration.ofMillis(200)),
                () -> map.tryLockAsync("k", Duration.ofMillis(200)))).isFalse();
        assertThat(call(api, () -> map.tryPut("k", "w", Duration.ofMillis(200)),
                () -> map.tryPutAsync("k", "w", Duration.ofMillis(200)))).isFalse();
        assertThat(call(api, () -> map.tryRemove("k", Duration.ofMillis(200)),
                () -> map.tryRemoveAsync("k", Duration.ofMillis(200)))).isFalse();
        assertThat(map.get("k")).isEqualTo("v");

        run(api, () -> map.forceUnlock("k"), () -> map.forceUnlockAsync("k"));
        holder.join();

        assertThat(map.isLocked("k")).isFalse();
        assertThat(call(api, () -> map.tryPut("k", "w", Duration.ofMillis(200)),
                () -> map.tryPutAsync("k", "w", Duration.ofMillis(200)))).isTrue();
        assertThat(call(api, () -> map.tryRemove("k", Duration.ofMillis(200)),
                () -> map.tryRemoveAsync("k", Duration.ofMillis(200)))).isTrue();
        assertThat(map.containsKey("k")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void lockIsReentrantAndOwnedByTheThread(Api api) throws Exception {
        HzMap<String, String> map = newMap();

        run(api, () -> map.lock("k"), () -> map.lockAsync("k"));
        run(api, () -> map.lock("k"), () -> map.lockAsync("k"));
        assertThat(map.tryLock("k")).as("reentrant").isTrue();
        AtomicBoolean otherGotIt = new AtomicBoolean(true);
        Thread other = new Thread(() -> otherGotIt.set(map.tryLock("k")));
        other.start();
        other.join();
        assertThat(otherGotIt).as("another thread cannot take it").isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(map.isLocked("k")).isTrue();
            run(api, () -> map.unlock("k"), () -> map.unlockAsync("k"));
        }
        assertThat(map.isLocked("k")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void aLeaseReleasesTheLock(Api api) {
        // a lease is kept to the millisecond: locked for sure within SURELY_ALIVE of a 2 s lease
        Duration lease = Duration.ofSeconds(2);
        HzMap<String, String> map = TimeWindow.attempt(SURELY_ALIVE, 5, window -> {
            HzMap<String, String> m = newMap();
            run(api, () -> m.lock("k", lease), () -> m.lockAsync("k", lease));
            window.check(() -> assertThat(m.isLocked("k")).isTrue());
            return m;
        });
        eventually(Duration.ofSeconds(30), () -> assertThat(map.isLocked("k")).isFalse());

        TimeWindow.attempt(SURELY_ALIVE, 5, window -> {
            String key = "k-" + UUID.randomUUID();
            assertThat(call(api, () -> map.tryLock(key, Duration.ZERO, lease),
                    () -> map.tryLockAsync(key, Duration.ZERO, lease))).isTrue();
            window.check(() -> assertThat(map.isLocked(key)).isTrue());
            eventually(Duration.ofSeconds(30), () -> assertThat(map.isLocked(key)).isFalse());
            return null;
        });
    }

    @Test
    void tryLockWaitsForTheHolderToUnlock() throws Exception {
        HzMap<String, String> map = newMap();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            map.lock("k");
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            map.unlock("k");
        });
        holder.start();
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> attempt = map.tryLockAsync("k", Duration.ofSeconds(30));
        try {
            // an explicit state instead of a pause: the attempt waits on the member, where the holder's lock is
            eventually(Duration.ofSeconds(30), () -> assertThat(MemberState.parkedOperations(
                    List.of(cluster.member(0), cluster.member(1)), map.getName())).isEqualTo(1));
            assertThat(attempt).isNotDone();
        } finally {
            release.countDown();
        }
        assertThat(attempt.get(30, TimeUnit.SECONDS)).isTrue();
        map.unlock("k");
        holder.join();
    }

    @Test
    void aLockHeldThroughTheMemberBlocksTheClient() {
        HzMap<String, String> map = newMap();
        IMap<String, String> memberMap = cluster.member(1).getMap(map.getName());
        memberMap.lock("k");
        try {
            assertThat(map.isLocked("k")).isTrue();
            assertThat(map.tryLock("k", Duration.ofMillis(100))).isFalse();
        } finally {
            memberMap.unlock("k");
        }
        assertThat(map.tryLock("k")).isTrue();
        assertThat(memberMap.isLocked("k")).isTrue();
        map.unlock("k");
    }

    private static Thread lockInAnotherThread(HzMap<String, String> map, String key) throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            map.lock(key);
            locked.countDown();
        });
        holder.start();
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    // ---- the member reads what we wrote and we read what it wrote

    @Test
    void stringIntegerAndLongKeysAndValuesMeanTheSameOnBothSides() {
        List<Object[]> pairs = List.of(
                new Object[]{"key1", "value"}, new Object[]{"ünïcødé ✓", "𝄞 clef"},
                new Object[]{54, 7}, new Object[]{-1, Integer.MIN_VALUE},
                new Object[]{1L, Long.MAX_VALUE}, new Object[]{-5L, 0L},
                new Object[]{"mixed", 42L}, new Object[]{3, "three"});
        for (Object[] pair : pairs) {
            String name = "interop-" + UUID.randomUUID();
            HzMap<Object, Object> ours = client.getMap(name);
            IMap<Object, Object> theirs = cluster.member(0).getMap(name);

            ours.put(pair[0], pair[1]);
            assertThat(theirs.get(pair[0])).as("member reads our %s", pair[0]).isEqualTo(pair[1]);
            assertThat(theirs.size()).isEqualTo(1);

            theirs.put(pair[1], pair[0]);
            assertThat(ours.get(pair[1])).as("we read the member's %s", pair[1]).isEqualTo(pair[0]);
            assertThat(ours.containsKey(pair[1])).isTrue();
            assertThat(ours.getAll(Set.of(pair[0], pair[1]))).hasSize(2);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
