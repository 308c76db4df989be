package io.hzclient.spring.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HzCacheSettingsTest {

    @Test
    void defaultsLeaveExpiryToTheMemberAndFallThroughOnReadsAndWritesButNotEvictions() {
        HzCacheSettings s = HzCacheSettings.defaults();
        assertThat(s.timeToLive()).isNull();
        assertThat(s.maxIdle()).isNull();
        assertThat(s.cacheNullValues()).isTrue();
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.mapName()).isNull();
        assertThat(s.keyPrefix()).isEmpty();
        assertThat(s.nearCache()).isFalse();
        assertThat(s.clusterLock()).isFalse();
        assertThat(s.missWhenUnreachable()).isTrue();
        assertThat(s.skipWritesWhenUnreachable()).isTrue();
        assertThat(s.skipEvictionsWhenUnreachable()).isFalse();
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        HzCacheSettings s = HzCacheSettings.defaults().toBuilder().timeToLive(Duration.ofMinutes(5)).build();
        assertThat(s.timeToLive()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.toBuilder().build().toString()).isEqualTo(s.toString());
        assertThat(HzCacheSettings.defaults().timeToLive()).isNull();
    }

    @Test
    void badValuesFailNamingTheProperty() {
        assertThatThrownBy(() -> HzCacheSettings.builder().timeToLive(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("time-to-live");
        assertThatThrownBy(() -> HzCacheSettings.builder().readTimeout(Duration.ZERO).build())
                .hasMessageContaining("read-timeout");
        assertThatThrownBy(() -> HzCacheSettings.builder().mapName(" ").build())
                .hasMessageContaining("map-name");
    }
}
