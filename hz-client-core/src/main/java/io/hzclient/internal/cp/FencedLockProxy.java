package io.hzclient.internal.cp;

import io.hzclient.cp.CPGroupId;
import io.hzclient.cp.HzFencedLock;
import io.hzclient.cp.LockAcquireLimitReachedException;
import io.hzclient.cp.LockOwnershipLostException;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * The client side of a CP fenced lock. Every acquisition holds this client's session in the group once, and every
 * release lets go of it once, so the session is heartbeated exactly while a lock is held. The proxy remembers which
 * session each of its holding threads took the lock under: a thread that finds its group session changed since then
 * has lost the lock, and is told so instead of acting as its owner.
 */
final class FencedLockProxy extends CPProxy implements HzFencedLock {
    static final String SERVICE_NAME = "hz:raft:lockService";

    private final CPSessions sessions;
    /** The session each holding thread (by cluster-wide thread id) took the lock under. */
    private final Map<Long, Long> heldUnder = new ConcurrentHashMap<>();

    FencedLockProxy(CPNames names, CPGroupId groupId, CPSubsystemContext context, CPSessions sessions,
                    Runnable forget) {
        super(SERVICE_NAME, names, groupId, context, forget);
        this.sessions = sessions;
    }

    @Override
    public void lock() {
        lockAndGetFence();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before requesting " + this);
        }
        lock();
    }

    @Override
    public long lockAndGetFence() {
        long threadId = sessions.threadId(groupId);
        UUID invocationUid = newInvocationUid();
        while (true) {
            long sessionId = sessions.acquire(groupId, 1);
            try {
                checkStillHeldUnder(threadId, sessionId);
                long fence = CPWaits.uninterruptibly(invoke(FencedLockCodec.lock(groupId, objectName, sessionId,
                        threadId, invocationUid)));
                if (fence == INVALID_FENCE) {
                    throw new LockAcquireLimitReachedException("the reentrancy limit of " + this + " is reached");
                }
                heldUnder.put(threadId, sessionId);
                return fence;
            } catch (RuntimeException e) {
                if (!CPErrors.isSessionExpired(e)) {
                    sessions.release(groupId, sessionId, 1);
                    throw CPErrors.isWaitCancelled(e) ? cancelled(e) : e;
                }
                sessions.invalidate(groupId, sessionId);
                checkNotHeld(threadId);
            }
        }
    }

    @Override
    public boolean tryLock() {
        return tryLockAndGetFence() != INVALID_FENCE;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) {
        return tryLockAndGetFence(time, unit) != INVALID_FENCE;
    }

    @Override
    public long tryLockAndGetFence() {
        return tryLockAndGetFence(0, TimeUnit.MILLISECONDS);
    }

    @Override
    public long tryLockAndGetFence(long time, TimeUnit unit) {
        long timeoutMs = Math.max(0, Objects.requireNonNull(unit, "unit must not be null").toMillis(time));
        long threadId = sessions.threadId(groupId);
        UUID invocationUid = newInvocationUid();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (true) {
            long sessionId = sessions.acquire(groupId, 1);
            try {
                checkStillHeldUnder(threadId, sessionId);
                long fence = CPWaits.uninterruptibly(invoke(FencedLockCodec.tryLock(groupId, objectName, sessionId,
                        threadId, invocationUid, timeoutMs)));
                if (fence == INVALID_FENCE) {
                    sessions.release(groupId, sessionId, 1);
                } else {
                    heldUnder.put(threadId, sessionId);
                }
                return fence;
            } catch (RuntimeException e) {
                if (!CPErrors.isSessionExpired(e)) {
                    sessions.release(groupId, sessionId, 1);
                    if (CPErrors.isWaitCancelled(e)) {
                        return INVALID_FENCE;
                    }
                    throw e;
                }
                sessions.invalidate(groupId, sessionId);
                checkNotHeld(threadId);
                timeoutMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (timeoutMs <= 0) {
                    return INVALID_FENCE;
                }
            }
        }
    }

    @Override
    public void unlock() {
        long threadId = sessions.threadId(groupId);
        long sessionId = sessions.current(groupId);
        checkStillHeldUnder(threadId, sessionId);
        if (sessionId == CPSessions.NO_SESSION) {
            heldUnder.remove(threadId);
            throw notOwner();
        }
        try {
            boolean stillHeld = CPWaits.uninterruptibly(invoke(FencedLockCodec.unlock(groupId, objectName, sessionId,
                    threadId, newInvocationUid())));
            if (stillHeld) {
                heldUnder.put(threadId, sessionId);
            } else {
                heldUnder.remove(threadId);
            }
            sessions.release(groupId, sessionId, 1);
        } catch (IllegalMonitorStateException e) {
            heldUnder.remove(threadId);
            throw e;
        } catch (RuntimeException e) {
            if (!CPErrors.isSessionExpired(e)) {
                throw e;
            }
            sessions.invalidate(groupId, sessionId);
            heldUnder.remove(threadId);
            throw lost(sessionId);
        }
    }

    @Override
    public long getFence() {
        Ownership mine = ownership();
        if (!mine.byThisThread()) {
            throw notOwner();
        }
        return mine.state().fence();
    }

    @Override
    public boolean isLocked() {
        return ownership().state().isLocked();
    }

    @Override
    public boolean isLockedByCurrentThread() {
        return ownership().byThisThread();
    }

    @Override
    public int getLockCount() {
        return ownership().state().lockCount();
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("a CP lock has no conditions");
    }

    @Override
    public void destroy() {
        heldUnder.clear();
        super.destroy();
    }

    /** Who holds the lock, checked against what this thread believed it held. */
    private Ownership ownership() {
        long threadId = sessions.threadId(groupId);
        long sessionId = sessions.current(groupId);
        checkStillHeldUnder(threadId, sessionId);
        LockOwnership state = invoke(FencedLockCodec.getLockOwnership(groupId, objectName)).sync();
        if (sessionId != CPSessions.NO_SESSION && state.isLockedBy(sessionId, threadId)) {
            heldUnder.put(threadId, sessionId);
            return new Ownership(state, true);
        }
        checkNotHeld(threadId);
        return new Ownership(state, false);
    }

    /** If this thread holds the lock under another session than the group's current one, that hold is gone. */
    private void checkStillHeldUnder(long threadId, long sessionId) {
        Long heldSession = heldUnder.get(threadId);
        if (heldSession != null && heldSession != sessionId) {
            heldUnder.remove(threadId);
            throw lost(heldSession);
        }
    }

    /** The thread's session is gone; if it held the lock under it, that hold is gone too. */
    private void checkNotHeld(long threadId) {
        Long heldSession = heldUnder.remove(threadId);
        if (heldSession != null) {
            throw lost(heldSession);
        }
    }

    private LockOwnershipLostException lost(long sessionId) {
        return new LockOwnershipLostException("this thread no longer holds " + this + ": its CP session "
                + sessionId + " was closed by the group, which released the lock");
    }

    private IllegalMonitorStateException notOwner() {
        return new IllegalMonitorStateException("this thread does not hold " + this);
    }

    private IllegalMonitorStateException cancelled(RuntimeException cause) {
        IllegalMonitorStateException e = new IllegalMonitorStateException(this + " was not taken: the group cancelled"
                + " the wait, as another call of the same thread (an earlier one whose outcome was unknown) took its"
                + " place");
        e.initCause(cause);
        return e;
    }

    private record Ownership(LockOwnership state, boolean byThisThread) {
    }
}
