package io.hzclient.spring.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HzCachePropertiesTest {

    @Test
    void aCacheInheritsWhatItLeavesUnsetFromTheDefaultsAndTheDefaultsFromTheBuiltInOnes() {
        HzCacheProperties properties = new HzCacheProperties();
        properties.getDefaults().setTimeToLive(Duration.ofMinutes(10));
        properties.getDefaults().setCacheNullValues(false);
        HzCacheProperties.Policy books = new HzCacheProperties.Policy();
        books.setTimeToLive(Duration.ofMinutes(1));
        books.setKeyPrefix("b:");
        properties.getCaches().put("books", books);

        HzCacheSettings booksSettings = properties.settingsFor("books");
        assertThat(booksSettings.timeToLive()).isEqualTo(Duration.ofMinutes(1));
        assertThat(booksSettings.keyPrefix()).isEqualTo("b:");
        assertThat(booksSettings.cacheNullValues()).isFalse();
        assertThat(booksSettings.readTimeout()).isEqualTo(Duration.ofSeconds(2));

        HzCacheSettings other = properties.settingsFor("authors");
        assertThat(other.timeToLive()).isEqualTo(Duration.ofMinutes(10));
        assertThat(other.keyPrefix()).isEmpty();
    }

    @Test
    void aWrongValueFailsNamingTheCacheAndTheProperty() {
        HzCacheProperties properties = new HzCacheProperties();
        HzCacheProperties.Policy books = new HzCacheProperties.Policy();
        books.setReadTimeout(Duration.ZERO);
        properties.getCaches().put("books", books);
        assertThatThrownBy(() -> properties.settingsFor("books"))
                .hasMessageContaining("hz.client.cache.caches.books")
                .hasMessageContaining("read-timeout");
    }
}
