package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzSemaphore;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The client side of a CP semaphore, of either kind. A session-aware one holds this client's session in the group
 * once per permit it holds (so the session is heartbeated while permits are held) and retries with a new session when
 * the group says the old one expired; a JDK-compatible one names no session ({@link CPSessions#NO_SESSION}).
 */
final class SemaphoreProxy extends CPProxy implements HzSemaphore {
    static final String SERVICE_NAME = "hz:raft:semaphoreService";
    /** Session holds taken for a drain, whose count is known only after: the unused ones are let go. */
    private static final int DRAIN_HOLDS = 1024;

    private final CPSessions sessions;
    private final boolean jdkCompatible;

    SemaphoreProxy(CPNames names, CPGroupId groupId, CPSubsystemContext context, CPSessions sessions,
                   boolean jdkCompatible, Runnable forget) {
        super(SERVICE_NAME, names, groupId, context, forget);
        this.sessions = sessions;
        this.jdkCompatible = jdkCompatible;
    }

    @Override
    public boolean isJdkCompatible() {
        return jdkCompatible;
    }

    @Override
    public boolean init(int permits) {
        return invoke(SemaphoreCodec.init(groupId, objectName, notNegative(permits, "permits"))).sync();
    }

    @Override
    public void acquire() {
        acquire(1);
    }

    @Override
    public void acquire(int permits) {
        if (!acquire(positive(permits), -1)) {
            throw new IllegalStateException("the group answered that " + this + " gave no permits to a wait"
                    + " without a timeout");
        }
    }

    @Override
    public boolean tryAcquire() {
        return tryAcquire(1);
    }

    @Override
    public boolean tryAcquire(int permits) {
        return acquire(positive(permits), 0);
    }

    @Override
    public boolean tryAcquire(long timeout, TimeUnit unit) {
        return tryAcquire(1, timeout, unit);
    }

    @Override
    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) {
        positive(permits);
        return acquire(permits, Math.max(0, Objects.requireNonNull(unit, "unit must not be null").toMillis(timeout)));
    }

    /** Acquires, waiting up to {@code timeoutMs} (forever for -1), with a new session if the group closed ours. */
    private boolean acquire(int permits, long timeoutMs) {
        long threadId = sessions.threadId(groupId);
        UUID invocationUid = newInvocationUid();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMs));
        while (true) {
            long sessionId = holdSession(permits);
            try {
                boolean acquired = CPWaits.uninterruptibly(invoke(SemaphoreCodec.acquire(groupId, objectName,
                        sessionId, threadId, invocationUid, permits, timeoutMs)));
                if (!acquired) {
                    letGo(sessionId, permits);
                }
                return acquired;
            } catch (RuntimeException e) {
                if (!CPErrors.isSessionExpired(e)) {
                    letGo(sessionId, permits);
                    if (CPErrors.isWaitCancelled(e)) {
                        throw cancelled(e);
                    }
                    throw e;
                }
                sessions.invalidate(groupId, sessionId);
                if (timeoutMs >= 0) {
                    timeoutMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (timeoutMs <= 0) {
                        return false;
                    }
                }
            }
        }
    }

    @Override
    public void release() {
        release(1);
    }

    @Override
    public void release(int permits) {
        positive(permits);
        long sessionId = jdkCompatible ? CPSessions.NO_SESSION : sessions.current(groupId);
        if (!jdkCompatible && sessionId == CPSessions.NO_SESSION) {
            throw new IllegalStateException("this client holds no permits of " + this + ": it has no CP session in"
                    + " the group");
        }
        long threadId = sessions.threadId(groupId);
        try {
            CPWaits.uninterruptibly(invoke(SemaphoreCodec.release(groupId, objectName, sessionId, threadId,
                    newInvocationUid(), permits)));
        } catch (RuntimeException e) {
            if (!CPErrors.isSessionExpired(e)) {
                // refused (or its outcome unknown): the session still holds what it held, so it keeps its holds,
                // else it would count fewer holders than it has and stop its heartbeats while it still holds some
                throw e;
            }
            sessions.invalidate(groupId, sessionId);
            throw new IllegalStateException("the permits of " + this + " were given back already: this client's CP"
                    + " session " + sessionId + " was closed by the group", e);
        }
        letGo(sessionId, permits);
    }

    @Override
    public int availablePermits() {
        return invoke(SemaphoreCodec.availablePermits(groupId, objectName)).sync();
    }

    @Override
    public int drainPermits() {
        long threadId = sessions.threadId(groupId);
        UUID invocationUid = newInvocationUid();
        while (true) {
            long sessionId = holdSession(DRAIN_HOLDS);
            try {
                int drained = CPWaits.uninterruptibly(invoke(SemaphoreCodec.drain(groupId, objectName, sessionId,
                        threadId, invocationUid)));
                letGo(sessionId, DRAIN_HOLDS - drained);
                return drained;
            } catch (RuntimeException e) {
                if (!CPErrors.isSessionExpired(e)) {
                    letGo(sessionId, DRAIN_HOLDS);
                    throw e;
                }
                sessions.invalidate(groupId, sessionId);
            }
        }
    }

    @Override
    public void reducePermits(int reduction) {
        change(-notNegative(reduction, "reduction"));
    }

    @Override
    public void increasePermits(int increase) {
        change(notNegative(increase, "increase"));
    }

    private void change(int delta) {
        if (delta == 0) {
            return;
        }
        long threadId = sessions.threadId(groupId);
        UUID invocationUid = newInvocationUid();
        while (true) {
            long sessionId = holdSession(1);
            try {
                invoke(SemaphoreCodec.change(groupId, objectName, sessionId, threadId, invocationUid, delta)).sync();
                return;
            } catch (RuntimeException e) {
                if (!CPErrors.isSessionExpired(e)) {
                    throw e;
                }
                sessions.invalidate(groupId, sessionId);
            } finally {
                letGo(sessionId, 1);
            }
        }
    }

    /** The session to name, held {@code count} times; none for a JDK-compatible semaphore. */
    private long holdSession(int count) {
        return jdkCompatible ? CPSessions.NO_SESSION : sessions.acquire(groupId, count);
    }

    private void letGo(long sessionId, int count) {
        if (!jdkCompatible) {
            sessions.release(groupId, sessionId, count);
        }
    }

    private IllegalStateException cancelled(RuntimeException cause) {
        return new IllegalStateException(this + " gave no permits: the group cancelled the wait, as another call of"
                + " the same thread (an earlier one whose outcome was unknown) took its place", cause);
    }

    private static int positive(int permits) {
        if (permits <= 0) {
            throw new IllegalArgumentException("permits must be positive, not " + permits);
        }
        return permits;
    }

    private static int notNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, not " + value);
        }
        return value;
    }
}
