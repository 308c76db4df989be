package io.hzclient.internal.serialization;

import io.hzclient.serialization.StreamSerializer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * {@code List.of(..)}, {@code Collections.unmodifiableMap(..)} and other JDK collections have no type id of their
 * own; the members would need Java serialization for them. We write them as the built-in collection that keeps
 * their order and sorting, so they read back (on any client or member) as an ArrayList, LinkedHashSet, TreeSet,
 * LinkedHashMap or TreeMap; other Map.Entry kinds as a SimpleImmutableEntry.
 */
final class OtherCollections {
    private static final StreamSerializer<?> LIST = CollectionSerializer.sized(TypeIds.ARRAY_LIST, ArrayList::new);
    private static final StreamSerializer<?> SET = CollectionSerializer.sized(TypeIds.LINKED_HASH_SET,
            LinkedHashSet::new);
    private static final StreamSerializer<?> SORTED_SET = CollectionSerializer.sorted(TypeIds.TREE_SET,
            (n, c) -> new java.util.TreeSet<>(c));
    private static final StreamSerializer<?> MAP = new MapSerializer<>(TypeIds.LINKED_HASH_MAP, false,
            (n, c) -> new LinkedHashMap<>());
    private static final StreamSerializer<?> SORTED_MAP = new MapSerializer<>(TypeIds.TREE_MAP, true,
            (n, c) -> new java.util.TreeMap<>(c));

    private static final StreamSerializer<?> ENTRY = new SimpleSerializer<Map.Entry<?, ?>>(
            TypeIds.SIMPLE_IMMUTABLE_ENTRY, (out, e) -> {
                out.writeObject(e.getKey());
                out.writeObject(e.getValue());
            }, in -> new java.util.AbstractMap.SimpleImmutableEntry<>(in.readObject(), in.readObject()));

    private OtherCollections() {
    }

    static StreamSerializer<?> serializerFor(Class<?> type) {
        if (SortedSet.class.isAssignableFrom(type)) {
            return SORTED_SET;
        }
        if (java.util.Set.class.isAssignableFrom(type)) {
            return SET;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return LIST;
        }
        if (SortedMap.class.isAssignableFrom(type)) {
            return SORTED_MAP;
        }
        if (Map.class.isAssignableFrom(type)) {
            return MAP;
        }
        if (Map.Entry.class.isAssignableFrom(type)) {
            return ENTRY;
        }
        return null;
    }
}
