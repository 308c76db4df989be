package io.hzclient;

import java.util.Set;

/**
 * A member joined or left.
 *
 * @param type    joined or left
 * @param member  the member that joined or left
 * @param members the member list after the change
 */
public record MembershipEvent(Type type, Member member, Set<Member> members) {
    /** Whether the member joined or left. */
    public enum Type {
        /** The member joined (or was there when the listener asked for the existing members). */
        ADDED,
        /** The member left. */
        REMOVED
    }
}
