package io.hzclient.query;

import io.hzclient.internal.query.BuiltInProjection;

import java.util.Arrays;
import java.util.Objects;

/**
 * The members' projections, written as the official clients write them. Pass one to
 * {@link io.hzclient.map.HzMap#project}.
 *
 * <p>An attribute is named as for {@link Predicates}, but may not use {@code [any]} (a projection returns one value
 * per attribute and entry): such an attribute, or a null or blank one, is refused with an
 * {@link IllegalArgumentException}.
 */
public final class Projections {
    private static final int SINGLE_ATTRIBUTE = 0;
    private static final int MULTI_ATTRIBUTE = 1;
    private static final int IDENTITY = 2;

    private Projections() {
    }

    /**
     * One attribute of each entry.
     *
     * @param attribute the attribute
     * @param <I> the entry type
     * @param <O> the attribute's type
     * @return the projection
     */
    public static <I, O> Projection<I, O> singleAttribute(String attribute) {
        String a = attribute(attribute);
        return new BuiltInProjection<>(SINGLE_ATTRIBUTE, out -> out.writeString(a), "singleAttribute(" + a + ")");
    }

    /**
     * Several attributes of each entry, in the order given.
     *
     * @param attributes one or more attributes
     * @param <I> the entry type
     * @return the projection: an array of the attributes' values per entry
     */
    public static <I> Projection<I, Object[]> multiAttribute(String... attributes) {
        Objects.requireNonNull(attributes, "attributes must not be null");
        if (attributes.length == 0) {
            throw new IllegalArgumentException("give at least one attribute");
        }
        String[] copy = Arrays.stream(attributes).map(Projections::attribute).toArray(String[]::new);
        return new BuiltInProjection<>(MULTI_ATTRIBUTE, out -> out.writeStringArray(copy),
                "multiAttribute" + Arrays.toString(copy));
    }

    /**
     * Each entry as it is.
     *
     * @param <I> the entry type
     * @return the projection
     */
    public static <I> Projection<I, I> identity() {
        return new BuiltInProjection<>(IDENTITY, out -> { }, "identity()");
    }

    private static String attribute(String attribute) {
        String a = Predicates.notBlank(attribute, "attribute");
        if (a.contains("[any]")) {
            throw new IllegalArgumentException("a projection's attribute may not use [any]: " + a);
        }
        return a;
    }
}
