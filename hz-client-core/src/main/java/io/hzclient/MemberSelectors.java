package io.hzclient;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * The member selectors applications use most, for {@link Cluster#getMembers(Predicate)}; combine them with
 * {@link Predicate#and}, {@link Predicate#or} and {@link Predicate#negate}.
 */
public final class MemberSelectors {
    private MemberSelectors() {
    }

    /**
     * Data members: those that hold partitions.
     *
     * @return a selector of the members that are not lite members
     */
    public static Predicate<Member> dataMembers() {
        return m -> !m.liteMember();
    }

    /**
     * Lite members: those that hold no data.
     *
     * @return a selector of the lite members
     */
    public static Predicate<Member> liteMembers() {
        return Member::liteMember;
    }

    /**
     * Members whose attribute {@code name} has this value, as configured on the member.
     *
     * @param name  the attribute's name
     * @param value the value wanted
     * @return a selector of the members with that attribute value
     * @throws NullPointerException if {@code name} or {@code value} is null
     */
    public static Predicate<Member> withAttribute(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return m -> value.equals(m.attributes().get(name));
    }
}
