package io.hzclient.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The near cache configs: their defaults, and bad values refused with the option's name. */
class NearCacheConfigTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        NearCacheConfig c = NearCacheConfig.builder("products").build();
        assertThat(c.inMemoryFormat()).isEqualTo(InMemoryFormat.BINARY);
        assertThat(c.invalidateOnChange()).isTrue();
        assertThat(c.timeToLive()).isZero();
        assertThat(c.maxIdle()).isZero();
        assertThat(c.evictionPolicy()).isEqualTo(EvictionPolicy.LRU);
        assertThat(c.maxSize()).isEqualTo(10_000);
        assertThat(c.samplingCount()).isEqualTo(8);
        assertThat(c.samplingPoolSize()).isEqualTo(16);
        assertThat(c.serializeKeys()).isFalse();
        assertThat(c.localUpdatePolicy()).isEqualTo(LocalUpdatePolicy.INVALIDATE);
        assertThat(NearCacheConfig.builder("p").timeToLive(null).maxIdle(null).build().timeToLive()).isZero();
    }

    @Test
    void badValuesNameTheirOption() {
        NearCacheConfig.Builder b = NearCacheConfig.builder("products");
        assertThatThrownBy(() -> b.maxSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("near-caches.products.eviction-max-size");
        assertThatThrownBy(() -> b.samplingCount(0)).hasMessageContaining("eviction-sampling-count");
        assertThatThrownBy(() -> b.samplingPoolSize(0)).hasMessageContaining("eviction-sampling-pool-size");
        assertThatThrownBy(() -> b.timeToLive(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time-to-live");
        assertThatThrownBy(() -> b.maxIdle(Duration.ofSeconds(-1))).hasMessageContaining("max-idle");
        assertThatThrownBy(() -> b.inMemoryFormat(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("in-memory-format");
        assertThatThrownBy(() -> b.evictionPolicy(null)).hasMessageContaining("eviction-policy");
        assertThatThrownBy(() -> b.localUpdatePolicy(null)).hasMessageContaining("local-update-policy");
        assertThatThrownBy(() -> NearCacheConfig.builder("a*b*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most one");
        assertThatThrownBy(() -> NearCacheConfig.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRepairConfigRefusesValuesOutOfBounds() {
        assertThat(NearCacheRepairConfig.DEFAULT)
                .isEqualTo(new NearCacheRepairConfig(10, Duration.ofSeconds(60)));
        assertThatThrownBy(() -> new NearCacheRepairConfig(-1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-tolerated-miss-count");
        assertThatThrownBy(() -> new NearCacheRepairConfig(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reconciliation-interval");
    }

    @Test
    void aMapWithoutAMatchingConfigHasNoNearCacheAndDefaultAppliesToTheRest() {
        ClientConfig none = ClientConfig.builder().build();
        assertThat(none.nearCacheConfig("anything")).isNull();
        ClientConfig some = ClientConfig.builder().addNearCacheConfig(NearCacheConfig.builder("default").build())
                .addNearCacheConfig(NearCacheConfig.builder("products-*").maxSize(5).build()).build();
        assertThat(some.nearCacheConfig("products-1").maxSize()).isEqualTo(5);
        assertThat(some.nearCacheConfig("other").name()).isEqualTo("default");
    }
}
