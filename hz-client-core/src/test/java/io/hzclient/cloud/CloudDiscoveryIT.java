package io.hzclient.cloud;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SslConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.Eventually;
import io.hzclient.test.TestCertificates;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import io.hzclient.test.TlsProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hazelcast Cloud discovery against a local HTTPS server that answers as the cloud's discovery API does: the members
 * announce their own (private) addresses, the API maps each to a public one (a TLS proxy in front of the member),
 * and the client dials the public ones. No token is in any log line of the client (at TRACE) or in an exception.
 */
class CloudDiscoveryIT {
    private static final String TOKEN = "s3cret-discovery-token-4711";
    private static final String WRONG_TOKEN = "wrong-discovery-token-0815";
    private static final String PASSWORD = TestCertificates.PASSWORD;
    private static final Duration QUICK = Duration.ofSeconds(20);

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    @TempDir
    static Path dir;
    static TestCertificates certs;
    static HttpsServer api;
    /** The API's answer to the right token. */
    static volatile String members = "[]";
    /** The query string of every request the API had. */
    static final List<String> queries = new CopyOnWriteArrayList<>();

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger clientLog = (Logger) LoggerFactory.getLogger("io.hzclient");
    private Level levelBefore;

    @BeforeAll
    static void discoveryApi() throws Exception {
        certs = TestCertificates.create(dir);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(KeyStore.getInstance(certs.serverKeyStore().toFile(), PASSWORD.toCharArray()),
                PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        api = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.setHttpsConfigurator(new HttpsConfigurator(context));
        api.createContext("/cluster/discovery", CloudDiscoveryIT::answer);
        api.start();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        queries.add(query);
        boolean good = ("token=" + TOKEN).equals(query);
        byte[] body = (good ? members : "{\"message\":\"Invalid token\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(good ? 200 : 401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterAll
    static void stopApi() {
        api.stop(0);
    }

    @BeforeEach
    void captureTheClientsLogAtTrace() {
        queries.clear();
        levelBefore = clientLog.getLevel();
        clientLog.setLevel(Level.TRACE);
        log.start();
        clientLog.addAppender(log);
    }

    @AfterEach
    void noTokenWasLogged() {
        clientLog.detachAppender(log);
        clientLog.setLevel(levelBefore);
        synchronized (log) {
            assertThat(log.list).as("the client logged during the test").isNotEmpty();
            for (ILoggingEvent e : log.list) {
                assertThat(e.getFormattedMessage()).doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN);
                for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN);
                }
            }
        }
    }

    private static String apiBase() {
        return "https://127.0.0.1:" + api.getAddress().getPort();
    }

    private static ClientConfig.Builder config(String token) {
        return ClientConfig.builder().clusterName(CLUSTER.cluster().clusterName())
                .cloudDiscoveryToken(token).cloudUrlBase(apiBase())
                .ssl(SslConfig.builder().trustStore(certs.trustStore(), "PKCS12", PASSWORD).build())
                .connectionTimeout(Duration.ofSeconds(3)).clusterConnectTimeout(Duration.ofSeconds(3));
    }

    private static String entry(String privateAddress, String publicAddress) {
        return "{\"private-address\":\"" + privateAddress + "\",\"public-address\":\"" + publicAddress + "\"}";
    }

    /** Starting the client fails with a ClusterConnectException within QUICK; its message, which has no token. */
    private static String refused(ClientConfig config) {
        long start = System.nanoTime();
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> HzClient.newClient(config).shutdown()).isInstanceOfSatisfying(
                ClusterConnectException.class, e -> thrown[0] = e);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
        for (Throwable t = thrown[0]; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN).doesNotContain(WRONG_TOKEN);
        }
        return thrown[0].getMessage();
    }

    @Test
    void theClientDialsThePublicAddressesAndFetchesAgainForANewMember() {
        TestCluster cluster = CLUSTER.cluster();
        try (TlsProxy proxy0 = TlsProxy.start(certs.serverKeyStore(), null, cluster.address(0))) {
            members = "[" + entry(cluster.address(0), proxy0.address()) + "]";
            try (HzClient client = HzClient.newClient(config(TOKEN).addresses("127.0.0.1:1").build())) {
                HzMap<String, String> map = client.getMap(TestCluster.uniqueName("cloud"));
                map.put("k", "v");
                assertThat(map.get("k")).isEqualTo("v");
                assertThat(proxy0.handshakes()).as("the member is reached through its public address").isEqualTo(1);
                assertThat(queries).first().isEqualTo("token=" + TOKEN);

                // a new member: its address is not in the last answer, so the client asks again and dials its proxy
                int asked = queries.size();
                cluster.addMember();
                try (TlsProxy proxy1 = TlsProxy.start(certs.serverKeyStore(), null, cluster.address(1))) {
                    members = "[" + entry(cluster.address(0), proxy0.address()) + ","
                            + entry(cluster.address(1), proxy1.address()) + "]";
                    Eventually.assertEventually(Duration.ofSeconds(30),
                            () -> assertThat(proxy1.handshakes()).isEqualTo(1));
                    assertThat(queries.size()).as("asked again for the new member").isGreaterThan(asked);
                    for (int i = 0; i < 50; i++) {
                        map.put("k" + i, "v" + i);
                        assertThat(map.get("k" + i)).isEqualTo("v" + i);
                    }
                }
            }
        }
    }

    @Test
    void aWrongTokenFailsTheStartWithTheStatusAndTheServersMessageButNotTheToken() {
        String message = refused(config(WRONG_TOKEN).build());
        assertThat(message).contains(apiBase() + "/cluster/discovery").contains("HTTP 401").contains("Invalid token");
        assertThat(queries).containsExactly("token=" + WRONG_TOKEN);
    }

    @Test
    void anUnreachableApiFailsClearlyWithinTheClusterConnectTimeout() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String message = refused(config(TOKEN).cloudUrlBase("https://127.0.0.1:" + closedPort).build());
        assertThat(message).contains("https://127.0.0.1:" + closedPort + "/cluster/discovery")
                .contains("could not be reached");
    }

    @Test
    void withoutTlsSettingsTheJvmsDefaultTrustIsUsedAndTheTestCaIsNotInIt() {
        String message = refused(config(TOKEN).ssl(SslConfig.DISABLED).build());
        assertThat(message).contains(apiBase() + "/cluster/discovery").contains("could not be reached")
                .containsIgnoringCase("SSL");
    }
}
