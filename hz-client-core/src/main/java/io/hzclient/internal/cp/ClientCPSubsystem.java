package io.hzclient.internal.cp;

import io.hzclient.HzClientException;
import io.hzclient.RemoteException;
import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.CPSubsystem;
import io.hzclient.cp.HzAtomicLong;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.cp.HzCountDownLatch;
import io.hzclient.cp.HzFencedLock;
import io.hzclient.cp.HzSemaphore;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.serialization.SerializationService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    private final Map<String, HzFencedLock> locks = new ConcurrentHashMap<>();
    private final Map<String, HzSemaphore> semaphores = new ConcurrentHashMap<>();
    private final CPSessions sessions;

    /**
     * A CP Subsystem for a client.
     *
     * @param invocations   where calls go
     * @param serialization how references' values and functions are written
     * @param userExecutor  where async answers complete
     * @param scheduler     where session heartbeats run
     * @param clientName    the name sessions are opened under (shown by the members)
     */
    public ClientCPSubsystem(InvocationService invocations, SerializationService serialization,
                             Executor userExecutor, ScheduledExecutorService scheduler, String clientName) {
        this.invocations = invocations;
        this.context = new CPSubsystemContext(invocations, serialization, userExecutor);
        this.sessions = new CPSessions(invocations, scheduler, clientName,
                () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime()));
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

    @Override
    public HzFencedLock getLock(String name) {
        CPNames names = CPNames.parse(name);
        return locks.computeIfAbsent(names.proxyName(), proxyName -> new FencedLockProxy(names, group(names),
                context, sessions, () -> locks.remove(proxyName)));
    }

    @Override
    public HzSemaphore getSemaphore(String name) {
        CPNames names = CPNames.parse(name);
        return semaphores.computeIfAbsent(names.proxyName(), proxyName -> {
            CPGroupId groupId = group(names);
            boolean jdkCompatible = invocations.invoke(SemaphoreCodec.getSemaphoreType(proxyName)).sync();
            return new SemaphoreProxy(names, groupId, context, sessions, jdkCompatible,
                    () -> semaphores.remove(proxyName));
        });
    }

    /**
     * Closes this client's CP sessions, so that the groups free its locks and session-aware permits at once rather
     * than when the sessions expire.
     */
    public void shutdown() {
        sessions.close();
    }

    /** This client's sessions, for tests in this package that act on them as a group would. */
    CPSessions sessions() {
        return sessions;
    }

    /** Where this subsystem's calls go, for tests in this package. */
    InvocationService invocations() {
        return invocations;
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
