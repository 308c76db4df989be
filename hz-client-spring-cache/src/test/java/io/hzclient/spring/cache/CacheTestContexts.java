package io.hzclient.spring.cache;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.ConnectionRetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/** A real Spring application context per "application": its own client, cache manager, meters and BookService. */
final class CacheTestContexts {
    /**
     * The time-to-live of cache "ttl" and the max-idle of cache "idle". Members keep expiry times in whole seconds, so
     * such an entry lives between 2 and 3 s: long enough to be seen on a loaded machine, short enough to wait for.
     */
    static final Duration EXPIRY = Duration.ofSeconds(3);
    private static final ThreadLocal<ClientConfig> NEXT_CLIENT = new ThreadLocal<>();

    private CacheTestContexts() {
    }

    static AnnotationConfigApplicationContext start(String clusterName, List<String> addresses) {
        NEXT_CLIENT.set(ClientConfig.builder().clusterName(clusterName).addresses(addresses)
                .connectionRetry(new ConnectionRetryConfig(Duration.ofMillis(100), Duration.ofMillis(500), 1.0, 0,
                        null))
                .build());
        try {
            return new AnnotationConfigApplicationContext(App.class);
        } finally {
            NEXT_CLIENT.remove();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableCaching
    static class App {
        @Bean(destroyMethod = "shutdown")
        HzClient hzClient() {
            return HzClient.newClient(NEXT_CLIENT.get());
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        HzCacheManager cacheManager(HzClient client, MeterRegistry registry) {
            // generous timeouts: test machines are shared and loaded; a slow answer must not count as an outage
            HzCacheSettings defaults = HzCacheSettings.defaults().toBuilder()
                    .readTimeout(Duration.ofSeconds(10)).writeTimeout(Duration.ofSeconds(10)).build();
            return HzCacheManager.builder(client)
                    .cacheNames("books", "slow", "futures", "monos", "nulls")
                    .cache("ttl", defaults.toBuilder().timeToLive(EXPIRY).build())
                    .cache("idle", defaults.toBuilder().maxIdle(EXPIRY).build())
                    .cache("locked", defaults.toBuilder().clusterLock(true).build())
                    .cache("no-nulls", defaults.toBuilder().cacheNullValues(false).build())
                    .defaults(defaults)
                    .onCacheCreated(HzCacheMetrics.binder(registry, "cacheManager"))
                    .build();
        }

        @Bean
        BookService bookService() {
            return new BookService();
        }
    }
}
