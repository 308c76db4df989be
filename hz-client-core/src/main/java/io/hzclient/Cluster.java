package io.hzclient;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The cluster as the client sees it: the member list of the last members view it took. A view that breaks the
 * client's checks (no member, a member without a UUID or with one listed twice, an empty host or a port outside
 * 1..65535) is not taken: the client keeps the last good list and disconnects from the member that sent it.
 */
public interface Cluster {

    /**
     * The current members, in the order the cluster lists them. Empty before the first connection.
     *
     * @return an immutable snapshot of the member list
     */
    Set<Member> getMembers();

    /**
     * The current members the selector accepts, in the order the cluster lists them: see {@link MemberSelectors}
     * for the usual ones (data members, lite members, members with an attribute).
     *
     * @param selector accepts the members wanted
     * @return an immutable snapshot, possibly empty
     * @throws NullPointerException if {@code selector} is null
     */
    default Set<Member> getMembers(Predicate<? super Member> selector) {
        Objects.requireNonNull(selector, "selector");
        Set<Member> selected = new LinkedHashSet<>();
        for (Member m : getMembers()) {
            if (selector.test(m)) {
                selected.add(m);
            }
        }
        return Collections.unmodifiableSet(selected);
    }

    /**
     * Registers a listener for members joining and leaving.
     *
     * <p>With {@code fireForExisting}, the listener is told of each current member as {@code ADDED} in the calling
     * thread, before this method returns. Every later change comes on the client's event thread, after those, each
     * once: a change applied while the existing members are being told is delivered after them, and a member of the
     * told list is never told again as added. No lock of the client is held while the listener runs. An exception
     * thrown by the listener is logged and does not stop the other events.
     *
     * @param listener        told of each member that joins or leaves
     * @param fireForExisting whether to tell the listener of the current members first
     * @return the id to remove the listener with
     * @throws NullPointerException if {@code listener} is null
     */
    UUID addMembershipListener(MembershipListener listener, boolean fireForExisting);

    /**
     * Stops the listener; an event not yet delivered to it is dropped.
     *
     * @param registrationId the id {@link #addMembershipListener} returned
     * @return true if it was registered, false if the id is not registered (or null)
     */
    boolean removeMembershipListener(UUID registrationId);
}
