package io.hzclient.query;

import io.hzclient.internal.query.BuiltInPredicate;
import io.hzclient.internal.query.PagingState;
import io.hzclient.internal.query.PartitionScope;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The members' predicates, written as the official clients write them, so the members evaluate them the same way.
 *
 * <p>An attribute names what a predicate looks at in an entry: a field of the value ({@code age}), a nested field
 * ({@code address.city}), an element or any element of a collection or JSON array ({@code tags[0]},
 * {@code people[any].name}), the key ({@code __key}, or a field of it: {@code __key.id}), or the value itself
 * ({@code this}). Values are serialized like map values and compared on the members with the attribute's own type:
 * compare an {@code int} field with an {@code Integer}, a {@code long} field with a {@code Long}.
 *
 * <p>Every factory checks its arguments: a null or blank attribute or SQL text is refused with an
 * {@link IllegalArgumentException}, a null predicate or comparison value with a {@link NullPointerException} naming
 * it. Whether an attribute exists is known only to the members: a query on an unknown attribute fails there, and its
 * call fails with the members' message.
 */
public final class Predicates {
    private static final int SQL = 0;
    private static final int AND = 1;
    private static final int BETWEEN = 2;
    private static final int EQUAL = 3;
    private static final int GREATER_LESS = 4;
    private static final int LIKE = 5;
    private static final int ILIKE = 6;
    private static final int IN = 7;
    private static final int INSTANCE_OF = 8;
    private static final int NOT_EQUAL = 9;
    private static final int NOT = 10;
    private static final int OR = 11;
    private static final int REGEX = 12;
    private static final int FALSE = 13;
    private static final int TRUE = 14;

    private Predicates() {
    }

    /**
     * The members' SQL-like predicate language, parsed by the members: {@code active AND age < 30},
     * {@code name LIKE 'J%'}, {@code age BETWEEN 20 AND 30}, {@code city IN ('Paris', 'Rome')}, {@code NOT (a = 1)},
     * {@code name ILIKE 'j%'}, {@code name REGEX 'J.*'}, {@code a != 1} (or {@code <>}).
     *
     * @param sql the condition
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate; malformed text fails the query on the members, with their message
     */
    public static <K, V> Predicate<K, V> sql(String sql) {
        String text = notBlank(sql, "sql");
        return new BuiltInPredicate<>(SQL, out -> out.writeString(text), text);
    }

