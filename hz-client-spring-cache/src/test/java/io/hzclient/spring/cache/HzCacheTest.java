package io.hzclient.spring.cache;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.hzclient.OperationTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter's own logic over a stand-in map; the real map is in the *IT tests. */
class HzCacheTest {
    private final FakeMap map = new FakeMap();
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final OutageGuard guard = new OutageGuard(connected::get);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger managerLogger = (Logger) LoggerFactory.getLogger(HzCacheManager.class);

    @BeforeEach
    void captureLog() {
        log.start();
        managerLogger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        managerLogger.detachAppender(log);
    }

    private HzCache cache(HzCacheSettings settings) {
        return new HzCache("books", settings, name -> map.proxy(), CacheKeyConverter.standard(), guard);
    }

    private HzCache cache() {
        return cache(HzCacheSettings.defaults());
    }

    @Test
    void putCarriesTheCachesTtlAndMaxIdleAndGetsCountHitsAndMisses() {
        HzCache cache = cache(HzCacheSettings.builder().timeToLive(Duration.ofMinutes(5))
                .maxIdle(Duration.ofMinutes(1)).build());
        assertThat(cache.get("k")).isNull();
        cache.put("k", "v");
        assertThat(cache.get("k").get()).isEqualTo("v");
        assertThat(cache.get("k", String.class)).isEqualTo("v");
        assertThat(map.putExpiries.get(0)).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(1));
        assertThat(cache.getStatistics().hits()).isEqualTo(2);
        assertThat(cache.getStatistics().misses()).isEqualTo(1);
        assertThat(cache.getStatistics().puts()).isEqualTo(1);
    }

    @Test
    void theNativeCacheIsAPublicTypeThatNamesTheMapAndGivesItWithoutNeedingTheClusterUntilThen() {
        connected.set(false);
        HzCache cache = new HzCache("books", HzCacheSettings.builder().mapName("library").build(),
                name -> map.proxy(), CacheKeyConverter.standard(), guard);

        HzNativeCache nativeCache = cache.getNativeCache();

        assertThat(nativeCache).isSameAs(cache.getNativeCache());
        assertThat(java.lang.reflect.Modifier.isPublic(nativeCache.getClass().getModifiers())).isTrue();
        assertThat(nativeCache.getCacheName()).isEqualTo("books");
        assertThat(nativeCache.getMapName()).isEqualTo("library");
        assertThat(nativeCache).hasToString("HzNativeCache[cache=books, map=library]");
        assertThatThrownBy(nativeCache::getMap).isInstanceOf(io.hzclient.ClientOfflineException.class);
        connected.set(true);
        cache.put("k", "v");
        assertThat(nativeCache.getMap().getAsync("k").join()).isEqualTo("v");
    }

    @Test
    void aCachedNullIsAMarkerThatReadsBackAsAHit() {
        HzCache cache = cache();
        cache.put("k", null);
        assertThat(map.entries.get("k")).isEqualTo(HzCache.NULL_MARKER);
        Cache.ValueWrapper hit = cache.get("k");
        assertThat(hit).isNotNull();
        assertThat(hit.get()).isNull();
    }

    @Test
    void withoutNullValuesANullIsNotStoredAndThePreviousValueGoes() {
        HzCache cache = cache(HzCacheSettings.builder().cacheNullValues(false).build());
        cache.put("k", "old");
        cache.put("k", null);
        assertThat(map.entries).doesNotContainKey("k");
        assertThat(cache.get("k")).isNull();
    }

    @Test
    void keyPrefixIsPartOfTheStoredKeyAndClearRemovesOnlyPrefixedKeys() {
        HzCache cache = cache(HzCacheSettings.builder().keyPrefix("books:").build());
        cache.put("k", "v");
        map.entries.put("other", "x");
        assertThat(map.entries).containsKey("books:k");
        cache.clear();
        assertThat(map.entries).containsOnlyKeys("other");
        assertThat(cache.getStatistics().removals()).isEqualTo(1);
    }

    @Test
    void putIfAbsentAndEvictIfPresentTellWhatWasThere() {
        HzCache cache = cache();
        assertThat(cache.putIfAbsent("k", "v1")).isNull();
        assertThat(cache.putIfAbsent("k", "v2").get()).isEqualTo("v1");
        assertThat(cache.evictIfPresent("k")).isTrue();
        assertThat(cache.evictIfPresent("k")).isFalse();
        assertThat(cache.getStatistics().evictions()).isEqualTo(2);
        assertThat(cache.getStatistics().puts()).isEqualTo(1);
    }

    @Test
    void concurrentCallersOfOneKeyWaitForOneLoaderRun() throws Exception {
        HzCache cache = cache();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<Thread> callers = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    callers.add(Thread.currentThread());
                    return cache.get("k", () -> {
                        runs.incrementAndGet();
                        release.await();
                        return "loaded";
                    });
                }));
            }
            // all eight are inside get and blocked before the loader may finish: one in the loader, seven waiting
            assertEventually(Duration.ofSeconds(10), () -> assertThat(callers).hasSize(8).allSatisfy(t ->
                    assertThat(t.getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING,
                            Thread.State.BLOCKED)));
            release.countDown();
            for (Future<String> r : results) {
                assertThat(r.get(5, TimeUnit.SECONDS)).isEqualTo("loaded");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs).hasValue(1);
        assertThat(map.entries).containsEntry("k", "loaded");
    }

    @Test
    void concurrentAsyncCallersOfOneKeyWaitForOneLoaderRun() {
        HzCache cache = cache();
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<String> slow = new CompletableFuture<>();
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(cache.retrieve("k", () -> {
                runs.incrementAndGet();
                return slow;
            }));
        }
        slow.complete("loaded");
        for (CompletableFuture<String> r : results) {
            assertThat(r.join()).isEqualTo("loaded");
        }
        assertThat(runs).hasValue(1);
        assertThat(cache.retrieve("k").join()).isInstanceOfSatisfying(Cache.ValueWrapper.class,
                w -> assertThat(w.get()).isEqualTo("loaded"));
    }

    @Test
    void aFailingLoaderFailsEveryWaiterWithValueRetrievalException() {
        HzCache cache = cache();
        assertThatThrownBy(() -> cache.get("k", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(Cache.ValueRetrievalException.class).hasRootCauseMessage("boom");
        CompletableFuture<Object> failed = cache.retrieve("k", () -> CompletableFuture.failedFuture(
                new IllegalStateException("async boom")));
        assertThatThrownBy(failed::join).hasRootCauseMessage("async boom");
        assertThat(map.entries).isEmpty();
    }

    @Test
    void aLoaderThatAsksForItsOwnKeyFailsInsteadOfWaitingForItself() {
        HzCache cache = cache();
        assertThatThrownBy(() -> cache.get("k", () -> cache.get("k", () -> "inner")))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("Cache 'books': the loader of key 'k' asked for the same key of the same cache; "
                        + "it would wait for itself forever");
        assertThat(cache.get("k", () -> "after")).isEqualTo("after");
    }

    @Test
    void whileOfflineReadsAreMissesWritesAreSkippedEvictionsFailAndOneWarningIsLogged() {
        HzCache cache = cache();
        cache.put("k", "v");
        connected.set(false);
        int callsBefore = map.calls.get();

        assertThat(cache.get("k")).isNull();
        assertThat(cache.get("k", () -> "from method")).isEqualTo("from method");
        assertThat(cache.retrieve("k").join()).isNull();
        assertThat(cache.retrieve("k", () -> CompletableFuture.completedFuture("async")).join()).isEqualTo("async");
        cache.put("k", "new");
        assertThatThrownBy(() -> cache.evict("k")).isInstanceOf(io.hzclient.ClientOfflineException.class);

        assertThat(map.calls.get()).as("no remote call while offline").isEqualTo(callsBefore);
        assertThat(warnings()).hasSize(1);
        assertThat(cache.getStatistics().misses()).isEqualTo(4);

        connected.set(true);
        assertThat(cache.get("k").get()).isEqualTo("v");
        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.INFO && e.getFormattedMessage().contains("again"));
        connected.set(false);
        cache.get("k");
        assertThat(warnings()).as("a new outage warns again").hasSize(2);
    }

    @Test
    void aReadWithoutAnswerWithinTheReadTimeoutIsAMiss() {
        HzCache cache = cache(HzCacheSettings.builder().readTimeout(Duration.ofMillis(100)).build());
        map.hang = true;
        long start = System.nanoTime();
        assertThat(cache.get("k")).isNull();
        // far below the client's 120 s invocation timeout; loose for a loaded machine
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(warnings()).singleElement().satisfies(e ->
                assertThat(e.getFormattedMessage()).contains(OperationTimeoutException.class.getSimpleName()));
    }

    @Test
    void withoutFallThroughAnUnreachableClusterFailsTheRead() {
        HzCache cache = cache(HzCacheSettings.builder().missWhenUnreachable(false).build());
        connected.set(false);
        assertThatThrownBy(() -> cache.get("k")).isInstanceOf(io.hzclient.ClientOfflineException.class);
        assertThat(cache.retrieve("k")).isCompletedExceptionally();
    }

    private List<ILoggingEvent> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }
}
