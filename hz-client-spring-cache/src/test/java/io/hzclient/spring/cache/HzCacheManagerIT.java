package io.hzclient.spring.cache;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TimeWindow;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The annotations of a real Spring context over a real member. */
class HzCacheManagerIT {
    private static TestCluster cluster;
    private static AnnotationConfigApplicationContext app;
    private static BookService books;
    private static HzClient client;
    private static HzCacheManager manager;

    @BeforeAll
    static void start() {
        cluster = TestCluster.start(1);
        app = CacheTestContexts.start(cluster.clusterName(), cluster.addresses());
        books = app.getBean(BookService.class);
        client = app.getBean(HzClient.class);
        manager = app.getBean(HzCacheManager.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void emptyCaches() {
        manager.getCacheNames().forEach(name -> manager.getCache(name).clear());
    }

    private static HzMap<String, Object> map(String name) {
        return client.getMap(name);
    }

    @Test
    void cacheableAnswersTheSecondCallFromTheMap() {
        int before = books.runs("find");
        assertThat(books.find("1")).isEqualTo("book-1");
        assertThat(books.find("1")).isEqualTo("book-1");
        assertThat(books.runs("find")).isEqualTo(before + 1);
        assertThat(map("books").get("1")).isEqualTo("book-1");
    }

    @Test
    void aMethodWithSeveralParametersIsStoredUnderAStableSimpleKey() {
        int before = books.runs("findByAuthorAndYear");
        assertThat(books.findByAuthorAndYear("ann", 2020)).isEqualTo("ann-2020");
        assertThat(books.findByAuthorAndYear("ann", 2020)).isEqualTo("ann-2020");
        assertThat(books.runs("findByAuthorAndYear")).isEqualTo(before + 1);
        assertThat(map("books").get("SimpleKey[ann,2020]")).isEqualTo("ann-2020");
        // the member's own serialization reads the same plain String key: any client of any language can find it
        assertThat(cluster.member(0).getMap("books").get("SimpleKey[ann,2020]")).isEqualTo("ann-2020");
    }

    @Test
    void cachePutReplacesTheValueAndEvictAllEntriesClearsOnlyThisCachesMap() {
        HzMap<String, Object> orders = map("orders");
        orders.put("o1", "an order");
        books.find("2");
        books.update("2", "new title");
        int before = books.runs("find");
        assertThat(books.find("2")).isEqualTo("new title");
        assertThat(books.runs("find")).isEqualTo(before);

        books.evictAll();
        assertThat(map("books").size()).isZero();
        assertThat(orders.get("o1")).isEqualTo("an order");
        assertThat(books.find("2")).isEqualTo("book-2");
        assertThat(books.runs("find")).isEqualTo(before + 1);
    }

    @Test
    void syncCallersOfOneKeyWaitForOneMethodRun() throws Exception {
        int before = books.runs("slow");
        CountDownLatch gate = BookService.closeGate();
        List<CompletableFuture<String>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            CompletableFuture<String> result = new CompletableFuture<>();
            results.add(result);
            Thread t = new Thread(() -> {
                try {
                    result.complete(books.slow("k"));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
            threads.add(t);
            t.start();
        }
        try {
            awaitAllBlocked(threads);
        } finally {
            gate.countDown();
        }
        for (CompletableFuture<String> r : results) {
            assertThat(r.get()).isEqualTo("slow-k");
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(books.runs("slow")).isEqualTo(before + 1);
    }

    @Test
    void completableFutureMethodsAreCachedWithoutBlocking() {
        int before = books.runs("future");
        assertThat(books.future("a").join()).isEqualTo("future-a");
        assertThat(books.future("a").join()).isEqualTo("future-a");
        assertThat(books.runs("future")).isEqualTo(before + 1);

        int beforeSync = books.runs("futureSync");
        assertThat(books.futureSync("b").join()).isEqualTo("future-sync-b");
        assertThat(books.futureSync("b").join()).isEqualTo("future-sync-b");
        assertThat(books.runs("futureSync")).isEqualTo(beforeSync + 1);
        assertThat(map("futures").get("b")).isEqualTo("future-sync-b");
    }

    @Test
    void monoMethodsAreCached() {
        int before = books.runs("mono");
        assertThat(books.mono("a").block()).isEqualTo("mono-a");
        assertThat(books.mono("a").block()).isEqualTo("mono-a");
        assertThat(books.runs("mono")).isEqualTo(before + 1);
        assertThat(map("monos").get("a")).isEqualTo("mono-a");
    }

    @Test
    void entriesExpireAfterTheCachesTimeToLiveAndMaxIdle() {
        // Present for sure only while less than EXPIRY - 1 s passed since before the put (members keep expiry times
        // in whole seconds); a slower attempt tells nothing and is tried again on a fresh key.
        Duration surelyAlive = CacheTestContexts.EXPIRY.minusMillis(1200);
        String key = TimeWindow.attempt(surelyAlive, 5, window -> {
            String k = TestCluster.uniqueName("k");
            books.withTtl(k);
            books.withMaxIdle(k);
            window.check(() -> {
                assertThat(map("ttl").get(k)).isEqualTo("ttl-" + k);
                assertThat(map("ttl").getEntryView(k).ttl()).isEqualTo(CacheTestContexts.EXPIRY.toMillis());
                assertThat(map("idle").get(k)).isEqualTo("idle-" + k);
            });
            return k;
        });
        int ttlRuns = books.runs("withTtl");
        int idleRuns = books.runs("withMaxIdle");
        assertEventually(Duration.ofSeconds(15), () -> assertThat(map("ttl").get(key)).isNull());
        // a read would keep the idle entry alive; listing the keys does not
        assertEventually(Duration.ofSeconds(15), () -> assertThat(map("idle").keySet()).doesNotContain(key));
        assertThat(map("idle").get(key)).isNull();
        books.withTtl(key);
        books.withMaxIdle(key);
        assertThat(books.runs("withTtl")).as("run again: the entry had gone").isEqualTo(ttlRuns + 1);
        assertThat(books.runs("withMaxIdle")).as("run again: the entry had gone").isEqualTo(idleRuns + 1);
    }

    @Test
    void nullResultsAreCachedOrNotByTheCachesPolicy() {
        int cachedBefore = books.runs("nullCached");
        assertThat(books.nullCached("k")).isNull();
        assertThat(books.nullCached("k")).isNull();
        assertThat(books.runs("nullCached")).isEqualTo(cachedBefore + 1);
        assertThat(map("nulls").containsKey("k")).isTrue();

        int notCachedBefore = books.runs("nullNotCached");
        assertThat(books.nullNotCached("k")).isNull();
        assertThat(books.nullNotCached("k")).isNull();
        assertThat(books.runs("nullNotCached")).isEqualTo(notCachedBefore + 2);
        assertThat(map("no-nulls").containsKey("k")).isFalse();
    }

    @Test
    void aSecondApplicationSeesTheFirstOnesValues() {
        books.find("shared");
        books.findByAuthorAndYear("bob", 1999);
        try (AnnotationConfigApplicationContext second = CacheTestContexts.start(cluster.clusterName(),
                cluster.addresses())) {
            BookService otherBooks = second.getBean(BookService.class);
            assertThat(otherBooks.find("shared")).isEqualTo("book-shared");
            assertThat(otherBooks.findByAuthorAndYear("bob", 1999)).isEqualTo("bob-1999");
            assertThat(otherBooks.runs("find")).isZero();
            assertThat(otherBooks.runs("findByAuthorAndYear")).isZero();
        }
    }

    @Test
    void recordValuesAreStoredWithCompactSerialization() {
        int before = books.runs("book");
        Book book = books.book("978-2");
        assertThat(books.book("978-2")).isEqualTo(book);
        assertThat(books.runs("book")).isEqualTo(before + 1);
        assertThat(map("records").get("978-2")).isEqualTo(book);
    }

    @Test
    void recordValuesTravelBetweenApplicationsWithCompactSerialization() {
        Book book = books.book("978-1");
        try (AnnotationConfigApplicationContext second = CacheTestContexts.start(cluster.clusterName(),
                cluster.addresses())) {
            BookService otherBooks = second.getBean(BookService.class);
            assertThat(otherBooks.book("978-1")).isEqualTo(book);
            assertThat(otherBooks.runs("book")).isZero();
        }
    }

    @Test
    void withTheClusterLockOneApplicationOfTheClusterRunsTheLoader() throws Exception {
        try (AnnotationConfigApplicationContext second = CacheTestContexts.start(cluster.clusterName(),
                cluster.addresses())) {
            BookService otherBooks = second.getBean(BookService.class);
            int before = books.runs("slowAcrossApps");
            CountDownLatch gate = BookService.closeGate();
            List<CompletableFuture<String>> results = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                BookService service = i % 2 == 0 ? books : otherBooks;
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return service.slowAcrossApps("k");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, runnable -> {
                    Thread t = new Thread(runnable);
                    threads.add(t);
                    t.start();
                }));
            }
            try {
                awaitAllBlocked(threads);
            } finally {
                gate.countDown();
            }
            for (CompletableFuture<String> r : results) {
                assertThat(r.get()).isEqualTo("locked-k");
            }
            assertThat(books.runs("slowAcrossApps") - before + otherBooks.runs("slowAcrossApps")).isEqualTo(1);
            assertThat(map("locked").isLocked("k")).isFalse();
        }
    }

    @Test
    void hitAndMissMetersCountTheCallsOfACacheCreatedAfterStartup() {
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        books.metered("a");
        books.metered("a");
        books.metered("a");
        books.metered("b");
        assertThat(registry.get("cache.gets").tags("cache", "metered", "cache.manager", "cacheManager",
                "result", "hit").functionCounter().count()).isEqualTo(2);
        assertThat(registry.get("cache.gets").tags("cache", "metered", "result", "miss").functionCounter().count())
                .isEqualTo(2);
        assertThat(registry.get("cache.puts").tags("cache", "metered").functionCounter().count()).isEqualTo(2);
        assertEventually(Duration.ofSeconds(10), () -> assertThat(registry.get("cache.size")
                .tags("cache", "metered").gauge().value()).isEqualTo(2));
        manager.getCache("metered").evict("a");
        manager.getCache("metered").clear();
        assertThat(registry.get("cache.evictions").tags("cache", "metered").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("cache.removals").tags("cache", "metered").functionCounter().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void cacheNamesAreTheDeclaredAndCreatedOnesNeverOtherMaps() {
        map("business-data").put("x", "y");
        assertThat(manager.getCacheNames()).contains("books", "ttl", "idle", "no-nulls")
                .doesNotContain("business-data", "orders");
        // what DELETE /actuator/caches does: clear every cache the manager lists
        manager.getCacheNames().forEach(name -> manager.getCache(name).clear());
        assertThat(map("business-data").get("x")).isEqualTo("y");
        HzCacheManager strict = HzCacheManager.builder(client).dynamic(false).cacheNames("books").build();
        assertThat(strict.getCache("business-data")).isNull();
        Cache declared = strict.getCache("books");
        assertThat(declared).isNotNull();
        assertThat(strict.getCacheNames()).containsExactly("books");
    }

    /**
     * Waits until every caller is blocked at once: while the gate holds the one method run, each of them is in it or
     * waits for it (or for an answer on the way there), so all of them overlap that run.
     */
    private static void awaitAllBlocked(List<Thread> callers) {
        assertEventually(Duration.ofSeconds(30), () -> assertThat(callers).allSatisfy(t -> assertThat(t.getState())
                .isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.BLOCKED)));
    }
}
