package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import io.hzclient.AuthenticationException;
import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.spring.boot.HzMapRef;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.health.HzClientHealthIndicator;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application with the starter's parts against a real member: it connects from properties, its map bean
 * works, health, metrics and the hzclient endpoint tell the truth, and health follows the member going away and coming
 * back on the same port, answering at once throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = HzClientApplicationIT.App.class)
@ActiveProfiles("hzit") // src/test/resources/application-hzit.yml
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HzClientApplicationIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static HazelcastInstance member = startMember();

    @LocalServerPort
    int serverPort;

    @Autowired
    HzClient client;

    @Autowired
    CustomerService customers;

    @Autowired
    HzClientHealthIndicator health;

    @Autowired
    HealthEndpointGroups readiness;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("hz.client.cluster-name", () -> CLUSTER);
        registry.add("hz.client.cluster-members", () -> "127.0.0.1:" + PORT);
    }

    static HazelcastInstance startMember() {
        return MemberMain.startInThisJvm(CLUSTER, PORT, Map.of());
    }

    @AfterAll
    static void stopMember() {
        if (member != null && member.getLifecycleService().isRunning()) {
            member.getLifecycleService().terminate();
        }
    }

    @Test
    @Order(1)
    void theClientConnectsFromPropertiesAndTheMapBeansWork() {
        assertThat(client.isConnected()).isTrue();
        customers.byQualifier.put("ada", "Lovelace");
        assertThat(customers.byRef.get("ada")).isEqualTo("Lovelace");
        assertThat(member.getMap("customers").get("ada")).isEqualTo("Lovelace");
    }

    @Test
    @Order(2)
    void healthIsUpWithTheClusterDetails() throws Exception {
        String body = get("/actuator/health");
        assertThat(body).contains("\"status\":\"UP\"").contains("\"hzClient\"")
                .contains("\"clusterName\":\"" + CLUSTER + "\"").contains("\"members\":1")
                .contains("\"partitionCount\":271").contains("127.0.0.1:" + PORT)
                .contains("\"clientName\":\"" + client.getName() + "\"");
        assertThat(getStatus("/actuator/health/readiness")).isEqualTo(200);
        assertThat(readiness.get("readiness").isMember("hzClient")).isTrue();
    }

    @Test
    @Order(3)
    void metricsCountRealCalls() throws Exception {
        for (int i = 0; i < 20; i++) {
            customers.byQualifier.put("k" + i, "v" + i);
        }
        String body = get("/actuator/metrics/hz.client.invocations");
        long count = Long.parseLong(body.replaceAll(".*\"statistic\":\"COUNT\",\"value\":([0-9.]+).*", "$1")
                .replaceAll("\\.0$", ""));
        assertThat(count).isGreaterThanOrEqualTo(20);
        // tagged by operation; no percentiles unless asked (management.metrics.distribution.percentiles...)
        String puts = get("/actuator/metrics/hz.client.invocations?tag=operation:Map.Put&tag=outcome:success");
        assertThat(Long.parseLong(puts.replaceAll(".*\"statistic\":\"COUNT\",\"value\":([0-9.]+).*", "$1")
                .replaceAll("\\.0$", ""))).isGreaterThanOrEqualTo(20);
        assertThat(get("/actuator/metrics")).doesNotContain("hz.client.invocations.percentile",
                "hz.client.invocations.completed", "hz.client.invocations.failed");
        assertThat(get("/actuator/metrics/hz.client.invocations.started")).contains("\"COUNT\"");
        assertThat(get("/actuator/metrics/hz.client.connections")).contains("\"value\":1.0");
        assertThat(get("/actuator/metrics/hz.client.bytes.written")).contains("\"COUNT\"");
    }

    @Test
    @Order(4)
    void theEndpointListsTheMemberItsPartitionsAndTheMap() throws Exception {
        String body = get("/actuator/hzclient");
        assertThat(body).contains("\"address\":\"127.0.0.1:" + PORT + "\"").contains("\"partitionsOwned\":271")
                .contains("\"connected\":true").contains("\"name\":\"customers\"");
    }

    @Test
    @Order(6)
    void healthFollowsTheMemberAwayAndBackAnsweringAtOnce() throws Exception {
        member.shutdown();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(timedHealth()).isEqualTo(Status.DOWN);
            assertThat(get("/actuator/health")).contains("\"status\":\"DOWN\"");
        });
        for (int i = 0; i < 10; i++) {
            assertThat(timedHealth()).isEqualTo(Status.DOWN);
            long start = System.nanoTime();
            String body = get("/actuator/health");
            // Like timedHealth, this only shows that no request waits on the absent cluster (a remote call would wait up
            // to the invocation timeout); 2 s leaves a shared, loaded 2-core machine room.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(body).contains("not connected to the cluster");
        }
        assertThat(getStatus("/actuator/health/readiness")).isEqualTo(503);

        // Meanwhile a second application starts lazily without the cluster; its map bean is a stand-in until then.
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + CLUSTER, "hz.client.cluster-members=127.0.0.1:" + PORT,
                        "hz.client.startup.mode=lazy", "hz.client.beans.maps=customers",
                        "hz.client.connection-retry.initial-backoff=100ms", "hz.client.connection-retry.max-backoff=500ms")
                .run(lazyApp -> {
                    @SuppressWarnings("unchecked")
                    HzMap<String, String> lazyCustomers = lazyApp.getBean("customers", HzMap.class);
                    assertThat(lazyCustomers.toString()).contains("looked up on first use");

                    member = startMember();
                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                            assertThat(timedHealth()).isEqualTo(Status.UP));
                    assertThat(get("/actuator/health")).contains("\"status\":\"UP\"");
                    customers.byQualifier.put("grace", "Hopper");
                    assertThat(member.getMap("customers").get("grace")).isEqualTo("Hopper");

                    await().atMost(Duration.ofSeconds(30)).until(() -> lazyApp.getBean(HzClient.class).isConnected());
                    assertThat(lazyCustomers.get("grace")).isEqualTo("Hopper");
                });
    }

    @Test
    @Order(5)
    void aWrongClusterNameFailsTheStartupWithTheReason() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=not-" + CLUSTER,
                        "hz.client.cluster-members=127.0.0.1:" + PORT, "hz.client.startup.timeout=20s")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable t = context.getStartupFailure();
                    while (t.getCause() != null && !(t instanceof AuthenticationException)) {
                        t = t.getCause();
                    }
                    assertThat(t).isInstanceOf(AuthenticationException.class).hasMessageContaining("cluster name");
                });
    }

    /**
     * The indicator itself, timed: it must never wait on the network, where a call would wait up to the 120 s
     * invocation timeout with the member away. 2 s leaves a loaded machine room.
     */
    private Status timedHealth() {
        long start = System.nanoTime();
        Status status = health.health().getStatus();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        return status;
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int getStatus(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(30)).build(); // the first request warms up the servlet stack: slow on a busy machine
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CustomerService.class)
    static class App {
    }

    static class CustomerService {
        @Autowired
        @Qualifier("customers")
        HzMap<String, String> byQualifier;

        @HzMapRef("customers")
        HzMap<String, String> byRef;
    }
}
