package io.hzclient;

/**
 * Told when members join or leave the cluster, in order, on the client's event thread (the existing members asked
 * for at registration come in the registering thread: see {@link Cluster#addMembershipListener}). Keep it short: a
 * slow listener delays the events after it.
 */
public interface MembershipListener {

    /**
     * A member joined (or, for a listener registered with {@code fireForExisting}, was there already). Does nothing
     * unless overridden.
     *
     * @param event the member, and the member list after the change
     */
    default void memberAdded(MembershipEvent event) {
    }

    /**
     * A member left the cluster. Does nothing unless overridden.
     *
     * @param event the member, and the member list after the change
     */
    default void memberRemoved(MembershipEvent event) {
    }
}
