package io.hzclient.demo;

import io.hzclient.HzClient;
import io.hzclient.spring.cache.HzCacheManager;
import io.hzclient.spring.cache.HzCacheMetrics;
import io.hzclient.spring.cache.HzCacheProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * TEMPORARY: the cache manager over the client, until the starter's auto-configuration makes it from
 * {@code hz.client.cache.*} (then this class goes away and application.yml stays as it is).
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    @ConfigurationProperties("hz.client.cache")
    HzCacheProperties hzCacheProperties() {
        return new HzCacheProperties();
    }

    @Bean
    HzCacheManager cacheManager(HzClient client, HzCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
        HzCacheManager manager = properties.toManagerBuilder(client, List.of()).build();
        meters.ifAvailable(registry -> manager.forEachCache(HzCacheMetrics.binder(registry, "cacheManager")));
        return manager;
    }
}
