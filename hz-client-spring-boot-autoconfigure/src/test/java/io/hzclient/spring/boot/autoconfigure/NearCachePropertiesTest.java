package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.EvictionPolicy;
import io.hzclient.config.InMemoryFormat;
import io.hzclient.config.LocalUpdatePolicy;
import io.hzclient.config.NearCacheConfig;
import io.hzclient.config.NearCacheRepairConfig;
import io.hzclient.spring.boot.autoconfigure.beans.HzClientBeansAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import static io.hzclient.spring.boot.autoconfigure.HzClientTestSupport.allMessages;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code hz.client.near-caches.*} and {@code hz.client.near-cache-repair.*} as written in YAML reach the client. */
class NearCachePropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HzClientAutoConfiguration.class,
                    HzClientBeansAutoConfiguration.class))
            .withPropertyValues(HzClientTestSupport.NOWHERE, "hz.client.startup.mode=lazy");

    @Test
    void everyYamlOptionArrivesInTheClientConfigExactly() {
        runner.withInitializer(NearCachePropertiesTest::nearCachesYml).run(context -> {
            assertThat(context).hasNotFailed();
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfig("customers")).isEqualTo(NearCacheConfig.builder("customers")
                    .inMemoryFormat(InMemoryFormat.OBJECT).invalidateOnChange(false)
                    .timeToLive(Duration.ofMinutes(5)).maxIdle(Duration.ofSeconds(30))
                    .evictionPolicy(EvictionPolicy.LFU).maxSize(500).samplingCount(4).samplingPoolSize(32)
                    .serializeKeys(true).localUpdatePolicy(LocalUpdatePolicy.CACHE_ON_UPDATE).build());
            assertThat(c.nearCacheConfig("products-7")).isEqualTo(NearCacheConfig.builder("products-*")
                    .evictionPolicy(EvictionPolicy.RANDOM).maxSize(2000).build());
            assertThat(c.nearCacheConfig("orders")).as("a map no key matches has no near cache").isNull();
            assertThat(c.nearCacheRepair()).isEqualTo(new NearCacheRepairConfig(3, Duration.ofSeconds(15)));
        });
    }

    @Test
    void unsetOptionsAreTheCoreDefaultsAndTimesUnsetMeanNone() {
        runner.withPropertyValues("hz.client.near-caches.plain.eviction-policy=lru").run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            NearCacheConfig plain = c.nearCacheConfig("plain");
            assertThat(plain).isEqualTo(NearCacheConfig.builder("plain").build());
            assertThat(plain.timeToLive()).isZero();
            assertThat(plain.maxIdle()).isZero();
            assertThat(plain.serializeKeys()).isFalse();
            assertThat(plain.localUpdatePolicy()).isEqualTo(LocalUpdatePolicy.INVALIDATE);
            assertThat(c.nearCacheRepair()).isEqualTo(NearCacheRepairConfig.DEFAULT);
        });
    }

    @Test
    void withoutNearCachePropertiesNoMapHasANearCache() {
        runner.run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfigs()).isEmpty();
            assertThat(c.nearCacheConfig("customers")).isNull();
        });
    }

    @Test
    void theKeyDefaultAppliesToEveryOtherMap() {
        runner.withPropertyValues("hz.client.near-caches.default.eviction-max-size=42",
                "hz.client.near-caches[orders-*].eviction-max-size=7").run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfig("anything").maxSize()).isEqualTo(42);
            assertThat(c.nearCacheConfig("orders-eu").maxSize()).isEqualTo(7);
        });
    }

    @Test
    void aPatternWithoutBracketsLosesItsStarSoTheDocsSayBrackets() {
        // this is Spring's binding, not ours: the reason PROPERTIES.md and the warning insist on brackets
        runner.withPropertyValues("hz.client.near-caches.products-*.eviction-max-size=7").run(context -> {
            ClientConfig c = context.getBean(HzClient.class).getConfig();
            assertThat(c.nearCacheConfigs()).containsOnlyKeys("products-");
            assertThat(c.nearCacheConfig("products-7")).isNull();
        });
    }

    @Test
    void aCoreFailureStillNamesTheProperty() {
        HzClientProperties.NearCache n = new HzClientProperties.NearCache();
        n.setEvictionMaxSize(0);
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> ClientConfigFactory.nearCache("products-*", n));
        assertThat(allMessages(failure)).contains("hz.client.near-caches[products-*]")
                .contains("eviction-max-size must be at least 1");
    }

    private static void nearCachesYml(ConfigurableApplicationContext context) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("near-caches.yml", new ClassPathResource("near-caches.yml"))) {
                context.getEnvironment().getPropertySources().addFirst(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
