package io.hzclient.internal.map;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryEventHandlerTest {
    private final TestSerialization serialization = new TestSerialization();
    private final List<Object> seen = new CopyOnWriteArrayList<>();
    private final EntryListener<String, Integer> listener = new EntryListener<>() {
        @Override
        public void entryAdded(EntryEvent<String, Integer> event) {
            seen.add(event);
        }

        @Override
        public void entryUpdated(EntryEvent<String, Integer> event) {
            if (event.value() == 13) {
                throw new IllegalStateException("a listener bug");
            }
            seen.add(event);
        }

        @Override
        public void mapCleared(MapEvent event) {
            seen.add(event);
        }
    };

    @Test
    void decodesEntryAndMapEventsIntoCallsOfTheRightMethods() {
        UUID member = UUID.randomUUID();
        EntryEventHandler<String, Integer> handler = new EntryEventHandler<>("m", listener, serialization);

        for (int i = 0; i < 200; i++) {
            handler.accept(entryEvent(EntryEventType.ADDED, member, "k" + i, i, null));
        }
        assertThatThrownBy(() -> handler.accept(entryEvent(EntryEventType.UPDATED, member, "k", 13, 1)))
                .as("the listener service logs it and goes on").hasMessage("a listener bug");
        handler.accept(entryEvent(EntryEventType.UPDATED, member, "k", 2, 1));
        handler.accept(Responses.event(0x011902, 4 + 17 + 4).fixInt(16, EntryEventType.CLEAR_ALL.flag())
                .fixUuid(20, member).fixInt(37, 5).nullFrame().nullFrame().nullFrame().nullFrame().build());
        handler.accept(Responses.event(0x011B02, 4 + 17).build()); // another kind of event: ignored

        assertThat(seen).hasSize(202);
        for (int i = 0; i < 200; i++) {
            assertThat(seen.get(i)).isEqualTo(new EntryEvent<>("m", member, EntryEventType.ADDED, "k" + i, i, null,
                    null));
        }
        assertThat(seen.get(200)).isEqualTo(new EntryEvent<>("m", member, EntryEventType.UPDATED, "k", 2, 1, null));
        assertThat(seen.get(201)).isEqualTo(new MapEvent("m", member, EntryEventType.CLEAR_ALL, 5));
    }

    private ClientMessage entryEvent(EntryEventType type, UUID member, String key, Integer value, Integer old) {
        Responses event = Responses.event(0x011902, 4 + 17 + 4).fixInt(16, type.flag()).fixUuid(20, member)
                .fixInt(37, 1).frame(serialization.toData(key).toByteArray());
        event.frame(serialization.toData(value).toByteArray());
        if (old == null) {
            event.nullFrame();
        } else {
            event.frame(serialization.toData(old).toByteArray());
        }
        return event.nullFrame().build();
    }
}
