package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;

import java.util.Map;

/** Loads a class named in the data, without running its static initializer. */
final class ClassNames {
    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "char", char.class, "short", short.class, "int", int.class, "long", long.class, "float", float.class,
            "double", double.class, "void", void.class);

    private ClassNames() {
    }

    static Class<?> load(String name) {
        if (name == null) {
            throw new SerializationException("a class name is missing");
        }
        Class<?> primitive = PRIMITIVES.get(name);
        if (primitive != null) {
            return primitive;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(name, false, loader != null ? loader : ClassNames.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new SerializationException("class " + name + " named in the data is not on this classpath", e);
        }
    }
}
