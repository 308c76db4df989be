package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.CompactReader;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.CompactWriter;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact by reflection for a record (its components, rebuilt through the canonical constructor) or a plain
 * class (its non-static, non-transient fields, superclasses included, set on a no-arg instance). The type name
 * is the class name. A field missing from older data keeps its default (null, 0, false).
 */
final class ZeroConfigSerializer implements CompactSerializer<Object> {
    private final Class<Object> type;
    private final List<Property> properties;
    private final Constructor<?> constructor;
    private final boolean record;

    /** One field: its name and codec, and how to get it from (and, for classes, set it on) an instance. */
    private record Property(String name, Class<?> type, ZeroConfigFields.FieldCodec codec, Method accessor,
                            Field field) {
        Object get(Object instance) throws ReflectiveOperationException {
            return accessor != null ? accessor.invoke(instance) : field.get(instance);
        }
    }

    @SuppressWarnings("unchecked")
    ZeroConfigSerializer(Class<?> type) {
        this.type = (Class<Object>) type;
        this.record = type.isRecord();
        List<Property> props = new ArrayList<>();
        try {
            if (record) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    RecordComponent c = components[i];
                    types[i] = c.getType();
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    props.add(new Property(c.getName(), c.getType(), codec(c.getType(), c.getGenericType(), c.getName()),
                            accessor, null));
                }
                constructor = type.getDeclaredConstructor(types);
            } else {
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        int m = f.getModifiers();
                        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                            continue;
                        }
                        f.setAccessible(true);
                        props.add(new Property(f.getName(), f.getType(), codec(f.getType(), f.getGenericType(),
                                f.getName()), null, f));
                    }
                }
                constructor = type.getDeclaredConstructor();
            }
            constructor.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("cannot use zero-config Compact for " + type.getName() + ": " + e, e);
        }
        this.properties = List.copyOf(props);
    }

    private ZeroConfigFields.FieldCodec codec(Class<?> fieldType, java.lang.reflect.Type generic, String name) {
        return ZeroConfigFields.codecFor(fieldType, generic, type.getName() + "." + name);
    }

    @Override
    public Class<Object> getCompactClass() {
        return type;
    }

    @Override
    public String getTypeName() {
        return type.getName();
    }

    @Override
    public void write(CompactWriter writer, Object value) {
        for (Property p : properties) {
            Object fieldValue;
            try {
                fieldValue = p.get(value);
            } catch (ReflectiveOperationException e) {
                throw new SerializationException("cannot read " + type.getName() + "." + p.name() + ": " + e, e);
            }
            p.codec().write(writer, p.name(), fieldValue);
        }
    }

    @Override
    public Object read(CompactReader reader) {
        try {
            if (record) {
                Object[] args = new Object[properties.size()];
                for (int i = 0; i < args.length; i++) {
                    Property p = properties.get(i);
                    args[i] = p.codec().presentIn(reader, p.name()) ? p.codec().read(reader, p.name())
                            : defaultValue(p.type());
                }
                return constructor.newInstance(args);
            }
            Object instance = constructor.newInstance();
            for (Property p : properties) {
                if (p.codec().presentIn(reader, p.name())) {
                    p.field().set(instance, p.codec().read(reader, p.name()));
                }
            }
            return instance;
        } catch (InvocationTargetException e) {
            throw new SerializationException("the constructor of " + type.getName() + " failed: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SerializationException("cannot create a " + type.getName() + ": " + e, e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
