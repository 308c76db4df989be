package io.hzclient.loadbalancer;

import io.hzclient.Cluster;
import io.hzclient.Member;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** A member picked at random for each call. */
public final class RandomLoadBalancer implements LoadBalancer {
    /** Makes a balancer; it knows no member until {@link #init} gives it the cluster. */
    public RandomLoadBalancer() {
    }

    private volatile Cluster cluster;

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
        int i = ThreadLocalRandom.current().nextInt(members.size());
        return members.stream().skip(i).findFirst().orElse(null);
    }
}
