package io.hzclient.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The demo as a native image starts it, on the JVM: the executable jar, processed ahead of time by the build's
 * {@code process-aot}, run with {@code -Dspring.aot.enabled=true} in a JVM of its own (so the context is the
 * generated one: no classpath scanning, no auto-configuration conditions evaluated at startup), and called over HTTP
 * on every endpoint that reaches the cluster. The reflection metadata the build generated names what the client
 * reflects on.
 */
class DemoAotIT {
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Path jar;
    private static Path log;
    private static Process app;
    private static String base;

    @BeforeAll
    static void startTheAotProcessedJar() throws Exception {
        jar = Path.of(System.getProperty("demo.jar", "target/demo-app.jar"));
        assertThat(jar).as("the executable jar (mvn package)").isRegularFile();
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        log = jar.resolveSibling("demo-aot-it.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(java, "-Xmx512m", "-Dspring.aot.enabled=true", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!isUp()) {
            if (!app.isAlive() || System.nanoTime() > deadline) {
                fail("the AOT-processed demo did not come up within " + STARTUP + " (exit: "
                        + (app.isAlive() ? "still running" : app.exitValue()) + "); its log:\n" + tail());
            }
            Thread.sleep(200); // polling the health endpoint until the deadline, not racing a call
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void theGeneratedContextIsTheOneThatRuns() throws Exception {
        assertThat(Files.readString(log)).contains("Starting AOT-processed DemoApplication");
        assertThat(get("/actuator/health").body()).contains("\"hzClient\"").contains("\"CONNECTED\"");
    }

    @Test
    void aMapBeanOfHzClientBeansStoresAndReadsRecords() throws Exception {
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/customers/aot-1"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"id\":\"aot-1\",\"name\":\"Grace\",\"email\":\"grace@example.com\"}")));
        assertThat(put.statusCode()).isBetween(200, 299);

        assertThat(get("/customers/aot-1").body()).contains("\"name\":\"Grace\"");
        eventually("/customers?name=Grace", body -> body.contains("aot-1"));
    }

    @Test
    void theCacheAndTheListenerAnnotationsWork() throws Exception {
        String first = get("/products/aot-p").body();
        assertThat(first).contains("\"id\":\"aot-p\"");
        assertThat(get("/products/aot-p").body()).as("the second read is the cached one").isEqualTo(first);

        post("/messages", "hello from AOT");
        eventually("/messages/recent", body -> body.contains("hello from AOT"));

        post("/jobs", "aot job");
        eventually("/jobs/done", body -> body.contains("AOT JOB"));
    }

    @Test
    void theReflectionMetadataNamesTheStoredTypesAndTheListenerMethods() throws IOException {
        JsonNode metadata;
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry(
                    "META-INF/native-image/io.hzclient/demo-app/reachability-metadata.json");
            assertThat(entry).as("the metadata process-aot writes, at the jar's root").isNotNull();
            metadata = JsonMapper.builder().build().readTree(file.getInputStream(entry));
        }
        JsonNode customer = type(metadata, "io.hzclient.demo.Customer");
        assertThat(customer.path("allDeclaredFields").asBoolean()).isTrue();
        assertThat(customer.path("allDeclaredConstructors").asBoolean()).isTrue();
        assertThat(customer.path("allDeclaredMethods").asBoolean()).isTrue();
        assertThat(methods(type(metadata, "io.hzclient.demo.MessageController"))).contains("received");
        assertThat(methods(type(metadata, "io.hzclient.demo.JobWorker"))).contains("process");
        assertThat(type(metadata, "io.hzclient.map.EntryListener").path("allPublicMethods").asBoolean()).isTrue();
    }

    private static JsonNode type(JsonNode metadata, String name) {
        for (JsonNode hint : metadata.path("reflection")) {
            if (name.equals(hint.path("type").asString())) {
                return hint;
            }
        }
        return fail("no reflection hint for " + name);
    }

    private static Set<String> methods(JsonNode hint) {
        Set<String> names = new HashSet<>();
        hint.path("methods").forEach(m -> names.add(m.path("name").asString()));
        return names;
    }

    private static void eventually(String path, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        String body = get(path).body();
        while (!condition.test(body)) {
            if (System.nanoTime() > deadline) {
                fail("GET " + path + " still answers " + body + " after " + EVENTUALLY);
            }
            Thread.sleep(100);
            body = get(path).body();
        }
    }

    private static boolean isUp() {
        try {
            return get("/actuator/health").statusCode() == 200; // 503 while a component is down
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static void post(String path, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(response.statusCode()).as("POST " + path).isBetween(200, 299);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
