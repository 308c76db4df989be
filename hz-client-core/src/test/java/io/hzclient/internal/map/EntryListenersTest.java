package io.hzclient.internal.map;

import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntryListenersTest {

    @Test
    void theEventTypesAreThoseWhoseMethodsAreOverridden() {
        EntryListener<String, String> listener = new EntryListener<>() {
            @Override
            public void entryUpdated(EntryEvent<String, String> event) {
            }

            @Override
            public void entryExpired(EntryEvent<String, String> event) {
            }

            @Override
            public void mapEvicted(MapEvent event) {
            }
        };

        assertThat(listener.eventTypes())
                .containsExactlyInAnyOrder(EntryEventType.UPDATED, EntryEventType.EXPIRED, EntryEventType.EVICT_ALL);
        assertThat(EntryEventType.flagsOf(listener.eventTypes())).isEqualTo(4 | 16 | 32);
    }

    static class Base implements EntryListener<String, String> {
        @Override
        public void entryAdded(EntryEvent<String, String> event) {
        }
    }

    @Test
    void overridesInASuperclassCountAndEventTypesCanBeChosenByHand() {
        EntryListener<String, String> sub = new Base() {
            @Override
            public void mapCleared(MapEvent event) {
            }
        };
        EntryListener<String, String> chosen = new Base() {
            @Override
            public Set<EntryEventType> eventTypes() {
                return EnumSet.of(EntryEventType.ADDED, EntryEventType.MERGED);
            }
        };

        assertThat(sub.eventTypes()).containsExactlyInAnyOrder(EntryEventType.ADDED, EntryEventType.CLEAR_ALL);
        assertThat(EntryEventType.flagsOf(chosen.eventTypes())).isEqualTo(1 | 128);
        assertThat(EntryEventType.typesOf(1 | 128)).isEqualTo(chosen.eventTypes());
        assertThat(EntryEventType.ofFlag(512)).isEqualTo(EntryEventType.LOADED);
        assertThat(EntryEventType.ofFlag(1 << 20)).isNull();
    }

    @Test
    void aListenerWhoseMethodsCannotBeLookedUpGetsEveryEvent() {
        EntryListeners.MethodLookup withoutMetadata = (type, name, parameter) -> {
            throw new NoSuchMethodException(name + " (no reflection metadata, as in a native image without hints)");
        };

        assertThat(EntryListeners.overriddenTypes(Base.class, withoutMetadata)).containsExactlyInAnyOrder(
                EntryEventType.ADDED, EntryEventType.REMOVED, EntryEventType.UPDATED, EntryEventType.EVICTED,
                EntryEventType.EXPIRED, EntryEventType.MERGED, EntryEventType.LOADED, EntryEventType.EVICT_ALL,
                EntryEventType.CLEAR_ALL);
        assertThat(EntryListeners.overriddenTypes(Base.class, Class::getMethod)).containsExactly(EntryEventType.ADDED);
    }
}
