package io.hzclient.spring.cache;

import org.springframework.cache.interceptor.SimpleKey;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/**
 * The default {@link CacheKeyConverter}:
 * <ul>
 *   <li>a String is stored as it is;</li>
 *   <li>numbers, booleans, characters, UUIDs, {@code java.time} values print with {@code toString()}, enums with
 *       their name (so {@code 42} and {@code "42"} are the same entry, as with most key-value caches);</li>
 *   <li>{@code byte[]} as {@code b64:} and its Base64;</li>
 *   <li>Spring's {@link SimpleKey} (the key of a method with several parameters) as {@code SimpleKey[a,b]}, lists and
 *       arrays as {@code [a,b]}, sets as {@code [..]} sorted, records as {@code Name(field=value,..)}; inside those,
 *       {@code \ , [ ] ( ) =} are escaped with a backslash and null is {@code \0}, so different parameter lists never
 *       share a stored key;</li>
 *   <li>any other class that declares its own {@code toString()} uses it (it must be stable and unique);</li>
 *   <li>anything else is refused with an IllegalArgumentException: a default {@code Object.toString()} holds an
 *       identity hash that changes with every run.</li>
 * </ul>
 * A String key that is spelled exactly like the stored form of a composite key shares its entry.
 */
final class StandardKeyConverter implements CacheKeyConverter {
    static final StandardKeyConverter INSTANCE = new StandardKeyConverter();
    private static final Field SIMPLE_KEY_PARAMS = simpleKeyParams();

    private StandardKeyConverter() {
    }

    @Override
    public String toStoredKey(Object key) {
        if (key instanceof String s) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        append(out, key, false);
        return out.toString();
    }

    private void append(StringBuilder out, Object key, boolean nested) {
        if (key == null) {
            out.append("\\0");
        } else if (key instanceof String || key instanceof Number || key instanceof Boolean
                || key instanceof Character || key instanceof UUID || key instanceof TemporalAccessor) {
            text(out, key.toString(), nested);
        } else if (key instanceof Enum<?> e) {
            text(out, e.name(), nested);
        } else if (key instanceof byte[] bytes) {
            out.append("b64:").append(Base64.getEncoder().encodeToString(bytes));
        } else if (key instanceof SimpleKey simpleKey) {
            out.append("SimpleKey");
            list(out, simpleKeyParams(simpleKey));
        } else if (key.getClass().isArray()) {
            int length = Array.getLength(key);
            Object[] items = new Object[length];
            for (int i = 0; i < length; i++) {
                items[i] = Array.get(key, i);
            }
            list(out, items);
        } else if (key instanceof Set<?> set && !(set instanceof SortedSet<?>)) {
            List<String> parts = new ArrayList<>();
            for (Object item : set) {
                StringBuilder part = new StringBuilder();
                append(part, item, true);
                parts.add(part.toString());
            }
            Collections.sort(parts);
            out.append('[').append(String.join(",", parts)).append(']');
        } else if (key instanceof Collection<?> collection) {
            list(out, collection.toArray());
        } else if (key instanceof Record record) {
            record(out, record);
        } else if (declaresToString(key.getClass())) {
            text(out, key.toString(), nested);
        } else {
            throw new IllegalArgumentException("The cache key " + key.getClass().getName() + " has no stable stored "
                    + "form: its toString() is Object's (an identity hash that changes every run). Use a String, a "
                    + "record or a class with its own toString() as key, or give the cache manager a "
                    + "CacheKeyConverter.");
        }
    }

    private void list(StringBuilder out, Object[] items) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, items[i], true);
        }
        out.append(']');
    }

    private void record(StringBuilder out, Record record) {
        out.append(record.getClass().getSimpleName()).append('(');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(components[i].getName()).append('=');
            try {
                components[i].getAccessor().setAccessible(true);
                append(out, components[i].getAccessor().invoke(record), true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot read " + components[i].getName() + " of the cache key "
                        + record.getClass().getName() + ": " + e, e);
            }
        }
        out.append(')');
    }

    private static void text(StringBuilder out, String text, boolean nested) {
        if (!nested) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == ',' || c == '[' || c == ']' || c == '(' || c == ')' || c == '=') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static boolean declaresToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object[] simpleKeyParams(SimpleKey key) {
        if (SIMPLE_KEY_PARAMS == null) {
            throw new IllegalStateException("Cannot read the parameters of Spring's SimpleKey (this Spring version "
                    + "has no 'params' field); give the cache manager a CacheKeyConverter or a KeyGenerator.");
        }
        try {
            return (Object[]) SIMPLE_KEY_PARAMS.get(key);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the parameters of Spring's SimpleKey: " + e, e);
        }
    }

    /** SimpleKey has no accessor for its parameters; its {@code params} field is read once made accessible. */
    private static Field simpleKeyParams() {
        try {
            Field field = SimpleKey.class.getDeclaredField("params");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
