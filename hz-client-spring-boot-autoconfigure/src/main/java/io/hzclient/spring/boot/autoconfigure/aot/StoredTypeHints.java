package io.hzclient.spring.boot.autoconfigure.aot;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.core.ResolvableType;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The application types the client writes and reads by reflection: zero-config Compact (the fields of a class, the
 * components and canonical constructor of a record) and JSON mode (Jackson binds fields, constructors and accessors).
 * Each type is registered with its superclasses and, recursively, the types of its fields; JDK types are left out.
 */
final class StoredTypeHints {
    /** What zero-config Compact and Jackson need of a stored type. */
    static final MemberCategory[] CATEGORIES = {MemberCategory.ACCESS_DECLARED_FIELDS,
            MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS,
            MemberCategory.INVOKE_PUBLIC_METHODS};

    private static final int MAX_DEPTH = 8;

    private final Set<Class<?>> types = new LinkedHashSet<>();

    /**
     * Adds a stored type, with its superclasses and the types of its fields.
     *
     * @param type the type (a JDK type or a primitive adds nothing but its generic arguments)
     */
    void add(ResolvableType type) {
        add(type, 0);
    }

    private void add(ResolvableType type, int depth) {
        Class<?> raw = type.resolve();
        if (raw == null || depth > MAX_DEPTH) { // a self-referencing type variable (E extends Enum<E>) never ends
            return;
        }
        if (raw.isArray()) {
            add(type.getComponentType(), depth + 1);
            return;
        }
        for (ResolvableType generic : type.getGenerics()) {
            add(generic, depth + 1);
        }
        add(raw);
    }

    private void add(Class<?> type) {
        if (type == null || type.isPrimitive() || isJdk(type) || !types.add(type)) {
            return;
        }
        try {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    add(ResolvableType.forType(component.getGenericType()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    add(ResolvableType.forField(field));
                }
            }
        } catch (LinkageError e) {
            // a field of a type that is not on the classpath: the type itself is still registered
        }
        add(type.getSuperclass());
    }

    static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    /** The types added so far. */
    Set<Class<?>> types() {
        return types;
    }

    /**
     * Registers every type added.
     *
     * @param hints where to register them
     */
    void registerTo(ReflectionHints hints) {
        types.forEach(type -> hints.registerType(type, CATEGORIES));
    }
}
