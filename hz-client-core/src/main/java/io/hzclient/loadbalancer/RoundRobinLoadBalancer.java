package io.hzclient.loadbalancer;

import io.hzclient.Cluster;
import io.hzclient.Member;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Each member in turn. The default. */
public final class RoundRobinLoadBalancer implements LoadBalancer {
    private final AtomicInteger index = new AtomicInteger();
    private volatile Cluster cluster;

    /** Makes a balancer; it knows no member until {@link #init} gives it the cluster. */
    public RoundRobinLoadBalancer() {
    }

    @Override
    public void init(Cluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public Member next() {
        Set<Member> members = cluster.getMembers();
        if (members.isEmpty()) {
            return null;
        }
        int i = Math.floorMod(index.getAndIncrement(), members.size());
        return members.stream().skip(i).findFirst().orElse(null);
    }
}
