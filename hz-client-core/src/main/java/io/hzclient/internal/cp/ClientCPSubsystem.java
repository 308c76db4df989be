package io.hzclient.internal.cp;

import io.hzclient.HzClientException;
import io.hzclient.RemoteException;
import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.CPSubsystem;
import io.hzclient.cp.HzAtomicLong;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.cp.HzCountDownLatch;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.serialization.SerializationService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The client's CP Subsystem: proxies made once per name, as the official clients advise, each bound to the group
 * the cluster named when it was made.
 */
public final class ClientCPSubsystem implements CPSubsystem {
    private final InvocationService invocations;
    private final CPSubsystemContext context;
    private final Map<String, HzAtomicLong> atomicLongs = new ConcurrentHashMap<>();
    private final Map<String, HzAtomicReference<?>> atomicReferences = new ConcurrentHashMap<>();
    private final Map<String, HzCountDownLatch> countDownLatches = new ConcurrentHashMap<>();

    public ClientCPSubsystem(InvocationService invocations, SerializationService serialization,
                             Executor userExecutor) {
        this.invocations = invocations;
        this.context = new CPSubsystemContext(invocations, serialization, userExecutor);
    }

    @Override
    public HzAtomicLong getAtomicLong(String name) {
        CPNames names = CPNames.parse(name);
        return atomicLongs.computeIfAbsent(names.proxyName(), proxyName -> new AtomicLongProxy(names, group(names),
                context, () -> atomicLongs.remove(proxyName)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E> HzAtomicReference<E> getAtomicReference(String name) {
        CPNames names = CPNames.parse(name);
        return (HzAtomicReference<E>) atomicReferences.computeIfAbsent(names.proxyName(),
                proxyName -> new AtomicRefProxy<>(names, group(names), context,
                        () -> atomicReferences.remove(proxyName)));
    }

    @Override
    public HzCountDownLatch getCountDownLatch(String name) {
        CPNames names = CPNames.parse(name);
        return countDownLatches.computeIfAbsent(names.proxyName(), proxyName -> new CountDownLatchProxy(names,
                group(names), context, () -> countDownLatches.remove(proxyName)));
    }

    /** The object's group, created on the cluster if it does not exist yet. */
    private CPGroupId group(CPNames names) {
        try {
            return invocations.invoke(CPGroupCodec.createCPGroup(names.proxyName())).sync();
        } catch (RemoteException | UnsupportedOperationException e) {
            // members from 5.5 on answer UnsupportedOperationException: CP is licensed there
            throw new HzClientException("the cluster could not give the CP group '" + names.groupName() + "' of '"
                    + names.proxyName() + "': is its CP Subsystem on (cp-member-count of 3 or more, on members that"
                    + " offer it: open-source members up to 5.4)? The member said: " + e.getMessage(), e);
        }
    }
}
