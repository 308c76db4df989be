package io.hzclient.loadbalancer;

import io.hzclient.Cluster;
import io.hzclient.Member;

/**
 * Picks the member for a call that no partition decides. With smart routing the client connects to every member
 * and asks the balancer; implement it to steer such calls yourself.
 */
public interface LoadBalancer {

    /**
     * Called once, when the client starts, before any call is routed.
     *
     * @param cluster the client's view of the cluster, to read the members from
     */
    void init(Cluster cluster);

    /**
     * Picks the member for one call; called with smart routing for each call that no partition owner takes, so it must
     * be quick.
     *
     * @return the member, or null when none is known; the call goes through any live connection then, or when the
     *         client has no connection to the member picked
     */
    Member next();
}
