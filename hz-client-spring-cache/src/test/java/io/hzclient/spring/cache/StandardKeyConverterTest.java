package io.hzclient.spring.cache;

import org.junit.jupiter.api.Test;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.interceptor.SimpleKeyGenerator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardKeyConverterTest {
    private final CacheKeyConverter keys = CacheKeyConverter.standard();

    enum Color { RED }

    record Isbn(String prefix, int number) {
    }

    static final class NoToString {
    }

    @Test
    void storesStringsAsTheyAre() {
        assertThat(keys.toStoredKey("books,[1]")).isEqualTo("books,[1]");
    }

    @Test
    void printsSimpleValuesWithToStringAndEnumsByName() {
        UUID id = UUID.fromString("6f1c0a52-2f4e-4c38-9a51-0e1f1f7c2b11");
        assertThat(keys.toStoredKey(42)).isEqualTo("42");
        assertThat(keys.toStoredKey(42L)).isEqualTo("42");
        assertThat(keys.toStoredKey(true)).isEqualTo("true");
        assertThat(keys.toStoredKey(id)).isEqualTo(id.toString());
        assertThat(keys.toStoredKey(LocalDate.of(2026, 11, 28))).isEqualTo("2026-11-28");
        assertThat(keys.toStoredKey(Color.RED)).isEqualTo("RED");
    }

    @Test
    void storesSpringsSimpleKeyWithItsParametersInAStableForm() {
        Object key = SimpleKeyGenerator.generateKey("a", 1, null, Color.RED);
        assertThat(key).isInstanceOf(SimpleKey.class);
        assertThat(keys.toStoredKey(key)).isEqualTo("SimpleKey[a,1,\\0,RED]");
        assertThat(keys.toStoredKey(SimpleKey.EMPTY)).isEqualTo("SimpleKey[]");
        // equal keys made separately (as in another application) store the same String
        assertThat(keys.toStoredKey(new SimpleKey("a", 1, null, Color.RED))).isEqualTo(keys.toStoredKey(key));
    }

    @Test
    void differentParameterListsNeverShareAStoredKey() {
        assertThat(keys.toStoredKey(new SimpleKey("a,b")))
                .isNotEqualTo(keys.toStoredKey(new SimpleKey("a", "b")));
        assertThat(keys.toStoredKey(new SimpleKey("a]", "b")))
                .isNotEqualTo(keys.toStoredKey(new SimpleKey(List.of("a"), "b")));
        assertThat(keys.toStoredKey(new SimpleKey((Object) null, "x")))
                .isNotEqualTo(keys.toStoredKey(new SimpleKey("\\0", "x")));
    }

    @Test
    void storesRecordsListsArraysAndSetsByTheirContents() {
        assertThat(keys.toStoredKey(new Isbn("978", 3))).isEqualTo("Isbn(prefix=978,number=3)");
        assertThat(keys.toStoredKey(List.of(1, "x"))).isEqualTo("[1,x]");
        assertThat(keys.toStoredKey(new int[] {1, 2})).isEqualTo("[1,2]");
        assertThat(keys.toStoredKey(new byte[] {1, 2})).isEqualTo("b64:AQI=");
        Set<String> set1 = new LinkedHashSet<>(Arrays.asList("b", "a"));
        Set<String> set2 = new LinkedHashSet<>(Arrays.asList("a", "b"));
        assertThat(keys.toStoredKey(set1)).isEqualTo(keys.toStoredKey(set2)).isEqualTo("[a,b]");
    }

    @Test
    void refusesKeysWhoseOnlyFormIsAnIdentityHash() {
        assertThatThrownBy(() -> keys.toStoredKey(new NoToString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NoToString.class.getName())
                .hasMessageContaining("CacheKeyConverter");
    }
}