    /**
     * The attribute equals the value; {@code null} matches entries whose attribute is null.
     *
     * @param attribute the attribute
     * @param value the value, or null
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> equal(String attribute, Comparable<?> value) {
        return attributeAndValue(EQUAL, attribute, value, " = ");
    }

    /**
     * The attribute does not equal the value.
     *
     * @param attribute the attribute
     * @param value the value, or null
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> notEqual(String attribute, Comparable<?> value) {
        return attributeAndValue(NOT_EQUAL, attribute, value, " != ");
    }

    /**
     * The attribute is greater than the value.
     *
     * @param attribute the attribute
     * @param value the value
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> greaterThan(String attribute, Comparable<?> value) {
        return comparison(attribute, value, false, false, " > ");
    }

    /**
     * The attribute is greater than or equal to the value.
     *
     * @param attribute the attribute
     * @param value the value
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> greaterEqual(String attribute, Comparable<?> value) {
        return comparison(attribute, value, true, false, " >= ");
    }

    /**
     * The attribute is less than the value.
     *
     * @param attribute the attribute
     * @param value the value
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> lessThan(String attribute, Comparable<?> value) {
        return comparison(attribute, value, false, true, " < ");
    }

    /**
     * The attribute is less than or equal to the value.
     *
     * @param attribute the attribute
     * @param value the value
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> lessEqual(String attribute, Comparable<?> value) {
        return comparison(attribute, value, true, true, " <= ");
    }

    /**
     * The attribute lies between {@code from} and {@code to}, both included.
     *
     * @param attribute the attribute
     * @param from the lower bound
     * @param to the upper bound
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> between(String attribute, Comparable<?> from, Comparable<?> to) {
        String a = notBlank(attribute, "attribute");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        return new BuiltInPredicate<>(BETWEEN, out -> {
            out.writeString(a);
            out.writeObject(to); // the members read the upper bound first
            out.writeObject(from);
        }, a + " BETWEEN " + from + " AND " + to);
    }

    /**
     * The attribute equals one of the values.
     *
     * @param attribute the attribute
     * @param values the values
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> in(String attribute, Comparable<?>... values) {
        String a = notBlank(attribute, "attribute");
        Comparable<?>[] copy = Objects.requireNonNull(values, "values must not be null").clone();
        return new BuiltInPredicate<>(IN, out -> {
            out.writeString(a);
            out.writeInt(copy.length);
            for (Comparable<?> v : copy) {
                out.writeObject(v);
            }
        }, a + " IN " + Arrays.toString(copy));
    }

    /**
     * The attribute, a string, matches the pattern: {@code %} stands for any characters, {@code _} for one, a
     * backslash escapes them. Case sensitive.
     *
     * @param attribute the attribute
     * @param pattern the pattern
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> like(String attribute, String pattern) {
        return attributeAndText(LIKE, attribute, pattern, " LIKE ");
    }

    /**
     * As {@link #like}, ignoring case.
     *
     * @param attribute the attribute
     * @param pattern the pattern
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> ilike(String attribute, String pattern) {
        return attributeAndText(ILIKE, attribute, pattern, " ILIKE ");
    }

    /**
     * The attribute, a string, matches the Java regular expression as a whole.
     *
     * @param attribute the attribute
     * @param regex the regular expression
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> regex(String attribute, String regex) {
        return attributeAndText(REGEX, attribute, regex, " REGEX ");
    }

    /**
     * The entry's value is an instance of the named Java class, as the members see it (the class must be on their
     * classpath).
     *
     * @param className the fully qualified class name
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> instanceOf(String className) {
        String name = notBlank(className, "className");
        return new BuiltInPredicate<>(INSTANCE_OF, out -> out.writeString(name), "instanceOf " + name);
    }

    /**
     * The entry's value is an instance of the class, as the members see it.
     *
     * @param type the class
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> instanceOf(Class<?> type) {
        return instanceOf(Objects.requireNonNull(type, "type must not be null").getName());
    }

    /**
     * Every one of the predicates holds.
     *
     * @param predicates one or more predicates
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    @SafeVarargs
    public static <K, V> Predicate<K, V> and(Predicate<K, V>... predicates) {
        return junction(AND, " AND ", predicates);
    }

    /**
     * At least one of the predicates holds.
     *
     * @param predicates one or more predicates
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    @SafeVarargs
    public static <K, V> Predicate<K, V> or(Predicate<K, V>... predicates) {
        return junction(OR, " OR ", predicates);
    }

    /**
     * The predicate does not hold.
     *
     * @param predicate the predicate
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> not(Predicate<K, V> predicate) {
        Objects.requireNonNull(predicate, "predicate must not be null");
        PagingState.refuse(predicate, "inside not");
        PartitionScope.refuse(predicate, "inside not");
        return new BuiltInPredicate<>(NOT, out -> out.writeObject(predicate), "NOT (" + predicate + ")");
    }

    /**
     * Every entry.
     *
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> alwaysTrue() {
        return new BuiltInPredicate<>(TRUE, out -> { }, "TRUE");
    }

    /**
     * No entry.
     *
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> Predicate<K, V> alwaysFalse() {
        return new BuiltInPredicate<>(FALSE, out -> { }, "FALSE");
    }

    /**
     * Every entry, a page at a time, in the natural order of what is returned (keys for {@code keySet}, values for
     * {@code values}, keys for {@code entrySet}).
     *
     * @param pageSize the entries per page, at least 1
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return a new paging predicate, on page 0
     */
    public static <K, V> PagingPredicate<K, V> pagingPredicate(int pageSize) {
        return new PagingState<>(null, null, pageSize);
    }

