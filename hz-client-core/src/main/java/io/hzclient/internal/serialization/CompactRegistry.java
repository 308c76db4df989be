package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactSerializer;

import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Compact serializer handles a class (to write) or a type name (to read): the registered ones first, else
 * a reflective one for records and plain classes (zero-config), whose type name is the class name.
 */
final class CompactRegistry {
    private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final Map<Class<?>, CompactSerializer<?>> byClass = new HashMap<>();
    private final Map<String, CompactSerializer<?>> byTypeName = new HashMap<>();
    private final ConcurrentHashMap<Class<?>, CompactSerializer<?>> zeroConfigByClass = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompactSerializer<?>> zeroConfigByName = new ConcurrentHashMap<>();

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
                s = forClass(classForTypeName(typeName));
            }
        }
        return (CompactSerializer<Object>) s;
    }

    private Class<?> classForTypeName(String typeName) {
        try {
            return ClassNames.load(typeName);
        } catch (SerializationException e) {
            throw new SerializationException("no CompactSerializer is registered for the Compact type name '"
                    + typeName + "' and no class has that name; register one in SerializationConfig", e);
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
