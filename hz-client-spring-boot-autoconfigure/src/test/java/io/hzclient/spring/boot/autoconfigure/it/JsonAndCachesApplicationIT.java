package io.hzclient.spring.boot.autoconfigure.it;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.query.Predicates;
import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.spring.cache.HzNativeCache;
import io.hzclient.test.FreePorts;
import io.hzclient.test.MemberMain;
import io.hzclient.test.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Boot 4 application against a real member: JSON mode writes with the application's Jackson 3 {@code JsonMapper}
 * (its naming strategy shows in what the member stores and queries), and {@code /actuator/caches} names the
 * cache's public native type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = JsonAndCachesApplicationIT.App.class, properties = {
            "spring.jackson.property-naming-strategy=SNAKE_CASE",
            "hz.client.serialization.json.enabled=true",
            "hz.client.serialization.json.classes="
                    + "io.hzclient.spring.boot.autoconfigure.it.JsonAndCachesApplicationIT.Profile",
            "spring.cache.cache-names=books",
            "management.endpoints.web.exposure.include=caches"
        })
class JsonAndCachesApplicationIT {
    static final String CLUSTER = TestCluster.newClusterName();
    static final int PORT = FreePorts.next();
    static final HazelcastInstance MEMBER = MemberMain.startInThisJvm(CLUSTER, PORT, Map.of());

    @LocalServerPort
    int serverPort;

    @Autowired
    HzClient client;

    @Autowired
    JsonMapper jsonMapper;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    BookService books;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add("hz.client.cluster-name", () -> CLUSTER);
        registry.add("hz.client.cluster-members", () -> "127.0.0.1:" + PORT);
    }

    @AfterAll
    static void stopMember() {
        MEMBER.getLifecycleService().terminate();
    }

    /** A POJO whose camel-case field the application's mapper writes in snake case. */
    public record Profile(String firstName, int age) {
    }

    @Test
    void jsonModeWritesWithTheApplicationsJsonMapper() {
        assertThat(client.getConfig().serialization().jsonMapper()).isSameAs(jsonMapper);
        String name = TestCluster.uniqueName("profiles");
        HzMap<String, Profile> profiles = client.getMap(name);

        profiles.put("p1", new Profile("Ann", 40));
        profiles.put("p2", new Profile("Tim", 9));

        Object stored = MEMBER.getMap(name).get("p1");
        assertThat(stored).isInstanceOf(HazelcastJsonValue.class);
        assertThat(((HazelcastJsonValue) stored).getValue()).contains("\"first_name\":\"Ann\"")
                .doesNotContain("firstName").contains("\"@type\":\"" + Profile.class.getName() + "\"");
        assertThat(MEMBER.getMap(name).keySet(Predicates.sql("first_name = 'Tim'"))).containsExactly("p2");
        assertThat(profiles.get("p1")).isEqualTo(new Profile("Ann", 40));
    }

    @Test
    void theCachesEndpointNamesThePublicNativeCacheType() throws Exception {
        assertThat(books.find("1")).isEqualTo("book-1");
        assertThat(cacheManager.getCache("books").getNativeCache()).isInstanceOf(HzNativeCache.class);

        String all = get("/actuator/caches");
        String one = get("/actuator/caches/books");

        assertThat(all).contains("\"books\"").contains("\"target\":\"" + HzNativeCache.class.getName() + "\"")
                .doesNotContain("internal");
        assertThat(one).contains("\"name\":\"books\"")
                .contains("\"target\":\"" + HzNativeCache.class.getName() + "\"");
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableCaching
    @Import(BookService.class)
    static class App {
    }

    static class BookService {
        @Cacheable("books")
        public String find(String id) {
            return "book-" + id;
        }
    }
}
