package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.health.HzClientHealthIndicator;
import io.hzclient.spring.boot.autoconfigure.metrics.HzClientMetrics;
import io.hzclient.spring.cache.HzCacheManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter makes neither Micrometer nor the health classes a dependency of the application: with them hidden from
 * the context's class loader, the client, its beans and the cache manager are there and the parts that need them back
 * off. (HzClientWithoutActuatorIT runs a real application on a class path without those jars.)
 */
class HzClientOptionalDependenciesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(HzClientSwitchAndConfigBeanTest.ALL)
            .withUserConfiguration(Caching.class)
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy",
                    "hz.client.beans.maps=orders");

    @Test
    void withoutMicrometerAndHealthTheClientAndTheCacheManagerAreThere() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer.core.", "org.springframework.boot.health.",
                "org.springframework.boot.actuate."))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(HzClient.class).hasBean("orders")
                            .hasSingleBean(HzCacheManager.class);
                    assertThat(context).doesNotHaveBean(HzClientMetrics.class)
                            .doesNotHaveBean(HzClientHealthIndicator.class);
                });
    }

    @Test
    void withoutMicrometerTheHealthIndicatorIsStillThere() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer.core.")).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(HzClient.class)
                    .hasSingleBean(HzClientHealthIndicator.class).doesNotHaveBean(HzClientMetrics.class);
        });
    }

    @Test
    void withoutTheHealthClassesTheMetricsAreStillThere() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.")).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(HzClient.class).hasSingleBean(HzClientMetrics.class)
                    .doesNotHaveBean(HzClientHealthIndicator.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class Caching {
    }
}
