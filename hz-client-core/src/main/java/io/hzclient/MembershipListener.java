package io.hzclient;

/**
 * Told when members join or leave the cluster, in order, on the client's event thread (the existing members asked
 * for at registration come in the registering thread: see {@link Cluster#addMembershipListener}). Keep it short: a
 * slow listener delays the events after it.
 */
public interface MembershipListener {

    default void memberAdded(MembershipEvent event) {
    }

    default void memberRemoved(MembershipEvent event) {
    }
}
