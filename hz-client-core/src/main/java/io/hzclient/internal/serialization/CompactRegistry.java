package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactRecord;
import io.hzclient.serialization.CompactSerializer;

import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Compact serializer handles a class (to write) or a type name (to read): the registered ones first, else
 * a reflective one for records and plain classes (zero-config), whose type name is the class name. A type name
 * with neither reads as a {@link CompactRecord}.
 */
final class CompactRegistry {
    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final Map<Class<?>, CompactSerializer<?>> byClass = new HashMap<>();
    private final Map<String, CompactSerializer<?>> byTypeName = new HashMap<>();
    private final ConcurrentHashMap<Class<?>, CompactSerializer<?>> zeroConfigByClass = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompactSerializer<?>> zeroConfigByName = new ConcurrentHashMap<>();
    private final CompactRecordSerializer records = new CompactRecordSerializer();

    CompactRegistry(List<CompactSerializer<?>> serializers) {
        for (CompactSerializer<?> s : serializers) {
            if (byClass.put(s.getCompactClass(), s) != null) {
                throw new SerializationException("two Compact serializers are registered for "
                        + s.getCompactClass().getName());
            }
            if (byTypeName.put(s.getTypeName(), s) != null) {
                throw new SerializationException("two Compact serializers are registered for the type name "
                        + s.getTypeName());
            }
        }
    }

    boolean hasExplicit(Class<?> type) {
        return byClass.containsKey(type);
    }

    /** Whether zero-config Compact can take this class: a user record or a concrete class with a no-arg constructor. */
    static boolean zeroConfigCandidate(Class<?> type) {
        String name = type.getName();
        if (JDK_PACKAGES.stream().anyMatch(name::startsWith)) {
            return false;
        }
        if (type.isRecord()) {
            return true; // local records too: they are implicitly static
        }
        if (type.isArray() || type.isInterface() || type.isPrimitive() || type.isEnum() || type.isAnonymousClass()
                || type.isLocalClass() || Modifier.isAbstract(type.getModifiers())
                || type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            return false;
        }
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    CompactSerializer<Object> forClass(Class<?> type) {
        if (type == CompactRecord.class) {
            return (CompactSerializer<Object>) (CompactSerializer<?>) records;
        }
        CompactSerializer<?> s = byClass.get(type);
        if (s == null) {
            s = zeroConfigByClass.computeIfAbsent(type, this::zeroConfig);
        }
        return (CompactSerializer<Object>) s;
    }

    @SuppressWarnings("unchecked")
    CompactSerializer<Object> forTypeName(String typeName) {
        CompactSerializer<?> s = byTypeName.get(typeName);
        if (s == null) {
            s = zeroConfigByName.get(typeName);
            if (s == null) {
                Class<?> type = classForTypeName(typeName);
                s = type == null ? records : forClass(type);
            }
        }
        return (CompactSerializer<Object>) s;
    }

    /** The class named by a zero-config type name, or null (the value then reads as a CompactRecord). */
    private static Class<?> classForTypeName(String typeName) {
        try {
            return ClassNames.load(typeName);
        } catch (SerializationException e) {
            return null;
        }
    }

    private CompactSerializer<?> zeroConfig(Class<?> type) {
        if (!zeroConfigCandidate(type)) {
            throw new SerializationException(type.getName() + " cannot be serialized as zero-config Compact (it must"
                    + " be a record, or a concrete class with a no-arg constructor, outside the JDK); register a"
                    + " CompactSerializer or another serializer for it");
        }
        CompactSerializer<?> s = new ZeroConfigSerializer(type);
        zeroConfigByName.putIfAbsent(s.getTypeName(), s);
        return s;
    }
}
