package io.hzclient;

/** Told when members join or leave the cluster, on the client's user executor. */
public interface MembershipListener {

    default void memberAdded(MembershipEvent event) {
    }

    default void memberRemoved(MembershipEvent event) {
    }
}
