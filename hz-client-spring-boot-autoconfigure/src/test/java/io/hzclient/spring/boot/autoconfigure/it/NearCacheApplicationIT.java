package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.map.HzMap;
import io.hzclient.map.NearCacheStats;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near caches in a Spring Boot application against a real member: configured in application-nearcache.yml, they
 * answer repeated reads locally, show in the meters and the hzclient endpoint, and back a {@code near-cache: true}
 * Spring cache whose evictions and other clients' writes are seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = NearCacheApplicationIT.App.class)
@ActiveProfiles("nearcache") // src/test/resources/application-nearcache.yml
class NearCacheApplicationIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static final HazelcastInstance member = startMember();
    /** How long an invalidation may take to arrive: batched by the member (1 s here), on a busy machine. */
    static final Duration INVALIDATION_DELAY = Duration.ofSeconds(20);

    @LocalServerPort
    int serverPort;

    @Autowired
    HzClient client;

    @Autowired
    MeterRegistry registry;

    @Autowired
    BookService books;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("hz.client.cluster-name", () -> CLUSTER);
        registry.add("hz.client.cluster-members", () -> "127.0.0.1:" + PORT);
    }

    static HazelcastInstance startMember() {
        // members batch invalidations for other clients, by default for up to 10 s; 1 s keeps the test short
        return MemberMain.startInThisJvm(CLUSTER, PORT, Map.of("hazelcast.map.invalidation.batchfrequency.seconds", "1"));
    }

    @AfterAll
    static void stopMember() {
        member.getLifecycleService().terminate();
    }

    @Test
    void theYamlNearCachesAreTheClientsAndTheCachesMapGetsOne() {
        ClientConfig c = client.getConfig();
        assertThat(c.nearCacheConfig("customers"))
                .isEqualTo(NearCacheConfig.builder("customers").maxSize(1000).build());
        assertThat(c.nearCacheConfig("products-1").inMemoryFormat()).isEqualTo(InMemoryFormat.OBJECT);
        assertThat(c.nearCacheConfig("books")).isEqualTo(NearCacheConfig.builder("books")
                .timeToLive(Duration.ofMinutes(10)).build());
        assertThat(c.nearCacheConfig("orders")).isNull();
        assertThat(c.nearCacheRepair().reconciliationInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aYamlNearCacheAnswersTheSecondGetLocally() {
        HzMap<String, String> customers = client.getMap("customers");
        customers.put("ada", "Lovelace");
        NearCacheStats stats = customers.nearCacheStats().orElseThrow();
        long hits = stats.hits();
        long misses = stats.misses();

        assertThat(customers.get("ada")).isEqualTo("Lovelace");
        assertThat(customers.get("ada")).isEqualTo("Lovelace");

        assertThat(stats.misses()).isEqualTo(misses + 1);
        assertThat(stats.hits()).isEqualTo(hits + 1);
        assertThat(client.<String, String>getMap("orders").nearCacheStats()).isEmpty();
    }

    @Test
    void theMetersAndTheEndpointShowTheNearCache() throws Exception {
        HzMap<String, String> products = client.getMap("products-meters"); // created after startup, by the pattern
        products.put("p1", "pen");
        for (int i = 0; i < 4; i++) {
            assertThat(products.get("p1")).isEqualTo("pen");
        }
        NearCacheStats stats = products.nearCacheStats().orElseThrow();
        assertThat(stats.hits()).isEqualTo(3);
        assertThat(stats.misses()).isEqualTo(1);

        assertThat(meter("hits", "products-meters")).isEqualTo(3);
        assertThat(meter("misses", "products-meters")).isEqualTo(1);
        assertThat(registry.get("hz.client.near-cache.owned.entries").tag("map", "products-meters").gauge().value())
                .isEqualTo(1);
        assertThat(registry.get("hz.client.near-cache.owned.memory").tag("map", "products-meters").gauge().value())
                .isEqualTo(stats.ownedEntryMemoryCost());
        assertThat(get("/actuator/metrics/hz.client.near-cache.hits?tag=map:products-meters"))
                .contains("\"value\":3.0");

        products.put("p1", "pencil"); // our own write: the entry goes (local update policy invalidate)
        assertThat(meter("invalidations", "products-meters")).isGreaterThanOrEqualTo(1);

        String body = get("/actuator/hzclient");
        assertThat(body).contains("\"nearCaches\":{").contains("\"products-meters\":{")
                .contains("\"hits\":3,\"misses\":1");
    }

    @Test
    void aCacheWithNearCacheAnswersRepeatedCallsLocallyAndSeesEvictionsAndOtherClientsWrites() throws Exception {
        assertThat(books.find("1")).isEqualTo("book-1");
        assertThat(books.runs()).isEqualTo(1);
        assertThat(books.find("1")).isEqualTo("book-1"); // a cache hit: fetched from the map into the near cache
        NearCacheStats stats = client.getMap("books").nearCacheStats().orElseThrow();
        long hits = stats.hits();
        assertThat(books.find("1")).isEqualTo("book-1");
        assertThat(stats.hits()).as("the third call is answered by the near cache").isEqualTo(hits + 1);
        assertThat(books.runs()).isEqualTo(1);
        assertThat(meter("hits", "books")).isEqualTo(stats.hits());

        books.evict("1"); // @CacheEvict: through the map, so the near cache entry goes at once
        assertThat(books.find("1")).isEqualTo("book-1");
        assertThat(books.runs()).isEqualTo(2);

        assertThat(books.find("1")).isEqualTo("book-1");
        try (HzClient other = HzClient.newClient(ClientConfig.builder().clusterName(CLUSTER)
                .addresses("127.0.0.1:" + PORT).build())) {
            other.<String, Object>getMap("books").put("1", "rewritten by another client");
            assertEventually(INVALIDATION_DELAY,
                    () -> assertThat(books.find("1")).isEqualTo("rewritten by another client"));
        }
        member.getMap("books").put("1", "rewritten on the member");
        assertEventually(INVALIDATION_DELAY,
                () -> assertThat(books.find("1")).isEqualTo("rewritten on the member"));
        assertThat(books.runs()).as("the new values came from the map, not from the method").isEqualTo(2);
    }

    private double meter(String name, String map) {
        return registry.get("hz.client.near-cache." + name).tag("map", map).functionCounter().count();
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableCaching
    @Import(BookService.class)
    static class App {
    }

    static class BookService {
        private final AtomicInteger runs = new AtomicInteger();

        /** A method, not the field: the bean is a caching proxy whose own fields are unset. */
        public int runs() {
            return runs.get();
        }

        @Cacheable("books")
        public String find(String id) {
            runs.incrementAndGet();
            return "book-" + id;
        }

        @CacheEvict("books")
        public void evict(String id) {
        }
    }
}
