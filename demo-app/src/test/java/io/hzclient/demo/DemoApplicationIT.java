package io.hzclient.demo;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole demo, its embedded member included, on a random port, called over HTTP as a user would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    HazelcastInstance embeddedMember;

    @Autowired
    ProductCatalog catalog;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }) // statuses are asserted
                .build();
    }

    @Test
    void customersAreFoundByNameWithSql() {
        // the tests share one map (another stores a "Grace"), so this name is the test's own
        String name = "Grace " + UUID.randomUUID();
        for (String[] c : new String[][]{{"s2", name}, {"s1", name}, {"s3", "Linus"}}) {
            assertThat(http().put().uri("/customers/" + c[0]).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", c[1], "email", c[0] + "@example.com")).retrieve().toBodilessEntity()
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        assertThat(http().get().uri("/customers?name={name}", name).retrieve()
                .body(new ParameterizedTypeReference<List<Customer>>() { }))
                .containsExactly(new Customer("s1", name, "s1@example.com"),
                        new Customer("s2", name, "s2@example.com"));
        assertThat(http().get().uri("/customers?name={name}", "Nobody").retrieve()
                .body(new ParameterizedTypeReference<List<Customer>>() { })).isEmpty();
    }

    @Test
    void aCustomerIsStoredReadListedAndDeletedInTheClustersMap() {
        Customer ada = new Customer("7", "Ada", "ada@example.com");

        ResponseEntity<Customer> put = http().put().uri("/customers/7").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Ada", "email", "ada@example.com")).retrieve().toEntity(Customer.class);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody()).isEqualTo(ada);

        assertThat(http().get().uri("/customers/7").retrieve().body(Customer.class)).isEqualTo(ada);
        assertThat(http().get().uri("/customers").retrieve().body(new ParameterizedTypeReference<List<Customer>>() { }))
                .contains(ada);

        assertThat(Hazelcast.getAllHazelcastInstances()).containsExactly(embeddedMember); // the member of this JVM
        HazelcastInstance member = Hazelcast.getAllHazelcastInstances().iterator().next();
        assertThat(member.getMap("customers").get("7")).isEqualTo(ada);

        assertThat(http().delete().uri("/customers/7").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http().get().uri("/customers/7").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(member.getMap("customers").containsKey("7")).isFalse();
    }

    @Test
    void theSecondProductLookupComesFromTheCacheUntilItIsEvicted() {
        long lookupMillis = ProductCatalog.LOOKUP_TIME.toMillis();
        int lookupsBefore = catalog.lookups();

        long start = System.nanoTime();
        Product first = getProduct("42");
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(lookupMillis);
        assertThat(catalog.lookups()).isEqualTo(lookupsBefore + 1);
        assertThat(embeddedMember.getMap("products").containsKey("42")).isTrue();

        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            start = System.nanoTime();
            assertThat(getProduct("42")).isEqualTo(first); // same loadedAt: served from the cache
            fastest = Math.min(fastest, millisSince(start));
        }
        assertThat(catalog.lookups()).as("slow lookups").isEqualTo(lookupsBefore + 1);
        // Typically a few ms; a cache hit never contains the lookup's pause, so the fastest of a few beats it even on a
        // loaded build machine.
        assertThat(fastest).isLessThan(lookupMillis);

        assertThat(http().delete().uri("/products/42").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(embeddedMember.getMap("products").containsKey("42")).isFalse();
        assertThat(getProduct("42").loadedAt()).isNotEqualTo(first.loadedAt());
        assertThat(catalog.lookups()).isEqualTo(lookupsBefore + 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecondReadOfACustomerIsANearCacheHitShownInTheEndpointAndMetrics() {
        http().put().uri("/customers/8").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Grace", "email", "grace@example.com")).retrieve().toBodilessEntity();
        long hitsBefore = nearCacheHits("customers");

        http().get().uri("/customers/8").retrieve().body(Customer.class); // a miss: fetched and kept
        http().get().uri("/customers/8").retrieve().body(Customer.class); // a hit

        assertThat(nearCacheHits("customers")).isEqualTo(hitsBefore + 1);
        assertThat(getJson("/actuator/metrics").get("names").toString()).contains("hz.client.near-cache.hits");
        getProduct("9");
        getProduct("9"); // the cache map's near cache, from near-cache: true
        assertThat((Map<String, Object>) getJson("/actuator/hzclient").get("nearCaches")).containsKey("products");
    }

    @SuppressWarnings("unchecked")
    private long nearCacheHits(String map) {
        Map<String, Object> nearCaches = (Map<String, Object>) getJson("/actuator/hzclient").get("nearCaches");
        return ((Number) ((Map<String, Object>) nearCaches.get(map)).get("hits")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void actuatorShowsTheClientsHealthMetricsCachesAndEndpoint() {
        Map<String, Object> health = getJson("/actuator/health");
        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> client = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("hzClient");
        assertThat(client).containsEntry("status", "UP");
        assertThat((Map<String, Object>) client.get("details"))
                .containsEntry("members", 1)
                .containsEntry("clusterName", embeddedMember.getConfig().getClusterName());
        assertThat(getJson("/actuator/health/readiness")).containsEntry("status", "UP");

        getProduct("1");
        assertThat(getJson("/actuator/caches").toString()).contains("products");
        assertThat(getJson("/actuator/metrics").get("names").toString())
                .contains("cache.gets", "hz.client.invocations.started");

        Map<String, Object> endpoint = getJson("/actuator/hzclient");
        assertThat(endpoint).containsEntry("connected", true);
        assertThat((List<?>) endpoint.get("members")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCachesEndpointListsOnlyTheCachesAndClearingThemLeavesTheBusinessMapsAlone() {
        http().put().uri("/customers/caches-test").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Bo", "email", "bo@example.com")).retrieve().toBodilessEntity();
        getProduct("2");
        Map<String, Object> managers = (Map<String, Object>) getJson("/actuator/caches").get("cacheManagers");
        assertThat(managers).hasSize(1);
        Map<String, Object> manager = (Map<String, Object>) managers.values().iterator().next();
        assertThat(((Map<String, Object>) manager.get("caches")).keySet()).containsExactly("products");

        ResponseEntity<Void> cleared = http().delete().uri("/actuator/caches").retrieve().toBodilessEntity();
        assertThat(cleared.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(embeddedMember.getMap("products").isEmpty()).isTrue();
        assertThat(embeddedMember.getMap("customers").containsKey("caches-test")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void messagesReachTheSubscribedBeanIdsAreUniqueAndPageViewsAddUp() throws InterruptedException {
        http().post().uri("/messages").contentType(MediaType.TEXT_PLAIN).body("hello cluster").retrieve().toBodilessEntity();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> recent = List.of();
        while (!recent.contains("hello cluster") && System.nanoTime() < deadline) { // delivery is asynchronous
            recent = http().get().uri("/messages/recent").retrieve().body(new ParameterizedTypeReference<List<String>>() { });
            Thread.sleep(50);
        }
        assertThat(recent).contains("hello cluster");

        java.util.Set<Object> ids = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) {
            ids.add(getJson("/ids/next").get("id"));
        }
        assertThat(ids).hasSize(50);

        long before = ((Number) getJson("/page-views").get("views")).longValue();
        for (int i = 0; i < 3; i++) {
            http().post().uri("/page-views").retrieve().toBodilessEntity();
        }
        assertThat(((Number) getJson("/page-views").get("views")).longValue()).isEqualTo(before + 3);
        assertThat(embeddedMember.getPNCounter("page-views").get()).isGreaterThanOrEqualTo(before + 3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPostedJobIsProcessedByTheWorkerAndTagsAreASetSharedWithTheCluster() throws InterruptedException {
        ResponseEntity<Void> posted = http().post().uri("/jobs").contentType(MediaType.TEXT_PLAIN).body("invoice-42")
                .retrieve().toBodilessEntity();
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> done = List.of();
        while (!done.contains("INVOICE-42") && System.nanoTime() < deadline) { // the worker is asynchronous
            done = http().get().uri("/jobs/done").retrieve().body(new ParameterizedTypeReference<List<String>>() { });
            Thread.sleep(50);
        }
        assertThat(done).contains("INVOICE-42");
        assertThat(embeddedMember.getList("jobs-done")).contains("INVOICE-42");
        assertThat(embeddedMember.getQueue("jobs")).doesNotContain("invoice-42");

        assertThat(postJson("/tags/blue").get("added")).isEqualTo(true);
        assertThat(postJson("/tags/blue").get("added")).isEqualTo(false);
        embeddedMember.getSet("tags").add("green"); // another application of the cluster
        assertThat(http().get().uri("/tags").retrieve().body(new ParameterizedTypeReference<List<String>>() { }))
                .containsExactly("blue", "green");
    }

    @Test
    void aTransactionalStepTakesAnInvoiceAndRecordsItAsPaidOrDoesNeither() {
        String invoice = "invoice-" + UUID.randomUUID();
        assertThat(http().post().uri("/invoices").contentType(MediaType.TEXT_PLAIN).body(invoice).retrieve()
                .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<String> failed = http().post().uri("/invoices/next?fail=true").retrieve().toEntity(String.class);
        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(embeddedMember.getQueue("invoices")).contains(invoice);
        assertThat(embeddedMember.getMap("invoices-paid").containsKey(invoice)).isFalse();

        ResponseEntity<String> paid = http().post().uri("/invoices/next").retrieve().toEntity(String.class);
        assertThat(paid.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(paid.getBody()).isEqualTo(invoice);
        assertThat(embeddedMember.getQueue("invoices")).doesNotContain(invoice);
        assertThat(getJson("/invoices/paid")).containsEntry(invoice, "paid");
    }

    private Map<String, Object> postJson(String path) {
        ResponseEntity<Map<String, Object>> response = http().post().uri(path).retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Product getProduct(String id) {
        ResponseEntity<Product> response = http().get().uri("/products/{id}", id).retrieve().toEntity(Product.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> getJson(String path) {
        ResponseEntity<Map<String, Object>> response = http().get().uri(path).retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Every observation that ends in this context (Boot adds an ObservationHandler bean to its registry). */
    @TestConfiguration
    static class RecordedObservations {
        @Bean
        Recorder recorder() {
            return new Recorder();
        }
    }

    static final class Recorder implements ObservationHandler<Observation.Context> {
        final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context);
        }
    }

    @Autowired
    Recorder observations;

    @Test
    void aRequestsCallToTheClusterIsAnObservationOfTheRequestTaggedWithItsOperation() {
        String id = "traced-" + UUID.randomUUID();
        assertThat(http().put().uri("/customers/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Tracy", "email", "t@example.com")).retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // the server's observation of the request ends after the response is written: wait for it
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Observation.Context request = observations.stopped.stream()
                    .filter(c -> c.getName().equals("http.server.requests") && c.getLowCardinalityKeyValue("uri")
                            != null && c.getLowCardinalityKeyValue("uri").getValue().equals("/customers/{id}")
                            && c.getLowCardinalityKeyValue("method").getValue().equals("PUT"))
                    .reduce((first, last) -> last).orElseThrow();
            List<Observation.Context> calls = observations.stopped.stream()
                    .filter(c -> c.getName().equals("hz.client.operation") && c.getParentObservation() != null
                            && c.getParentObservation().getContextView() == request).toList();
            assertThat(calls).singleElement().satisfies(call -> {
                assertThat(call.getLowCardinalityKeyValue("hz.operation").getValue()).isEqualTo("Map.Set");
                assertThat(call.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
                assertThat(call.getContextualName()).isEqualTo("Map.Set");
            });
        });
    }
}
