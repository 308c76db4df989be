package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.ClusterConnectException;
import io.hzclient.HzClient;
import io.hzclient.MembershipListener;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ConnectionRetryConfig;
import io.hzclient.config.ReconnectMode;
import io.hzclient.config.SocketOptions;
import io.hzclient.loadbalancer.LoadBalancer;
import io.hzclient.loadbalancer.RandomLoadBalancer;
import io.hzclient.loadbalancer.RoundRobinLoadBalancer;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.topic.TopicOverloadPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client bean from properties, without a cluster: lazy startup lets the client be built and inspected while it
 * tries an address where nothing listens.
 */
class HzClientAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void everyPropertyReachesTheClientConfig() {
        runner.withPropertyValues(
                "hz.client.cluster-name=orders",
                "hz.client.cluster-members=10.0.0.1:5701,[::1]:5702,db-host:5701-5703",
                "hz.client.client-name=order-service",
                "hz.client.labels=blue,eu",
                "hz.client.smart-routing=false",
                "hz.client.redo-operation=true",
                "hz.client.invocation-timeout=30s",
                "hz.client.invocation-retry-pause=250ms",
                "hz.client.heartbeat.interval=2s",
                "hz.client.heartbeat.timeout=9s",
                "hz.client.connection-timeout=3s",
                "hz.client.connection-retry.initial-backoff=200ms",
                "hz.client.connection-retry.max-backoff=4s",
                "hz.client.connection-retry.multiplier=2",
                "hz.client.connection-retry.jitter=0.25",
                "hz.client.connection-retry.cluster-connect-timeout=1h",
                "hz.client.reconnect-mode=async",
                "hz.client.load-balancer=random",
                "hz.client.backup-ack-to-client=false",
                "hz.client.operation-backup-timeout=7s",
                "hz.client.fail-on-indeterminate-operation-state=true",
                "hz.client.max-message-size=128MB",
                "hz.client.serialization.byte-order=little-endian"
        ).run(context -> {
            assertThat(context).hasNotFailed();
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.clusterName()).isEqualTo("orders");
            assertThat(c.addresses()).containsExactly("10.0.0.1:5701", "[::1]:5702", "db-host:5701-5703");
            assertThat(c.clientName()).isEqualTo("order-service");
            assertThat(c.labels()).containsExactlyInAnyOrder("blue", "eu");
            assertThat(c.smartRouting()).isFalse();
            assertThat(c.redoOperation()).isTrue();
            assertThat(c.invocationTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(c.invocationRetryPause()).isEqualTo(Duration.ofMillis(250));
            assertThat(c.heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
            assertThat(c.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(9));
            assertThat(c.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(c.connectionRetry()).isEqualTo(new ConnectionRetryConfig(Duration.ofMillis(200),
                    Duration.ofSeconds(4), 2, 0.25, Duration.ofHours(1)));
            assertThat(c.reconnectMode()).isEqualTo(ReconnectMode.ASYNC);
            assertThat(c.newLoadBalancer()).isInstanceOf(RandomLoadBalancer.class);
            assertThat(c.backupAckToClient()).isFalse();
            assertThat(c.operationBackupTimeout()).isEqualTo(Duration.ofSeconds(7));
            assertThat(c.failOnIndeterminateOperationState()).isTrue();
            assertThat(c.maxMessageSize()).isEqualTo(128 * 1024 * 1024);
            assertThat(c.serialization().byteOrder()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
            assertThat(c.asyncStart()).isTrue();
        });
    }

    @Test
    void statisticsPropertiesReachTheClientConfigAndAreOffByDefault() {
        runner.withPropertyValues("hz.client.statistics.enabled=true", "hz.client.statistics.period=1500ms")
                .run(context -> {
                    ClientConfig c = context.getBean(HzClient.class).getConfig();
                    assertThat(c.statisticsEnabled()).isTrue();
                    assertThat(c.statisticsPeriod()).isEqualTo(Duration.ofMillis(1500));
                });
        runner.run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.statisticsEnabled()).isFalse();
            assertThat(c.statisticsPeriod()).isEqualTo(ClientConfig.builder().build().statisticsPeriod());
        });
    }

    @Test
    void usePublicIpReachesTheClientConfigAndIsAutomaticByDefault() {
        runner.withPropertyValues("hz.client.use-public-ip=true").run(context ->
                assertThat(context.getBean(HzClient.class).getConfig().usePublicIp()).isTrue());
        runner.withPropertyValues("hz.client.use-public-ip=false").run(context ->
                assertThat(context.getBean(HzClient.class).getConfig().usePublicIp()).isFalse());
        runner.run(context -> assertThat(context.getBean(HzClient.class).getConfig().usePublicIp()).isNull());
    }

    @Test
    void socketOptionsAndShuffleReachTheClientConfigWithTheCoreDefaults() {
        runner.withPropertyValues("hz.client.socket.tcp-no-delay=false", "hz.client.socket.keep-alive=false",
                "hz.client.socket.linger=3s", "hz.client.socket.receive-buffer-size=64KB",
                "hz.client.socket.send-buffer-size=32KB", "hz.client.shuffle-member-list=false").run(context -> {
                    ClientConfig c = context.getBean(HzClient.class).getConfig();
                    assertThat(c.socketOptions()).isEqualTo(new SocketOptions(false, false, 3, 65536, 32768));
                    assertThat(c.shuffleMemberList()).isFalse();
                });
        runner.run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.socketOptions()).isEqualTo(SocketOptions.DEFAULT);
            assertThat(c.shuffleMemberList()).isTrue();
        });
        runner.withPropertyValues("hz.client.socket.linger=-1s").run(context ->
                assertThat(context).getFailure().hasRootCauseMessage("hz.client.socket.linger must be between 0 and "
                        + Integer.MAX_VALUE + ", got -1"));
    }

    @Test
    void defaultsAreTheCoreDefaults() {
        // cluster-members stays at a closed port: a test never knocks on 5701, where a real cluster may run
        runner.run(context -> {
                    assertThat(new HzClientProperties().getClusterMembers()).isEmpty();
                    ClientConfig ours = context.getBean(HzClient.class).getConfig();
                    ClientConfig core = ClientConfig.builder().build();
                    assertThat(ours.clusterName()).isEqualTo(core.clusterName());
                    assertThat(ours.invocationTimeout()).isEqualTo(core.invocationTimeout());
                    assertThat(ours.heartbeatTimeout()).isEqualTo(core.heartbeatTimeout());
                    assertThat(ours.connectionRetry()).isEqualTo(core.connectionRetry());
                    assertThat(ours.reconnectMode()).isEqualTo(core.reconnectMode());
                    assertThat(ours.newLoadBalancer()).isInstanceOf(RoundRobinLoadBalancer.class);
                    assertThat(ours.smartRouting()).isEqualTo(core.smartRouting());
                    assertThat(ours.backupAckToClient()).isEqualTo(core.backupAckToClient());
                    assertThat(ours.failOnIndeterminateOperationState()).isFalse()
                            .isEqualTo(core.failOnIndeterminateOperationState());
                    assertThat(ours.maxMessageSize()).isEqualTo(core.maxMessageSize());
                });
    }

    @Test
    void nearCachesFlakeIdGeneratorsAndReliableTopicsAreBoundByName() {
        runner.withPropertyValues(
                "hz.client.near-caches.customers.time-to-live=5m",
                "hz.client.near-caches.customers.in-memory-format=object",
                "hz.client.near-caches.customers.eviction-policy=lfu",
                "hz.client.near-caches.customers.eviction-max-size=500",
                "hz.client.flake-id-generators.order-ids.prefetch-count=1000",
                "hz.client.flake-id-generators.order-ids.prefetch-validity=30s",
                "hz.client.reliable-topics.news.read-batch-size=50",
                "hz.client.reliable-topics.news.overload-policy=discard-oldest",
                "hz.client.flake-id-generators[batch-*].prefetch-count=5"
        ).run(context -> {
            HzClientProperties p = context.getBean(HzClientProperties.class);
            HzClientProperties.NearCache nc = p.getNearCaches().get("customers");
            assertThat(nc.getTimeToLive()).isEqualTo(Duration.ofMinutes(5));
            assertThat(nc.getInMemoryFormat()).isEqualTo(io.hzclient.config.InMemoryFormat.OBJECT);
            assertThat(nc.getEvictionPolicy()).isEqualTo(io.hzclient.config.EvictionPolicy.LFU);
            assertThat(nc.getEvictionMaxSize()).isEqualTo(500);
            assertThat(nc.isInvalidateOnChange()).isTrue();
            assertThat(p.getFlakeIdGenerators().get("order-ids").getPrefetchCount()).isEqualTo(1000);
            assertThat(p.getFlakeIdGenerators().get("order-ids").getPrefetchValidity()).isEqualTo(Duration.ofSeconds(30));
            assertThat(p.getReliableTopics().get("news").getReadBatchSize()).isEqualTo(50);
            assertThat(p.getReliableTopics().get("news").getOverloadPolicy())
                    .isEqualTo(TopicOverloadPolicy.DISCARD_OLDEST);
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.flakeIdGeneratorConfig("order-ids").prefetchCount()).isEqualTo(1000);
            assertThat(c.flakeIdGeneratorConfig("order-ids").prefetchValidity()).isEqualTo(Duration.ofSeconds(30));
            assertThat(c.flakeIdGeneratorConfig("other").prefetchCount()).isEqualTo(100);
            assertThat(c.flakeIdGeneratorConfig("batch-7").prefetchCount()).isEqualTo(5);
            assertThat(c.reliableTopicConfig("news").readBatchSize()).isEqualTo(50);
            assertThat(c.reliableTopicConfig("news").overloadPolicy()).isEqualTo(TopicOverloadPolicy.DISCARD_OLDEST);
        });
    }

    @Test
    void flakeIdGeneratorDefaultsAreTheGuides() {
        HzClientProperties.FlakeIdGenerator g = new HzClientProperties.FlakeIdGenerator();
        assertThat(g.getPrefetchCount()).isEqualTo(100);
        assertThat(g.getPrefetchValidity()).isEqualTo(Duration.ofMinutes(10));
        HzClientProperties.ReliableTopic t = new HzClientProperties.ReliableTopic();
        assertThat(t.getReadBatchSize()).isEqualTo(10);
        assertThat(t.getOverloadPolicy()).isEqualTo(TopicOverloadPolicy.BLOCK);
    }

    @Test
    void customizersRunAfterThePropertiesInOrder() {
        runner.withPropertyValues("hz.client.client-name=from-properties")
                .withUserConfiguration(Customizers.class)
                .run(context -> {
                    ClientConfig c = context.getBean(HzClient.class).getConfig();
                    assertThat(c.clientName()).isEqualTo("second");
                    assertThat(c.labels()).containsExactly("first");
                });
    }

    @Test
    void membershipListenerBeansAreListenersOfTheConfig() {
        MembershipListener first = new MembershipListener() { };
        MembershipListener second = new MembershipListener() { };
        runner.withBean("first", MembershipListener.class, () -> first)
                .withBean("second", MembershipListener.class, () -> second)
                .run(context -> assertThat(context.getBean(HzClient.class).getConfig().membershipListeners())
                        .containsExactlyInAnyOrder(first, second));
        runner.run(context -> assertThat(context.getBean(HzClient.class).getConfig().membershipListeners()).isEmpty());
    }

    @Test
    void aUserClientBeanWins() {
        runner.withUserConfiguration(UserClient.class).run(context -> {
            assertThat(context).hasSingleBean(HzClient.class);
            assertThat(context.getBean(HzClient.class).getConfig().clientName()).isEqualTo("mine");
        });
    }

    @Test
    void theOnlyLoadBalancerBeanIsUsedWhenNoneIsNamed() {
        runner.withUserConfiguration(OneLoadBalancer.class).run(context ->
                assertThat(context.getBean(HzClient.class).getConfig().newLoadBalancer())
                        .isSameAs(context.getBean("stickyBalancer")));
    }

    @Test
    void aLoadBalancerBeanIsFoundByName() {
        runner.withUserConfiguration(TwoLoadBalancers.class)
                .withPropertyValues("hz.client.load-balancer=other")
                .run(context -> assertThat(context.getBean(HzClient.class).getConfig().newLoadBalancer())
                        .isSameAs(context.getBean("other")));
    }

    @Test
    void theClientShutsDownWithTheContext() {
        HzClient[] client = new HzClient[1];
        runner.run(context -> client[0] = context.getBean(HzClient.class));
        assertThat(client[0].isRunning()).isFalse();
    }

    @Test
    void failFastStartupGivesUpAfterTheStartupTimeout() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.timeout=300ms")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    while (failure.getCause() != null && !(failure instanceof ClusterConnectException)) {
                        failure = failure.getCause();
                    }
                    assertThat(failure).isInstanceOf(ClusterConnectException.class)
                            .hasMessageContaining("127.0.0.1:1")
                            .hasMessageContaining("hz.client.startup.timeout");
                });
    }

    @Test
    void connectionDetailsFromAServiceConnectionWinOverTheProperties() {
        runner.withPropertyValues("hz.client.cluster-name=from-properties")
                .withBean(HzClientConnectionDetails.class, () -> new HzClientConnectionDetails() {
                    @Override
                    public String getClusterName() {
                        return "from-container";
                    }

                    @Override
                    public List<String> getClusterMembers() {
                        return List.of("127.0.0.1:2");
                    }
                })
                .run(context -> {
                    ClientConfig c = context.getBean(HzClient.class).getConfig();
                    assertThat(c.clusterName()).isEqualTo("from-container");
                    assertThat(c.addresses()).containsExactly("127.0.0.1:2");
                });
    }

    @Test
    void theClientShutsDownAfterTheWebServersStopPhaseAndBeforeLowerPhases() {
        AtomicReference<Boolean> runningInWebServerPhase = new AtomicReference<>();
        AtomicReference<Boolean> runningInLowestPhase = new AtomicReference<>();
        // the web server stops (after its graceful shutdown) in phase DEFAULT_PHASE - 2048
        runner.withBean("webServerLike", LastToStop.class,
                        () -> new LastToStop(runningInWebServerPhase, SmartLifecycle.DEFAULT_PHASE - 2048))
                .withBean("lowest", LastToStop.class, () -> new LastToStop(runningInLowestPhase, Integer.MIN_VALUE))
                .run(context -> assertThat(context.getBean(HzClient.class).isRunning()).isTrue());
        assertThat(runningInWebServerPhase).hasValue(true);
        assertThat(runningInLowestPhase).hasValue(false);
    }

    /** Tells whether the client still ran as it stopped, in its phase. */
    static class LastToStop implements SmartLifecycle {
        private final AtomicReference<Boolean> clientRunningWhenStopped;
        private final int phase;
        @Autowired
        HzClient client;
        private volatile boolean running;

        LastToStop(AtomicReference<Boolean> clientRunningWhenStopped, int phase) {
            this.clientRunningWhenStopped = clientRunningWhenStopped;
            this.phase = phase;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            clientRunningWhenStopped.set(client.isRunning());
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return phase;
        }
    }

    @Test
    void waitForeverStartupWaitsAsLongAsTheClusterConnectTimeoutSays() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                        HzClientBeansAutoConfiguration.class))
                .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=wait-forever",
                        "hz.client.connection-retry.cluster-connect-timeout=300ms",
                        "hz.client.connection-retry.initial-backoff=50ms")
                .run(context -> assertThat(HzClientTestSupport.allMessages(context.getStartupFailure()))
                        .contains(ClusterConnectException.class.getName()).contains("cluster connect timeout"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        @Bean
        @Order(2)
        HzClientConfigCustomizer second() {
            return b -> b.clientName("second");
        }

        @Bean
        @Order(1)
        HzClientConfigCustomizer first() {
            return b -> b.clientName("first").labels(List.of("first"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserClient {
        @Bean(destroyMethod = "shutdown")
        HzClient myClient() {
            return HzClient.newClient(ClientConfig.builder().clientName("mine").asyncStart(true)
                    .addresses("127.0.0.1:1").build());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OneLoadBalancer {
        @Bean
        LoadBalancer stickyBalancer() {
            return new RoundRobinLoadBalancer();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoLoadBalancers {
        @Bean
        LoadBalancer one() {
            return new RoundRobinLoadBalancer();
        }

        @Bean
        LoadBalancer other() {
            return new RandomLoadBalancer();
        }
    }
}
