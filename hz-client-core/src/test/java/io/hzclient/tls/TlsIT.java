package io.hzclient.tls;

import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.SslConfig;
import io.hzclient.map.HzMap;
import io.hzclient.test.TestCertificates;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TestClusterExtension;
import io.hzclient.test.TlsProxy;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS against a real member behind a TLS-terminating proxy (open-source members have no TLS): the client dials the
 * proxy, so it routes unisocket (the member list names the member's own plain address, which it must not dial).
 */
class TlsIT {
    private static final String PASSWORD = TestCertificates.PASSWORD;
    /** A failure is reported within this, though the cluster connect timeout is 3 s: nothing hangs. */
    private static final Duration QUICK = Duration.ofSeconds(20);

    @RegisterExtension
    static final TestClusterExtension CLUSTER = TestClusterExtension.members(1);

    @TempDir
    static Path dir;
    static TestCertificates certs;

    /** Every log line of the client during a test, to show that no password is in one. */
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger clientLog = (Logger) LoggerFactory.getLogger("io.hzclient");

    @BeforeAll
    static void certificates() {
        certs = TestCertificates.create(dir);
    }

    @BeforeEach
    void captureLog() {
        log.start();
        clientLog.addAppender(log);
    }

    @AfterEach
    void noPasswordWasLogged() {
        clientLog.detachAppender(log);
        synchronized (log) {
            assertThat(log.list).as("the client logged during the test").isNotEmpty();
            for (ILoggingEvent e : log.list) {
                assertThat(e.getFormattedMessage()).doesNotContain(PASSWORD);
                for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
                }
            }
        }
    }

    private static String member() {
        return CLUSTER.cluster().addresses().get(0);
    }

    private static ClientConfig.Builder config(String address, SslConfig ssl) {
        return ClientConfig.builder().clusterName(CLUSTER.cluster().clusterName()).addresses(address)
                .smartRouting(false).connectionTimeout(Duration.ofSeconds(3))
                .clusterConnectTimeout(Duration.ofSeconds(3)).ssl(ssl);
    }

    private static SslConfig.Builder trusting(Path trustStore) {
        return SslConfig.builder().trustStore(trustStore, "PKCS12", PASSWORD);
    }

    private static void putGet(HzClient client) {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("tls"));
        map.put("k", "v");
        assertThat(map.get("k")).isEqualTo("v");
        assertThat(map.size()).isEqualTo(1);
    }

    /** Starting the client fails with a ClusterConnectException whose message says why, well within QUICK. */
    private static String refused(ClientConfig config) {
        long start = System.nanoTime();
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> HzClient.newClient(config).shutdown()).isInstanceOfSatisfying(
                ClusterConnectException.class, e -> thrown[0] = e);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
        assertThat(thrown[0].getMessage()).doesNotContain(PASSWORD);
        return thrown[0].getMessage();
    }

    @Test
    void aTrustedCertificateConnectsAndEveryCallGoesThroughTls() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, member());
             HzClient client = HzClient.newClient(config(proxy.address(), trusting(certs.trustStore()).build())
                     .build())) {
            putGet(client);
            assertThat(proxy.handshakes()).isEqualTo(1);
        }
    }

    @Test
    void theProtocolsAndCipherSuitesAreTheConfiguredOnes() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, member())) {
            SslConfig tls12 = trusting(certs.trustStore()).protocols(List.of("TLSv1.2"))
                    .cipherSuites(List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")).build();
            try (HzClient client = HzClient.newClient(config(proxy.address(), tls12).build())) {
                putGet(client);
            }
            SslConfig tls13 = trusting(certs.trustStore()).protocols(List.of("TLSv1.3"))
                    .cipherSuites(List.of("TLS_AES_256_GCM_SHA384")).build();
            try (HzClient client = HzClient.newClient(config(proxy.address(), tls13).build())) {
                putGet(client);
            }
            assertThat(proxy.sessions()).containsExactly("TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                    "TLSv1.3 TLS_AES_256_GCM_SHA384");
        }
    }

    @Test
    void theHostNameMayBeAName() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, member());
             HzClient client = HzClient.newClient(config("localhost:" + proxy.port(),
                     trusting(certs.trustStore()).build()).build())) {
            putGet(client);
        }
    }

    @Test
    void aCertificateNotSignedByATrustedCaIsRefused() {
        try (TlsProxy proxy = TlsProxy.start(certs.untrustedKeyStore(), null, member())) {
            String message = refused(config(proxy.address(), trusting(certs.trustStore()).build()).build());
            assertThat(message).contains("TLS handshake with " + proxy.address() + " failed")
                    .contains("the member's certificate is not trusted");
            assertThat(proxy.handshakes()).isZero();
        }
    }

    @Test
    void aTrustStoreWithoutTheMembersCaRefusesIt() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, member())) {
            String message = refused(config(proxy.address(), trusting(certs.otherTrustStore()).build()).build());
            assertThat(message).contains("the member's certificate is not trusted");
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefusedUnlessHostnameVerificationIsOff() {
        try (TlsProxy proxy = TlsProxy.start(certs.wrongHostKeyStore(), null, member())) {
            String message = refused(config(proxy.address(), trusting(certs.trustStore()).build()).build());
            assertThat(message).contains("the member's certificate does not name the host dialled")
                    .contains("127.0.0.1");

            SslConfig lenient = trusting(certs.trustStore()).hostnameVerification(false).build();
            try (HzClient client = HzClient.newClient(config(proxy.address(), lenient).build())) {
                putGet(client);
            }
        }
    }

    @Test
    void aReadySslContextIsUsedAndTheHostIsStillChecked() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(KeyStore.getInstance(certs.trustStore().toFile(), PASSWORD.toCharArray()));
        context.init(null, tmf.getTrustManagers(), null);
        try (TlsProxy wrongHost = TlsProxy.start(certs.wrongHostKeyStore(), null, member())) {
            String message = refused(config(wrongHost.address(), SslConfig.builder().sslContext(context).build())
                    .build());
            assertThat(message).contains("does not name the host dialled");
            SslConfig lenient = SslConfig.builder().sslContext(context).hostnameVerification(false).build();
            try (HzClient client = HzClient.newClient(config(wrongHost.address(), lenient).build())) {
                putGet(client);
            }
        }
        try (TlsProxy untrusted = TlsProxy.start(certs.untrustedKeyStore(), null, member())) {
            assertThat(refused(config(untrusted.address(), SslConfig.builder().sslContext(context).build()).build()))
                    .contains("not trusted");
        }
    }

    @Test
    void mutualTlsRefusesAClientWithoutACertificateAndTakesOneWithIt() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), certs.trustStore(), member())) {
            String message = refused(config(proxy.address(), trusting(certs.trustStore()).build()).build());
            assertThat(message).contains("TLS error").contains("the member refused the client's certificate");
            assertThat(proxy.errors()).isNotEmpty();

            SslConfig withKey = trusting(certs.trustStore()).keyStore(certs.clientKeyStore(), "PKCS12", PASSWORD)
                    .build();
            try (HzClient client = HzClient.newClient(config(proxy.address(), withKey).build())) {
                putGet(client);
            }
        }
    }

    @Test
    void aPlainClientAtATlsPortFailsQuickly() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, member())) {
            String message = refused(config(proxy.address(), SslConfig.DISABLED).build());
            assertThat(message).contains(proxy.address()).contains("requires TLS");
        }
    }

    @Test
    void aTlsClientAtAPlainPortFailsQuickly() {
        String message = refused(config(member(), trusting(certs.trustStore()).build()).build());
        assertThat(message).contains("TLS handshake with " + member() + " failed")
                .contains("a port without TLS");
    }

    @Test
    void aPortThatNeverAnswersTheHandshakeFailsAfterTheConnectionTimeout() throws Exception {
        // the kernel accepts the TCP connection into the backlog; nothing ever reads or answers
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + silent.getLocalPort();
            String message = refused(config(address, trusting(certs.trustStore()).build()).build());
            assertThat(message).contains("TLS handshake with " + address + " failed")
                    .contains("no handshake within the connection timeout");
        }
    }

    @Test
    void anUnreadableStoreIsAClearErrorWithoutThePassword() {
        HzClient.newClient(config(member(), SslConfig.DISABLED).build()).shutdown(); // something to log
        SslConfig wrongPassword = SslConfig.builder().trustStore(certs.trustStore(), "PKCS12", "not-" + PASSWORD)
                .build();
        assertThatThrownBy(() -> HzClient.newClient(config(member(), wrongPassword).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ssl.trust-store " + certs.trustStore())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
        SslConfig missing = SslConfig.builder().keyStore(dir.resolve("missing.p12"), null, PASSWORD).build();
        assertThatThrownBy(() -> HzClient.newClient(config(member(), missing).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ssl.key-store " + dir.resolve("missing.p12"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
    }
}
