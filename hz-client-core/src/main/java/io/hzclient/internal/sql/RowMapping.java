package io.hzclient.internal.sql;

import io.hzclient.sql.SqlColumnMetadata;
import io.hzclient.sql.SqlColumnType;
import io.hzclient.sql.SqlRow;
import io.hzclient.sql.SqlRowMetadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the caller's objects from rows: a record through its canonical constructor, a bean through its no-argument
 * constructor and setters. Checked once against the result's columns, so a missing or mistyped column fails before
 * the first row, naming the component and the column.
 */
final class RowMapping {
    /** Java's widening conversions between the numeric types, by target. */
    private static final Map<Class<?>, List<Class<?>>> WIDENS_FROM = Map.of(
            Short.class, List.of(Byte.class),
            Integer.class, List.of(Byte.class, Short.class),
            Long.class, List.of(Byte.class, Short.class, Integer.class),
            Float.class, List.of(Byte.class, Short.class, Integer.class, Long.class),
            Double.class, List.of(Byte.class, Short.class, Integer.class, Long.class, Float.class));

    private RowMapping() {
    }

    /** A function from rows of these columns to {@code type}. */
    static <T> Function<SqlRow, T> of(Class<T> type, SqlRowMetadata columns) {
        return type.isRecord() ? forRecord(type, columns) : forBean(type, columns);
    }

    private static <T> Function<SqlRow, T> forRecord(Class<T> type, SqlRowMetadata columns) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Slot[] slots = new Slot[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            slots[i] = slot(type, "component", components[i].getName(), types[i], columns);
        }
        Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException("cannot use the canonical constructor of " + type.getName() + ": " + e,
                    e);
        }
        return row -> {
            Object[] args = new Object[slots.length];
            for (int i = 0; i < slots.length; i++) {
                args[i] = slots[i].value(row);
            }
            return create(type, () -> constructor.newInstance(args));
        };
    }

    private static <T> Function<SqlRow, T> forBean(Class<T> type, SqlRowMetadata columns) {
        Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " is neither a record nor a bean with a no-argument"
                    + " constructor, so rows cannot be made into it");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " is abstract, so rows cannot be made into it");
        }
        List<Method> setters = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().length() > 3 && m.getName().startsWith("set") && m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())) {
                String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                slots.add(slot(type, "property", property, m.getParameterTypes()[0], columns));
                setters.add(m);
            }
        }
        if (setters.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " has no setter, so rows cannot be made into it");
        }
        return row -> create(type, () -> {
            T bean = constructor.newInstance();
            for (int i = 0; i < setters.size(); i++) {
                setters.get(i).invoke(bean, slots.get(i).value(row));
            }
            return bean;
        });
    }

    /** Where a component or property gets its value: a column, checked to fit, widened where Java would. */
    private record Slot(int column, Class<?> boxedType, boolean primitive, String name) {
        Object value(SqlRow row) {
            Object value = row.getObject(column);
            if (value == null && primitive) {
                throw new IllegalArgumentException("the column " + row.getMetadata().getColumn(column).name()
                        + " is null in a row, and " + name + " is a primitive");
            }
            if (value instanceof Number n && !boxedType.isInstance(value)) {
                return switch (boxedType.getSimpleName()) {
                    case "Short" -> n.shortValue();
                    case "Integer" -> n.intValue();
                    case "Long" -> n.longValue();
                    case "Float" -> n.floatValue();
                    case "Double" -> n.doubleValue();
                    default -> value; // not a widening (an OBJECT column's value): the constructor says so
                };
            }
            return value;
        }
    }

    private static Slot slot(Class<?> type, String kind, String name, Class<?> javaType, SqlRowMetadata columns) {
        int index = columns.findColumn(name);
        if (index == SqlRowMetadata.COLUMN_NOT_FOUND) {
            for (int i = 0; i < columns.getColumnCount() && index < 0; i++) {
                if (columns.getColumn(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    index = i;
                }
            }
        }
        String what = type.getSimpleName() + "." + name;
        if (index < 0) {
            throw new IllegalArgumentException("the result has no column for the " + kind + " " + what
                    + "; its columns: " + columns.getColumns().stream().map(SqlColumnMetadata::name).toList());
        }
        SqlColumnMetadata column = columns.getColumn(index);
        if (!fits(column.type(), javaType)) {
            throw new IllegalArgumentException("the column " + column.name() + " is " + column.type() + " ("
                    + column.type().valueClass().getSimpleName() + "), which does not fit the " + kind + " " + what
                    + " of type " + javaType.getSimpleName());
        }
        return new Slot(index, box(javaType), javaType.isPrimitive(), what);
    }

    private static boolean fits(SqlColumnType columnType, Class<?> target) {
        Class<?> boxed = box(target);
        Class<?> value = columnType.valueClass();
        if (columnType == SqlColumnType.OBJECT || columnType == SqlColumnType.NULL) {
            return true; // the value's own class decides; a wrong one fails on the row that has it
        }
        return boxed.isAssignableFrom(value) || WIDENS_FROM.getOrDefault(boxed, List.of()).contains(value);
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }

    private interface Creation<T> {
        T create() throws ReflectiveOperationException;
    }

    private static <T> T create(Class<T> type, Creation<T> creation) {
        try {
            return creation.create();
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("making a " + type.getName() + " from a row failed: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make a " + type.getName() + " from a row: " + e, e);
        }
    }
}
