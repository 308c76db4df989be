package io.hzclient.spring.cache;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.CachePut;
import org.springframework.cache.annotation.Cacheable;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A service with caching annotations; counts how often each method body ran. */
public class BookService {
    /**
     * Open unless a test closed it ({@link #closeGate}): slow() and slowAcrossApps(), in every application, run
     * until it opens, so a test can see every caller waiting before the one run may finish.
     */
    private static volatile CountDownLatch gate = new CountDownLatch(0);

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    /** Closes the gate; counting the returned latch down opens it. */
    static CountDownLatch closeGate() {
        gate = new CountDownLatch(1);
        return gate;
    }

    private static void passGate() throws InterruptedException {
        if (!gate.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
    }

    public int runs(String method) {
        return runs.computeIfAbsent(method, m -> new AtomicInteger()).get();
    }

    private void ran(String method) {
        runs.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }

    @Cacheable("books")
    public String find(String isbn) {
        ran("find");
        return "book-" + isbn;
    }

    @Cacheable("books")
    public String findByAuthorAndYear(String author, int year) {
        ran("findByAuthorAndYear");
        return author + "-" + year;
    }

    @CachePut(cacheNames = "books", key = "#isbn")
    public String update(String isbn, String title) {
        ran("update");
        return title;
    }

    @CacheEvict(cacheNames = "books", allEntries = true)
    public void evictAll() {
        ran("evictAll");
    }

    @Cacheable(cacheNames = "slow", sync = true)
    public String slow(String key) throws InterruptedException {
        ran("slow");
        passGate();
        return "slow-" + key;
    }

    @Cacheable("futures")
    public CompletableFuture<String> future(String key) {
        ran("future");
        return CompletableFuture.supplyAsync(() -> "future-" + key);
    }

    @Cacheable(cacheNames = "futures", sync = true)
    public CompletableFuture<String> futureSync(String key) {
        ran("futureSync");
        return CompletableFuture.supplyAsync(() -> "future-sync-" + key);
    }

    @Cacheable("monos")
    public Mono<String> mono(String key) {
        ran("mono");
        return Mono.fromSupplier(() -> "mono-" + key);
    }

    @Cacheable("ttl")
    public String withTtl(String key) {
        ran("withTtl");
        return "ttl-" + key;
    }

    @Cacheable("idle")
    public String withMaxIdle(String key) {
        ran("withMaxIdle");
        return "idle-" + key;
    }

    @Cacheable("nulls")
    public String nullCached(String key) {
        ran("nullCached");
        return null;
    }

    @Cacheable("no-nulls")
    public String nullNotCached(String key) {
        ran("nullNotCached");
        return null;
    }

    @Cacheable("records")
    public Book book(String isbn) {
        ran("book");
        return new Book(isbn, "Title " + isbn, 2026);
    }

    @Cacheable(cacheNames = "locked", sync = true)
    public String slowAcrossApps(String key) throws InterruptedException {
        ran("slowAcrossApps");
        passGate();
        return "locked-" + key;
    }

    @Cacheable("metered")
    public String metered(String key) {
        ran("metered");
        return "metered-" + key;
    }
}
