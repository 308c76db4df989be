package io.hzclient.spring.boot.autoconfigure.health;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientTestSupport;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.endpoint.HzClientEndpoint;
import io.hzclient.spring.boot.autoconfigure.endpoint.HzClientEndpointAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.metrics.HzClientMetrics;
import io.hzclient.spring.boot.autoconfigure.metrics.HzClientMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics and the endpoint, wired and read with the cluster away (lazy startup). */
class HzClientActuatorTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class,
                    HzClientHealthAutoConfiguration.class, HzClientMetricsAutoConfiguration.class,
                    HzClientEndpointAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy",
                    "hz.client.cluster-name=shop");

    @Test
    void healthIsDownWithTheReasonAndAnswersAtOnceWhileTheClusterIsAway() {
        runner.run(context -> {
            HealthIndicator indicator = context.getBean("hzClientHealthIndicator", HealthIndicator.class);
            long start = System.nanoTime();
            Health health = indicator.health();
            // a remote call would wait for the cluster up to the 120 s invocation timeout; 2 s leaves a loaded machine room
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("clusterName", "shop")
                    .containsEntry("reason", "not connected to the cluster; connecting in the background")
                    .containsKeys("clientName", "state", "disconnectedSince");
        });
    }

    @Test
    void healthIsDownOnceTheClientIsShutDown() {
        runner.run(context -> {
            context.getBean(HzClient.class).shutdown();
            assertThat(context.getBean(HzClientHealthIndicator.class).health().getDetails())
                    .containsEntry("reason", "the client is shut down");
        });
    }

    @Test
    void healthCanBeSwitchedOffOrReplaced() {
        runner.withPropertyValues("management.health.hzclient.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(HzClientHealthIndicator.class));
        runner.withUserConfiguration(OwnHealth.class)
                .run(context -> assertThat(context.getBean("hzClientHealthIndicator"))
                        .isNotInstanceOf(HzClientHealthIndicator.class));
    }

    @Test
    void noClientNoHealthMetricsOrEndpoint() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HzClientHealthAutoConfiguration.class,
                        HzClientMetricsAutoConfiguration.class, HzClientEndpointAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(HzClientHealthIndicator.class)
                        .doesNotHaveBean(HzClientMetrics.class).doesNotHaveBean(HzClientEndpoint.class));
    }

    @Test
    void theReadinessGroupGetsTheClient() {
        HealthEndpointGroup readiness = new Group(Set.of("readinessState"));
        HealthEndpointGroups groups = HealthEndpointGroups.of(new Group(Set.of()), Map.of("readiness", readiness));
        HealthEndpointGroups processed = new HzClientReadiness("hzClient").postProcessHealthEndpointGroups(groups);
        assertThat(processed.get("readiness").isMember("hzClient")).isTrue();
        assertThat(processed.get("readiness").isMember("readinessState")).isTrue();
        assertThat(processed.get("readiness").isMember("diskSpace")).isFalse();

        HealthEndpointGroups none = HealthEndpointGroups.of(new Group(Set.of()), Map.of());
        assertThat(new HzClientReadiness("hzClient").postProcessHealthEndpointGroups(none)).isSameAs(none);
    }

    @Test
    void metersAreRegisteredUnderHzClient() {
        runner.run(context -> {
            MeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(HzClientMetrics.class).bindTo(registry);
            for (String name : new String[] {"hz.client.invocations.started", "hz.client.invocations.retried",
                    "hz.client.invocations.timed.out", "hz.client.invocations.pending", "hz.client.connections",
                    "hz.client.members", "hz.client.listeners", "hz.client.reconnects", "hz.client.bytes.read",
                    "hz.client.bytes.written", "hz.client.connected"}) {
                assertThat(registry.find(name).tag("cluster", "shop").meter()).as(name).isNotNull();
            }
            // the timer's own counts: no counters repeat them
            assertThat(registry.find("hz.client.invocations.completed").meter()).isNull();
            assertThat(registry.find("hz.client.invocations.failed").meter()).isNull();
            // the timer of an operation comes with its first call (none here: the cluster is away)
            assertThat(registry.find("hz.client.invocations").timers()).allSatisfy(t ->
                    assertThat(t.getId().getTag("operation")).isNotNull());
            assertThat(registry.get("hz.client.connected").gauge().value()).isZero();
        });
    }

    @Test
    void theEndpointIsThereWhenExposedAndSaysTheClusterIsAway() {
        runner.run(context -> assertThat(context).doesNotHaveBean(HzClientEndpoint.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=hzclient").run(context -> {
            HzClientEndpoint.ClientDescriptor d = context.getBean(HzClientEndpoint.class).describe();
            assertThat(d.clusterName()).isEqualTo("shop");
            assertThat(d.connected()).isFalse();
            assertThat(d.members()).isEmpty();
            assertThat(d.distributedObjects()).isEqualTo("unavailable: not connected to the cluster");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnHealth {
        @Bean
        HealthIndicator hzClientHealthIndicator() {
            return () -> Health.up().build();
        }
    }

    private record Group(Set<String> members) implements HealthEndpointGroup {
        @Override
        public boolean isMember(String name) {
            return members.contains(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return true;
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return true;
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return StatusAggregator.getDefault();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return HttpCodeStatusMapper.DEFAULT;
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return null;
        }
    }
}
