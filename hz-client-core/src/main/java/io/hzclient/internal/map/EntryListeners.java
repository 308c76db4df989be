package io.hzclient.internal.map;

import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryEventType;
import io.hzclient.map.EntryListener;
import io.hzclient.map.MapEvent;

import java.lang.reflect.Method;
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
        return overriddenTypes(listener.getClass(), Class::getMethod);
    }

    /** How a public method is looked up (a seam for tests: a native image without the class's hints has none). */
    @FunctionalInterface
    interface MethodLookup {
        Method find(Class<?> type, String name, Class<?> parameter) throws NoSuchMethodException;
    }

    /**
     * The event types whose method {@code type} overrides; all of them when its methods cannot be looked up (a native
     * image built without reflection hints for the class): the methods it does not override do nothing, so the
     * listener then gets more events, never fewer.
     */
    static Set<EntryEventType> overriddenTypes(Class<?> type, MethodLookup lookup) {
        Set<EntryEventType> types = EnumSet.noneOf(EntryEventType.class);
        for (Map.Entry<String, EntryEventType> method : METHODS.entrySet()) {
            Class<?> param = method.getKey().startsWith("map") ? MapEvent.class : EntryEvent.class;
            try {
                if (lookup.find(type, method.getKey(), param).getDeclaringClass() != EntryListener.class) {
                    types.add(method.getValue());
                }
            } catch (NoSuchMethodException | LinkageError e) {
                return EnumSet.copyOf(METHODS.values());
            }
        }
        return types;
    }
}
