package io.hzclient.loadbalancer;

import io.hzclient.Cluster;
import io.hzclient.Member;

/**
 * Picks the member for a call that no partition decides. With smart routing the client connects to every member
 * and asks the balancer; implement it to steer such calls yourself.
 */
public interface LoadBalancer {

    /** Called once, when the client starts. */
    void init(Cluster cluster);

    /** The next member, or null when none is known. */
    Member next();
}
