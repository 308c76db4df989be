package io.hzclient.spring.cache;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;

import java.time.Duration;
import java.util.List;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caches with near-cache on, over a client given the near caches their properties ask for
 * ({@link HzCacheProperties#nearCacheConfigs}), against a real member: hits are answered locally, and this cache's
 * evictions and clears, and other clients' writes, are never hidden by the near cache.
 */
class HzCacheNearCacheIT {
    /** How long an invalidation may take to arrive: batched by the member (1 s here), on a busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestCluster cluster;
    private static HzClient client;
    private static HzClient otherClient;
    private static HzCacheManager manager;

    @BeforeAll
    static void start() {
        // members batch invalidations for other clients, by default for up to 10 s; 1 s keeps the test short
        cluster = TestCluster.start(1,
                config -> config.setProperty("hazelcast.map.invalidation.batchfrequency.seconds", "1"));
        HzCacheProperties properties = new HzCacheProperties();
        properties.getDefaults().setReadTimeout(Duration.ofSeconds(10));
        properties.getDefaults().setWriteTimeout(Duration.ofSeconds(10));
        properties.getCaches().put("nc-books", policy(null));
        properties.getCaches().put("nc-a", policy("a:"));
        properties.getCaches().put("nc-b", policy("b:"));
        properties.getCaches().put("plain", new HzCacheProperties.Policy());
        ClientConfig.Builder config = ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses());
        properties.nearCacheConfigs(List.of()).forEach(config::addNearCacheConfig);
        client = HzClient.newClient(config.build());
        otherClient = HzClient.newClient(ClientConfig.builder().clusterName(cluster.clusterName())
                .addresses(cluster.addresses()).build());
        manager = properties.toManagerBuilder(client, List.of()).build();
    }

    private static HzCacheProperties.Policy policy(String keyPrefix) {
        HzCacheProperties.Policy p = new HzCacheProperties.Policy();
        p.setNearCache(true);
        if (keyPrefix != null) {
            p.setMapName("nc-shared");
            p.setKeyPrefix(keyPrefix);
        }
        return p;
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.shutdown();
        }
        if (otherClient != null) {
            otherClient.shutdown();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static NearCacheStats stats(String map) {
        return client.getMap(map).nearCacheStats().orElseThrow();
    }

    @Test
    void theMapsOfNearCacheCachesHaveANearCacheAndOthersNot() {
        assertThat(client.getConfig().nearCacheConfigs()).containsOnlyKeys("nc-books", "nc-shared");
        manager.getCache("plain").put("k", "v");
        assertThat(client.getMap("plain").nearCacheStats()).isEmpty();
    }

    @Test
    void aRepeatedReadIsAnsweredByTheNearCacheSyncAndAsync() {
        Cache books = manager.getCache("nc-books");
        books.put("hit", "value");
        assertThat(books.get("hit", String.class)).isEqualTo("value"); // fetched, now cached locally
        NearCacheStats stats = stats("nc-books");
        long hits = stats.hits();
        long misses = stats.misses();

        assertThat(books.get("hit", String.class)).isEqualTo("value");
        assertThat(((Cache.ValueWrapper) books.retrieve("hit").join()).get()).isEqualTo("value");

        assertThat(stats.hits()).isEqualTo(hits + 2);
        assertThat(stats.misses()).isEqualTo(misses);
    }

    @Test
    void anEvictionOrAClearIsSeenAtOnce() {
        Cache books = manager.getCache("nc-books");
        books.put("e", "value");
        books.put("c", "value");
        assertThat(books.get("e", String.class)).isEqualTo("value");
        assertThat(books.get("e", String.class)).isEqualTo("value");
        assertThat(books.get("c", String.class)).isEqualTo("value");

        books.evict("e");
        assertThat(books.get("e")).isNull();

        books.clear();
        assertThat(books.get("c")).isNull();
    }

    @Test
    void aClearOfOneKeyPrefixLeavesTheOtherCachesEntriesOnTheSharedMap() {
        Cache a = manager.getCache("nc-a");
        Cache b = manager.getCache("nc-b");
        a.put("k", "from a");
        b.put("k", "from b");
        assertThat(a.get("k", String.class)).isEqualTo("from a");
        assertThat(b.get("k", String.class)).isEqualTo("from b");
        assertThat(b.get("k", String.class)).isEqualTo("from b");

        a.clear();

        assertThat(a.get("k")).isNull();
        assertThat(b.get("k", String.class)).isEqualTo("from b");
    }

    @Test
    void anotherClientsWriteOrRemovalReplacesTheCachedValue() {
        Cache books = manager.getCache("nc-books");
        books.put("w", "mine");
        assertThat(books.get("w", String.class)).isEqualTo("mine");
        assertThat(books.get("w", String.class)).isEqualTo("mine");

        otherClient.<String, Object>getMap("nc-books").put("w", "theirs");
        assertEventually(WAIT, () -> assertThat(books.get("w", String.class)).isEqualTo("theirs"));

        cluster.member(0).getMap("nc-books").put("w", "the member's");
        assertEventually(WAIT, () -> assertThat(books.get("w", String.class)).isEqualTo("the member's"));

        otherClient.getMap("nc-books").remove("w");
        assertEventually(WAIT, () -> assertThat(books.get("w")).isNull());
    }
}
