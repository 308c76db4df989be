package io.hzclient;

import java.util.Set;

/** A member joined or left; {@code members} is the member list after the change. */
public record MembershipEvent(Type type, Member member, Set<Member> members) {
    public enum Type { ADDED, REMOVED }
}
