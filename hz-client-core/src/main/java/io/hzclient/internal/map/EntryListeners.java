package io.hzclient.internal.map;

import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Which events an {@link EntryListener} wants: those whose default (no-op) method it overrides. */
public final class EntryListeners {
    private static final Map<String, EntryEventType> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("entryAdded", EntryEventType.ADDED);
        METHODS.put("entryRemoved", EntryEventType.REMOVED);
        METHODS.put("entryUpdated", EntryEventType.UPDATED);
        METHODS.put("entryEvicted", EntryEventType.EVICTED);
        METHODS.put("entryExpired", EntryEventType.EXPIRED);
        METHODS.put("entryMerged", EntryEventType.MERGED);
        METHODS.put("entryLoaded", EntryEventType.LOADED);
        METHODS.put("mapEvicted", EntryEventType.EVICT_ALL);
        METHODS.put("mapCleared", EntryEventType.CLEAR_ALL);
    }

    private EntryListeners() {
    }

    public static Set<EntryEventType> overriddenTypes(EntryListener<?, ?> listener) {
        Set<EntryEventType> types = EnumSet.noneOf(EntryEventType.class);
        METHODS.forEach((method, type) -> {
            Class<?> param = method.startsWith("map") ? MapEvent.class : EntryEvent.class;
            try {
                if (listener.getClass().getMethod(method, param).getDeclaringClass() != EntryListener.class) {
                    types.add(type);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("EntryListener has no method " + method, e);
            }
        });
        return types;
    }
}