    /**
     * The entries the predicate matches, a page at a time, in natural order.
     *
     * @param predicate the condition
     * @param pageSize the entries per page, at least 1
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return a new paging predicate, on page 0
     */
    public static <K, V> PagingPredicate<K, V> pagingPredicate(Predicate<K, V> predicate, int pageSize) {
        return new PagingState<>(Objects.requireNonNull(predicate, "predicate must not be null"), null, pageSize);
    }

    /**
     * The entries the predicate matches (null: every entry), a page at a time, in the comparator's order.
     *
     * @param predicate the condition, or null for every entry
     * @param comparator an object the members can deserialize and use as a {@code Comparator} of map entries
     *        (IdentifiedDataSerializable, Portable or Compact on their classpath)
     * @param pageSize the entries per page, at least 1
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return a new paging predicate, on page 0
     */
    public static <K, V> PagingPredicate<K, V> pagingPredicate(Predicate<K, V> predicate, Object comparator,
                                                               int pageSize) {
        return new PagingState<>(predicate, Objects.requireNonNull(comparator, "comparator must not be null"),
                pageSize);
    }

    /**
     * The target predicate, evaluated only on the partition that owns {@code partitionKey}; the query goes to that
     * partition's owner. The target may be a paging predicate.
     *
     * @param partitionKey a key of the map, or any object hashed to the same partition
     * @param target the predicate evaluated there
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> PartitionPredicate<K, V> partitionPredicate(Object partitionKey, Predicate<K, V> target) {
        return PartitionScope.of(partitionKey, target);
    }

    /**
     * The target predicate, evaluated only on the partitions that own the keys.
     *
     * @param partitionKeys keys of the map, or any objects hashed to the same partitions; at least one
     * @param target the predicate evaluated there
     * @param <K> the type of the map's keys
     * @param <V> the type of the map's values
     * @return the predicate
     */
    public static <K, V> PartitionPredicate<K, V> multiPartitionPredicate(Set<?> partitionKeys,
                                                                          Predicate<K, V> target) {
        return PartitionScope.of(partitionKeys, target);
    }

    private static <K, V> Predicate<K, V> attributeAndValue(int classId, String attribute, Comparable<?> value,
                                                            String operator) {
        String a = notBlank(attribute, "attribute");
        return new BuiltInPredicate<>(classId, out -> {
            out.writeString(a);
            out.writeObject(value);
        }, a + operator + value);
    }

    private static <K, V> Predicate<K, V> comparison(String attribute, Comparable<?> value, boolean equal,
                                                     boolean less, String operator) {
        String a = notBlank(attribute, "attribute");
        Objects.requireNonNull(value, "value must not be null");
        return new BuiltInPredicate<>(GREATER_LESS, out -> {
            out.writeString(a);
            out.writeObject(value);
            out.writeBoolean(equal);
            out.writeBoolean(less);
        }, a + operator + value);
    }

    private static <K, V> Predicate<K, V> attributeAndText(int classId, String attribute, String text,
                                                           String operator) {
        String a = notBlank(attribute, "attribute");
        String t = Objects.requireNonNull(text, "the pattern must not be null");
        return new BuiltInPredicate<>(classId, out -> {
            out.writeString(a);
            out.writeString(t);
        }, a + operator + "'" + t + "'");
    }

    @SafeVarargs
    private static <K, V> Predicate<K, V> junction(int classId, String operator, Predicate<K, V>... predicates) {
        Objects.requireNonNull(predicates, "predicates must not be null");
        if (predicates.length == 0) {
            throw new IllegalArgumentException("give at least one predicate to" + operator.toLowerCase());
        }
        Predicate<K, V>[] copy = predicates.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], "predicate " + i + " must not be null");
            PagingState.refuse(copy[i], "inside" + operator.toLowerCase());
            PartitionScope.refuse(copy[i], "inside" + operator.toLowerCase());
        }
        return new BuiltInPredicate<>(classId, out -> {
            out.writeInt(copy.length);
            for (Predicate<K, V> p : copy) {
                out.writeObject(p);
            }
        }, Arrays.stream(copy).map(Object::toString).collect(Collectors.joining(operator, "(", ")")));
    }

    static String notBlank(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
        return text;
    }
}
