package io.hzclient;

import java.util.Set;
import java.util.UUID;

/** The cluster as the client sees it. */
public interface Cluster {

    /** The current members, in the order the cluster lists them. Empty before the first connection. */
    Set<Member> getMembers();

    /** Registers a listener; with {@code fireForExisting} it is first told of each current member as added. */
    UUID addMembershipListener(MembershipListener listener, boolean fireForExisting);

    boolean removeMembershipListener(UUID registrationId);
}
