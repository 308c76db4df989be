package io.hzclient.internal.serialization;

import java.util.Set;

/**
 * The classes Java serialization may write and read: the configured classes and packages, plus the plain JDK
 * value and collection types a serializable object graph usually holds.
 */
final class JavaAllowList {
    private static final Set<String> JDK_VALUES = Set.of("java.lang.Object", "java.lang.String", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Number", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Enum", "java.lang.Record",
            "java.math.BigInteger", "java.math.BigDecimal", "java.util.Date", "java.util.UUID",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12",
            "java.util.ImmutableCollections$SetN", "java.util.ImmutableCollections$Set12",
            "java.util.ImmutableCollections$MapN", "java.util.ImmutableCollections$Map1",
            "java.util.CollSer", "java.util.KeyValueHolder");
    private static final String JAVA_TIME = "java.time.";

    private final Set<String> classes;
    private final Set<String> packages;

    JavaAllowList(Set<String> classes, Set<String> packages) {
        this.classes = Set.copyOf(classes);
        this.packages = Set.copyOf(packages);
    }

    boolean isEmpty() {
        return classes.isEmpty() && packages.isEmpty();
    }

    /** Whether the user allowed this class (the JDK defaults do not count: they alone do not enable anything). */
    boolean allowsUserClass(Class<?> type) {
        String name = type.getName();
        return classes.contains(name) || packages.stream().anyMatch(p -> name.startsWith(p + "."));
    }

    boolean allows(Class<?> type) {
        String name = type.getName();
        return allowsUserClass(type) || JDK_VALUES.contains(name) || name.startsWith(JAVA_TIME);
    }
}
