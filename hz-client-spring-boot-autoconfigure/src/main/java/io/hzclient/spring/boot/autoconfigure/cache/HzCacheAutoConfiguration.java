package io.hzclient.spring.boot.autoconfigure.cache;

import io.hzclient.HzClient;
import io.hzclient.spring.boot.autoconfigure.HzClientAutoConfiguration;
import io.hzclient.spring.boot.autoconfigure.HzClientConfigCustomizer;
import io.hzclient.spring.cache.HzCacheManager;
import io.hzclient.spring.cache.HzCacheMetrics;
import io.hzclient.spring.cache.HzCacheProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheAspectSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * The {@code cacheManager} bean over the client's maps when the application has {@code @EnableCaching}: an
 * {@link HzCacheManager} configured by {@code hz.client.cache.*} (see {@link HzCacheProperties}), with the caches of
 * {@code spring.cache.cache-names} declared too, and Micrometer's cache meters for every cache (those created after
 * startup included) when a {@link MeterRegistry} is there. The map of each declared cache with {@code near-cache:
 * true} gets a near cache on the client (see {@link CacheNearCacheCustomizer}).
 * <p>
 * Runs before Spring Boot's own cache auto-configuration, which backs off once a {@link CacheManager} exists; a
 * {@code CacheManager} bean of the application's wins over this one.
 */
@AutoConfiguration(after = HzClientAutoConfiguration.class,
        beforeName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration")
@ConditionalOnClass({HzCacheManager.class, CacheManager.class})
@ConditionalOnBean({HzClient.class, CacheAspectSupport.class})
@ConditionalOnMissingBean(value = CacheManager.class, name = "cacheResolver")
@ConditionalOnBooleanProperty(name = "hz.client.cache.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "hz.client.enabled", matchIfMissing = true)
public final class HzCacheAutoConfiguration {

    /** Bound to {@code hz.client.cache} by the {@code @ConfigurationProperties} on its class (metadata: its jar's). */
    @Bean
    HzCacheProperties hzCacheProperties() {
        return new HzCacheProperties();
    }

    @Bean
    HzCacheManager cacheManager(HzClient client, HzCacheProperties properties, Environment environment) {
        return properties.toManagerBuilder(client, springCacheNames(environment)).build();
    }

    /** Near caches for the maps of the declared caches that have near-cache on (hz.client.near-caches wins). */
    @Bean
    HzClientConfigCustomizer hzCacheNearCaches(HzCacheProperties properties, Environment environment) {
        return new CacheNearCacheCustomizer(properties, springCacheNames(environment));
    }

    private static List<String> springCacheNames(Environment environment) {
        return Binder.get(environment).bind("spring.cache.cache-names", Bindable.listOf(String.class))
                .orElse(List.of());
    }

    /** Binds the meters of every cache, those created later too (Boot's own registrar sees startup caches only). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class HzCacheMetricsConfiguration {

        @Bean
        SmartInitializingSingleton hzCacheMeterBinding(HzCacheManager cacheManager,
                                                       ObjectProvider<MeterRegistry> registry) {
            return () -> registry.ifAvailable(r -> cacheManager.forEachCache(HzCacheMetrics.binder(r, "cacheManager")));
        }
    }
}
