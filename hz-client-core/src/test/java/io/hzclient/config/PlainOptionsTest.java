package io.hzclient.config;

import io.hzclient.loadbalancer.RandomLoadBalancer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A config from plain options: a properties file's texts or a map's typed values, named as the starter's properties. */
class PlainOptionsTest {

    private static ClientConfig fromFile(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return ClientConfig.builder(p).build();
    }

    @Test
    void aPropertiesFileSetsEveryOptionItNames() throws IOException {
        ClientConfig c = fromFile("""
                hz.client.cluster-name=prod
                cluster-members=10.0.0.1:5701, 10.0.0.2
                client-name=orders
                labels=a,b
                smart-routing=false
                redo-operation=true
                invocation-timeout=30s
                invocation-retry-pause=250ms
                heartbeat.interval=PT2S
                heartbeat.timeout=1m
                connection-timeout=3000
                async-start=true
                reconnect-mode=async
                load-balancer=random
                backup-ack-to-client=false
                operation-backup-timeout=7s
                fail-on-indeterminate-operation-state=true
                max-message-size=16MB
                connection-retry.initial-backoff=2s
                connection-retry.max-backoff=1h
                connection-retry.multiplier=1.5
                connection-retry.jitter=0.2
                connection-retry.cluster-connect-timeout=90s
                near-cache-repair.max-tolerated-miss-count=5
                near-cache-repair.reconciliation-interval=2m
                statistics.enabled=true
                statistics.period=10s
                security.password=s3cret
                security.username=alice
                cloud.url-base=https://cloud.example.com
                use-public-ip=true
                shuffle-member-list=false
                socket.tcp-no-delay=false
                socket.keep-alive=false
                socket.linger=4s
                socket.receive-buffer-size=128KB
                socket.send-buffer-size=65536
                """);
        assertThat(c.clusterName()).isEqualTo("prod");
        assertThat(c.addresses()).containsExactly("10.0.0.1:5701", "10.0.0.2");
        assertThat(c.clientName()).isEqualTo("orders");
        assertThat(c.labels()).containsExactlyInAnyOrder("a", "b");
        assertThat(c.smartRouting()).isFalse();
        assertThat(c.redoOperation()).isTrue();
        assertThat(c.invocationTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.invocationRetryPause()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.heartbeatTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.asyncStart()).isTrue();
        assertThat(c.reconnectMode()).isEqualTo(ReconnectMode.ASYNC);
        assertThat(c.newLoadBalancer()).isInstanceOf(RandomLoadBalancer.class);
        assertThat(c.backupAckToClient()).isFalse();
        assertThat(c.operationBackupTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(c.failOnIndeterminateOperationState()).isTrue();
        assertThat(c.maxMessageSize()).isEqualTo(16 * 1024 * 1024);
        assertThat(c.connectionRetry()).isEqualTo(new ConnectionRetryConfig(Duration.ofSeconds(2), Duration.ofHours(1),
                1.5, 0.2, Duration.ofSeconds(90)));
        assertThat(c.nearCacheRepair()).isEqualTo(new NearCacheRepairConfig(5, Duration.ofMinutes(2)));
        assertThat(c.statisticsEnabled()).isTrue();
        assertThat(c.statisticsPeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.credentials()).isInstanceOfSatisfying(Credentials.UsernamePassword.class, p -> {
            assertThat(p.username()).isEqualTo("alice");
            assertThat(p.password()).isEqualTo("s3cret");
        });
        assertThat(c.cloudUrlBase()).hasToString("https://cloud.example.com");
        assertThat(c.usePublicIp()).isTrue();
        assertThat(c.shuffleMemberList()).isFalse();
        assertThat(c.socketOptions()).isEqualTo(new SocketOptions(false, false, 4, 128 * 1024, 65536));
    }

    @Test
    void aMapTakesTypedValuesAndLeavesTheRestAtTheirDefaults() {
        ClientConfig c = ClientConfig.builder(Map.of("cluster-members", List.of("h1:1", "h2:2"),
                "invocation-timeout", Duration.ofSeconds(9), "smart-routing", false, "max-message-size", 1 << 20,
                "security.token", "tok")).build();
        ClientConfig defaults = ClientConfig.builder().build();
        assertThat(c.addresses()).containsExactly("h1:1", "h2:2");
        assertThat(c.invocationTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(c.smartRouting()).isFalse();
        assertThat(c.maxMessageSize()).isEqualTo(1 << 20);
        assertThat(c.credentials()).isInstanceOf(Credentials.Token.class);
        assertThat(c.clusterName()).isEqualTo(defaults.clusterName());
        assertThat(c.connectionRetry()).isEqualTo(defaults.connectionRetry());
        assertThat(c.socketOptions()).isEqualTo(SocketOptions.DEFAULT);
        assertThat(ClientConfig.builder(Map.of()).build().addresses()).isEqualTo(defaults.addresses());
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("cluster-nmae", "x")))
                .hasMessageStartingWith("unknown option 'cluster-nmae'; the options: [").hasMessageContaining("cluster-name");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("hz.client.near-caches.orders.max-size", "10")))
                .hasMessage("option 'hz.client.near-caches.orders.max-size' is not read from plain options: set it"
                        + " with ClientConfig.Builder.addNearCacheConfig(...)");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("startup.mode", "lazy")))
                .hasMessageContaining("for the Spring Boot starter only");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("smart-routing", "yes")))
                .hasMessage("smart-routing must be true or false, got 'yes'");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("invocation-timeout", "5 fortnights")))
                .hasMessage("invocation-timeout must be a duration such as 5s, 500ms or PT5S, got '5 fortnights'");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("max-message-size", "3TB")))
                .hasMessage("max-message-size must be a size such as 64KB or 65536, got '3TB'");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("reconnect-mode", "sometimes")))
                .hasMessage("reconnect-mode must be one of [on, off, async], got 'sometimes'");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("load-balancer", "mine")))
                .hasMessageContaining("load-balancer must be round-robin or random");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("connection-retry.jitter", "2")))
                .hasMessageContaining("connection-retry.jitter");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("socket.linger", "-1s")))
                .hasMessageContaining("socket.linger");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("security.password", "hunter2")))
                .hasMessage("security.username and security.password go together; only the password is set");
        assertThatThrownBy(() -> ClientConfig.builder(Map.of("security.token", 42)))
                .hasMessage("security.token must be a text").message().doesNotContain("42");
    }

    /** The names stay the starter's: each option is a row of PROPERTIES.md. */
    @Test
    void everyOptionIsAPropertyOfTheStarterOfTheSameName() throws IOException {
        Path doc = Path.of("..", "hz-client-spring-boot-autoconfigure", "PROPERTIES.md");
        Matcher m = Pattern.compile("^\\| `hz\\.client\\.([a-z.-]+)`", Pattern.MULTILINE).matcher(Files.readString(doc));
        Set<String> documented = m.results().map(r -> r.group(1)).collect(Collectors.toSet());
        assertThat(documented).containsAll(PlainOptions.names());
    }
}
