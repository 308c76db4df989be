package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientConnectionDetails;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.test.TestCertificates;
import io.hzclient.test.TestCluster;
import io.hzclient.test.TlsProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hz.client.ssl.*} with Spring Boot's SSL bundles, against a real member behind a TLS-terminating proxy
 * (open-source members have no TLS); unisocket, since the member list names the member's own plain address.
 */
class HzClientSslBundleIT {
    static final String PASSWORD = TestCertificates.PASSWORD;
    static TestCluster cluster;
    static TestCertificates certs;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        cluster = TestCluster.start(1);
        certs = TestCertificates.create(dir);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static ApplicationContextRunner runner(TlsProxy proxy) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues("hz.client.cluster-name=" + cluster.clusterName(),
                        "hz.client.cluster-members=" + proxy.address(), "hz.client.smart-routing=false",
                        "hz.client.connection-timeout=3s", "hz.client.connection-retry.cluster-connect-timeout=3s",
                        "spring.ssl.bundle.jks.hz.truststore.location=file:" + certs.trustStore(),
                        "spring.ssl.bundle.jks.hz.truststore.type=PKCS12",
                        "spring.ssl.bundle.jks.hz.truststore.password=" + PASSWORD);
    }

    private static void putGet(HzClient client) {
        HzMap<String, String> map = client.getMap(TestCluster.uniqueName("ssl-bundle"));
        map.put("k", "v");
        assertThat(map.get("k")).isEqualTo("v");
    }

    @Test
    void aBundleNamedInThePropertiesConnectsThroughTls() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, cluster.addresses().get(0))) {
            runner(proxy).withPropertyValues("hz.client.ssl.bundle=hz").run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(HzClientConnectionDetails.class).getSslBundle()).isNotNull();
                putGet(context.getBean(HzClient.class));
                assertThat(proxy.handshakes()).isEqualTo(1);
            });
        }
    }

    @Test
    void aBundleWithAKeyStoreDoesMutualTls() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), certs.trustStore(), cluster.addresses().get(0))) {
            runner(proxy).withPropertyValues("hz.client.ssl.bundle=mtls",
                    "spring.ssl.bundle.jks.mtls.truststore.location=file:" + certs.trustStore(),
                    "spring.ssl.bundle.jks.mtls.truststore.password=" + PASSWORD,
                    "spring.ssl.bundle.jks.mtls.keystore.location=file:" + certs.clientKeyStore(),
                    "spring.ssl.bundle.jks.mtls.keystore.type=PKCS12",
                    "spring.ssl.bundle.jks.mtls.keystore.password=" + PASSWORD).run(context -> {
                        assertThat(context).hasNotFailed();
                        putGet(context.getBean(HzClient.class));
                    });
            // the same proxy refuses the bundle without a key
            runner(proxy).withPropertyValues("hz.client.ssl.bundle=hz").run(context ->
                    assertThat(context).getFailure().rootCause().isInstanceOf(ClusterConnectException.class)
                            .hasMessageContaining("TLS error"));
        }
    }

    @Test
    void anUnknownBundleNameStopsTheStartupNamingTheProperty() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, cluster.addresses().get(0))) {
            runner(proxy).withPropertyValues("hz.client.ssl.bundle=nope").run(context -> {
                assertThat(context).hasFailed();
                assertThat(context).getFailure().rootCause()
                        .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                        .hasMessageContaining("hz.client.ssl.bundle").hasMessageContaining("'nope'")
                        .hasMessageContaining("spring.ssl.bundle.jks.nope").hasMessageContaining("[hz]");
                assertThat(proxy.handshakes()).isZero();
            });
        }
    }

    @Test
    void enabledWithoutABundleUsesTheJvmsTrustAndHostnameVerificationCanBeTurnedOff() {
        try (TlsProxy proxy = TlsProxy.start(certs.serverKeyStore(), null, cluster.addresses().get(0))) {
            // the JVM's default trust store does not know the test CA
            runner(proxy).withPropertyValues("hz.client.ssl.enabled=true").run(context ->
                    assertThat(context).getFailure().rootCause().isInstanceOf(ClusterConnectException.class)
                            .hasMessageContaining("not trusted"));
            runner(proxy).withPropertyValues("hz.client.ssl.enabled=true", "hz.client.startup.mode=lazy").run(context ->
                    assertThat(context.getBean(HzClientConnectionDetails.class).getSslBundle()).isNull());
            // a bundle named but TLS turned off: plain TCP, which the TLS port closes
            runner(proxy).withPropertyValues("hz.client.ssl.bundle=hz", "hz.client.ssl.enabled=false").run(context ->
                    assertThat(context).getFailure().rootCause().isInstanceOf(ClusterConnectException.class)
                            .hasMessageContaining("requires TLS"));
        }
        try (TlsProxy wrongHost = TlsProxy.start(certs.wrongHostKeyStore(), null, cluster.addresses().get(0))) {
            runner(wrongHost).withPropertyValues("hz.client.ssl.bundle=hz").run(context ->
                    assertThat(context).getFailure().rootCause().isInstanceOf(ClusterConnectException.class)
                            .hasMessageContaining("does not name the host"));
            runner(wrongHost).withPropertyValues("hz.client.ssl.bundle=hz", "hz.client.ssl.hostname-verification=false")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        putGet(context.getBean(HzClient.class));
                    });
        }
    }
}
