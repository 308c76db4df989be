package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.StreamSerializer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which serializer writes a class and which reads a type id. Exact classes are one map lookup; anything else is
 * resolved once through the fallback lookups, in the order they were added, and remembered.
 */
final class SerializerRegistry {
    /** Built-in ids run from 0 down to -256: an array beats boxing the id for a map lookup. */
    private static final int BUILT_IN_ID_RANGE = 257;

    private final Map<Class<?>, StreamSerializer<?>> exact;
    private final StreamSerializer<?>[] byNegativeId;
    private final Map<Integer, StreamSerializer<?>> byPositiveId;
    private final List<ClassLookup> lookups;
    private final ConcurrentHashMap<Class<?>, StreamSerializer<?>> resolved = new ConcurrentHashMap<>();

    /** A fallback that may take a class the exact map did not; null means "not mine". */
    @FunctionalInterface
    interface ClassLookup {
        StreamSerializer<?> find(Class<?> type);
    }

    private SerializerRegistry(Builder b) {
        this.exact = Map.copyOf(b.exact);
        this.byNegativeId = b.byNegativeId.clone();
        this.byPositiveId = Map.copyOf(b.byPositiveId);
        this.lookups = List.copyOf(b.lookups);
    }

    static Builder builder() {
        return new Builder();
    }

    @SuppressWarnings("unchecked")
    StreamSerializer<Object> forClass(Class<?> type) {
        StreamSerializer<?> s = exact.get(type);
        if (s == null) {
            s = resolved.get(type);
            if (s == null) {
                s = resolved.computeIfAbsent(type, this::resolve);
            }
        }
        return (StreamSerializer<Object>) s;
    }

    private StreamSerializer<?> resolve(Class<?> type) {
        for (ClassLookup lookup : lookups) {
            StreamSerializer<?> s = lookup.find(type);
            if (s != null) {
                return s;
            }
        }
        throw new SerializationException("there is no serializer for " + type.getName() + ": register a"
                + " StreamSerializer for it in SerializationConfig, implement IdentifiedDataSerializable or Portable,"
                + " use Compact (records and plain classes), or set a global serializer");
    }

    @SuppressWarnings("unchecked")
    StreamSerializer<Object> forTypeId(int typeId) {
        StreamSerializer<?> s = typeId <= 0 && typeId > -BUILT_IN_ID_RANGE
                ? byNegativeId[-typeId] : byPositiveId.get(typeId);
        if (s == null) {
            throw new SerializationException("there is no serializer for type id " + typeId
                    + (typeId > 0 ? ": register the StreamSerializer with this type id in SerializationConfig"
                    : ": this client does not support that built-in type"));
        }
        return (StreamSerializer<Object>) s;
    }

    static final class Builder {
        private final Map<Class<?>, StreamSerializer<?>> exact = new HashMap<>();
        private final StreamSerializer<?>[] byNegativeId = new StreamSerializer<?>[BUILT_IN_ID_RANGE];
        private final Map<Integer, StreamSerializer<?>> byPositiveId = new HashMap<>();
        private final List<ClassLookup> lookups = new ArrayList<>();

        /** A serializer for exactly this class, which also reads its type id. */
        Builder builtIn(Class<?> type, StreamSerializer<?> serializer) {
            exact.put(type, serializer);
            return reader(serializer);
        }

        /** A serializer that only reads its type id (its classes are found by a lookup). */
        Builder reader(StreamSerializer<?> serializer) {
            int id = serializer.typeId();
            if (id > 0) {
                StreamSerializer<?> before = byPositiveId.putIfAbsent(id, serializer);
                if (before != null && before != serializer) {
                    throw new SerializationException("type id " + id + " is used by two serializers: "
                            + before.getClass().getName() + " and " + serializer.getClass().getName());
                }
            } else if (id > -BUILT_IN_ID_RANGE) {
                byNegativeId[-id] = serializer;
            } else {
                throw new SerializationException("type id " + id + " is reserved");
            }
            return this;
        }

        boolean hasBuiltIn(Class<?> type) {
            return exact.containsKey(type);
        }

        /** The serializer registered for exactly this class, or null. */
        StreamSerializer<?> builtIn(Class<?> type) {
            return exact.get(type);
        }

        Builder lookup(ClassLookup lookup) {
            lookups.add(lookup);
            return this;
        }

        SerializerRegistry build() {
            return new SerializerRegistry(this);
        }
    }
}
