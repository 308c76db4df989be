package io.hzclient.internal.pncounter;

import io.hzclient.HzClientException;
import io.hzclient.Member;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.pncounter.PNCounterCodec.CounterResponse;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.proxy.ProxyBase;
import io.hzclient.pncounter.PNCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The client side of a PN counter. Every call goes to one replica: a data member among the first
 * {@code replicaCount} of the member list (the counter's configured replica count, asked once), picked at random
 * and kept while it answers. Each request carries the replica clocks this client has observed, and each answer's
 * clock is merged in ({@link VectorClock}), so a replica that is behind refuses rather than let a read go backwards.
 * A replica that fails (gone, or behind: {@code ConsistencyLostException}) is left out and the next one tried; when
 * none is left, the last failure is thrown.
 */
public final class PNCounterProxy extends ProxyBase implements PNCounter {
    public static final String SERVICE_NAME = "hz:impl:PNCounterService";
    private static final Logger LOG = LoggerFactory.getLogger(PNCounterProxy.class);

    private final Supplier<? extends Collection<Member>> members;
    private final VectorClock clock = new VectorClock();
    private volatile int replicaCount;
    private volatile Member target;

    public PNCounterProxy(String name, ClientContext context, Supplier<? extends Collection<Member>> members) {
        super(SERVICE_NAME, name, context);
        this.members = members;
    }

    @Override
    public long get() {
        return call((observed, replica) -> PNCounterCodec.get(name, observed, replica));
    }

    @Override
    public long getAndAdd(long delta) {
        return add(delta, true);
    }

    @Override
    public long addAndGet(long delta) {
        return add(delta, false);
    }

    @Override
    public long getAndSubtract(long delta) {
        return add(-delta, true);
    }

    @Override
    public long subtractAndGet(long delta) {
        return add(-delta, false);
    }

    @Override
    public long getAndIncrement() {
        return add(1, true);
    }

    @Override
    public long incrementAndGet() {
        return add(1, false);
    }

    @Override
    public long getAndDecrement() {
        return add(-1, true);
    }

    @Override
    public long decrementAndGet() {
        return add(-1, false);
    }

    @Override
    public void reset() {
        clock.reset();
    }

    private long add(long delta, boolean getBeforeUpdate) {
        return call((observed, replica) -> PNCounterCodec.add(name, delta, getBeforeUpdate, observed, replica));
    }

    private long call(BiFunction<Map<UUID, Long>, UUID, Call<CounterResponse>> request) {
        List<Member> excluded = new ArrayList<>(0);
        HzClientException last = null;
        while (true) {
            Member replica = target(excluded);
            if (replica == null) {
                throw last != null ? last : new HzClientException("PN counter " + name + ": the cluster has no data"
                        + " member to hold its replicas (only lite members, or no member at all)");
            }
            try {
                CounterResponse response = context.invocations().invoke(request.apply(clock.get(), replica.uuid()))
                        .sync();
                clock.update(response.replicaTimestamps());
                return response.value();
            } catch (HzClientException e) {
                LOG.debug("PN counter {}: replica {} failed ({}), trying another", name, replica, e.toString());
                excluded.add(replica);
                last = e;
            }
        }
    }

    /**
     * The replica this client talks to: the current one unless it failed or left the cluster, else a random one not
     * yet tried.
     */
    private Member target(List<Member> excluded) {
        Member current = target;
        if (current != null && !excluded.contains(current) && isMember(current)) {
            return current;
        }
        List<Member> candidates = replicas(excluded);
        Member chosen = candidates.isEmpty() ? null : candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        synchronized (this) { // threads of one client agree on one replica: reads then follow its own updates
            if (target == current) {
                target = chosen;
            }
            Member agreed = target;
            return agreed != null && !excluded.contains(agreed) && isMember(agreed) ? agreed : chosen;
        }
    }

    private boolean isMember(Member m) {
        for (Member each : members.get()) {
            if (each.uuid().equals(m.uuid())) {
                return true;
            }
        }
        return false;
    }

    private List<Member> replicas(List<Member> excluded) {
        int count = replicaCount();
        List<Member> result = new ArrayList<>();
        int seen = 0;
        for (Member m : members.get()) {
            if (m.liteMember()) {
                continue;
            }
            if (seen++ >= count) {
                break;
            }
            if (!excluded.contains(m)) {
                result.add(m);
            }
        }
        return result;
    }

    private int replicaCount() {
        int count = replicaCount;
        if (count == 0) {
            count = context.invocations().invoke(PNCounterCodec.getConfiguredReplicaCount(name)).sync();
            replicaCount = count;
        }
        return count;
    }

    /** For tests: the replica calls go to now, or null before the first call. */
    Member currentTarget() {
        return target;
    }

    /** For tests: the replica clocks observed so far. */
    Map<UUID, Long> observedClock() {
        return clock.get();
    }
}
