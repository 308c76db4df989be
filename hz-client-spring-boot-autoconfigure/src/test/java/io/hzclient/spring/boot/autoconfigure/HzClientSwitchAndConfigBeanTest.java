package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.cache.HzCacheAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.endpoint.HzClientEndpointAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.endpoint.HzClientSanitizingAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.health.HzClientHealthAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.health.HzClientHealthIndicator;
import io.hzclient.spring.boot.autoconfigure.integration.HzLockRegistryAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.metrics.HzClientMetrics;
import io.hzclient.spring.boot.autoconfigure.metrics.HzClientMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hz.client.enabled=false} leaves the starter out; a {@link ClientConfig} bean of the application wins over
 * the properties. Without a cluster: lazy startup lets the client be built and inspected.
 */
class HzClientSwitchAndConfigBeanTest {
    static final AutoConfigurations ALL = AutoConfigurations.of(HzClientAutoConfiguration.class,
            HzClientBeansAutoConfiguration.class,
            HzClientHealthAutoConfiguration.class, HzClientMetricsAutoConfiguration.class,
            HzClientEndpointAutoConfiguration.class, HzCacheAutoConfiguration.class,
            HzLockRegistryAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(ALL)
            .withUserConfiguration(CachingApp.class)
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy",
                    "hz.client.beans.maps=orders");

    @Test
    void everythingIsThereWhenTheSwitchIsOnOrUnset() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(HzClient.class).hasSingleBean(HzClientMetrics.class)
                    .hasSingleBean(HzClientHealthIndicator.class).hasBean("orders").hasBean("cacheManager");
            assertThat(starterBeans(context)).isNotEmpty();
        });
    }

    @Test
    void enabledFalseLeavesOutTheClientAndEveryBeanOfTheStarter() {
        offRunner().withUserConfiguration(Meters.class).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(HzClient.class).doesNotHaveBean(HzClientProperties.class)
                    .doesNotHaveBean(HzClientConnectionDetails.class).doesNotHaveBean("orders");
            assertThat(starterBeans(context)).isEmpty();
        });
    }

    @Test
    void enabledFalseLeavesTheCacheManagerToOthers() {
        // @EnableCaching with no other cache provider: Spring's own complaint shows that no cacheManager was made
        offRunner().withUserConfiguration(CachingApp.class).run(context -> assertThat(context).getFailure()
                .hasMessageContaining("No qualifying bean of type 'org.springframework.cache.CacheManager'"));
    }

    @Test
    void enabledFalseLeavesAnApplicationsOwnClientAlone() {
        HzClient own = HzClient.newClient(ClientConfig.builder().addresses("127.0.0.1:1").asyncStart(true).build());
        try {
            offRunner().withUserConfiguration(Meters.class).withBean("ownClient", HzClient.class, () -> own)
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(HzClient.class);
                        assertThat(context).doesNotHaveBean(HzClientMetrics.class)
                                .doesNotHaveBean(HzClientHealthIndicator.class).doesNotHaveBean("orders");
                    });
        } finally {
            own.shutdown();
        }
    }

    @Test
    void enabledFalseKeepsTheMaskingOfTheSecrets() {
        offRunner().withConfiguration(AutoConfigurations.of(HzClientSanitizingAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().hasBean("hzClientSanitizingFunction")
                        .doesNotHaveBean(HzClient.class));
    }

    private static ApplicationContextRunner offRunner() {
        return new ApplicationContextRunner().withConfiguration(ALL)
                .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy",
                        "hz.client.beans.maps=orders", "hz.client.enabled=false");
    }

    @Test
    void anApplicationsClientConfigWinsOverTheProperties() {
        ClientConfig own = ClientConfig.builder().clusterName("mine").addresses("127.0.0.1:2").clientName("own")
                .build();
        runner.withPropertyValues("hz.client.cluster-name=theirs", "hz.client.client-name=from-properties",
                        "hz.client.smart-routing=false")
                .withBean(ClientConfig.class, () -> own)
                .withBean(HzClientConfigCustomizer.class, () -> b -> b.labels(List.of("customized")))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ClientConfig c = context.getBean(HzClient.class).getConfig();
                    assertThat(c.clusterName()).isEqualTo("mine");
                    assertThat(c.addresses()).containsExactly("127.0.0.1:2");
                    assertThat(c.clientName()).isEqualTo("own");
                    assertThat(c.smartRouting()).isTrue();
                    assertThat(c.labels()).containsExactly("customized");
                    assertThat(context).hasBean("orders"); // hz.client.beans.* still declares the object beans
                    // hz.client.startup.mode=lazy still counts: the client was started without the cluster
                    assertThat(c.asyncStart()).isTrue();
                });
    }

    /** Beans whose class is the starter's own (its package), auto-configuration classes included. */
    private static List<String> starterBeans(org.springframework.context.ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames()).filter(name -> {
            Class<?> type = context.getType(name);
            return type != null && type.getName().startsWith("io.hzclient.") && type != CachingApp.class
                    && type != Meters.class;
        }).toList();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class CachingApp extends Meters {
    }

    @Configuration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
