package io.hzclient.demo;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately slow lookup behind {@code @Cacheable}: the cache {@code products} is a distributed map whose entries
 * live as long as {@code hz.client.cache.caches.products.time-to-live} in application.yml says.
 */
@Service
class ProductCatalog {
    static final Duration LOOKUP_TIME = Duration.ofMillis(300);

    private final AtomicInteger lookups = new AtomicInteger();

    @Cacheable("products")
    public Product find(String id) {
        lookups.incrementAndGet();
        sleep(LOOKUP_TIME);
        return new Product(id, "Product " + id, 100L * Math.abs(id.hashCode() % 1000), Instant.now().toString());
    }

    @CacheEvict("products")
    public void evict(String id) {
    }

    /** How many times the slow lookup ran (the cache answered the other calls). */
    int lookups() {
        return lookups.get();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the product lookup", e);
        }
    }
}
