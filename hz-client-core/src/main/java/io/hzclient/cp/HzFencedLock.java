package io.hzclient.cp;

import io.hzclient.DistributedObject;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A reentrant lock held by a CP group, usable as a {@link Lock}. Its owner is this client's CP session in the group
 * together with the calling thread, as in the official clients: only the thread that took it can release it. Each
 * first acquisition gets a fencing token, a number that grows with every new owner, which a protected resource can
 * use to refuse a stale owner's writes.
 *
 * <p>If the session is closed by the group (the client was cut off for longer than the session's time to live), the
 * lock is released there and the owner's next call on it throws {@link LockOwnershipLostException}. Waits for the lock
 * are made on the members; they are not interrupted by {@link Thread#interrupt()}, because the group may grant the
 * lock after the caller gave up.
 */
public interface HzFencedLock extends Lock, DistributedObject {

    /** The fence of no lock: what the group answers for a lock nobody holds. */
    long INVALID_FENCE = 0L;

    /**
     * The CP group that holds this lock.
     *
     * @return the group's id
     */
    CPGroupId getGroupId();

    /**
     * Takes the lock, waiting as long as it takes; reentrant.
     *
     * @throws LockOwnershipLostException       if this thread held the lock and its session was closed meanwhile
     * @throws LockAcquireLimitReachedException if the group's reentrancy limit for this lock is reached
     */
    @Override
    void lock();

    /**
     * Takes the lock as {@link #lock()} does, after checking the interrupt status once; the wait itself is not
     * interrupted.
     *
     * @throws InterruptedException if the thread is interrupted when called (the lock is not requested then)
     */
    @Override
    void lockInterruptibly() throws InterruptedException;

    /**
     * Takes the lock, waiting as long as it takes, and answers its fence.
     *
     * @return the fencing token of this ownership (the same for reentrant acquisitions)
     * @throws LockOwnershipLostException       if this thread held the lock and its session was closed meanwhile
     * @throws LockAcquireLimitReachedException if the group's reentrancy limit for this lock is reached
     */
    long lockAndGetFence();

    /**
     * Takes the lock if it is free or already this thread's.
     *
     * @return whether this thread holds the lock now
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     */
    @Override
    boolean tryLock();

    /**
     * Takes the lock, waiting up to {@code time} for it.
     *
     * @param time how long to wait; zero or less does not wait
     * @param unit the unit of {@code time}
     * @return whether this thread holds the lock now
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     * @throws NullPointerException       if {@code unit} is null
     */
    @Override
    boolean tryLock(long time, TimeUnit unit);

    /**
     * Takes the lock if it is free or already this thread's, and answers its fence.
     *
     * @return the fencing token, or {@link #INVALID_FENCE} if the lock was not taken
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     */
    long tryLockAndGetFence();

    /**
     * Takes the lock, waiting up to {@code time} for it, and answers its fence.
     *
     * @param time how long to wait; zero or less does not wait
     * @param unit the unit of {@code time}
     * @return the fencing token, or {@link #INVALID_FENCE} if the lock was not taken
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     * @throws NullPointerException       if {@code unit} is null
     */
    long tryLockAndGetFence(long time, TimeUnit unit);

    /**
     * Releases the lock once; it is free when released as many times as it was taken.
     *
     * @throws IllegalMonitorStateException if this thread does not hold the lock
     * @throws LockOwnershipLostException   if this thread held the lock and its session was closed meanwhile
     */
    @Override
    void unlock();

    /**
     * The fencing token of this thread's ownership.
     *
     * @return the fence
     * @throws IllegalMonitorStateException if this thread does not hold the lock
     * @throws LockOwnershipLostException   if this thread held the lock and its session was closed meanwhile
     */
    long getFence();

    /**
     * Whether anyone holds the lock.
     *
     * @return true if held, by any client and thread
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     */
    boolean isLocked();

    /**
     * Whether the calling thread of this client holds the lock.
     *
     * @return true if this thread holds it
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     */
    boolean isLockedByCurrentThread();

    /**
     * How many times the holder has taken the lock (reentrancy), whoever it is.
     *
     * @return the count, zero when free
     * @throws LockOwnershipLostException if this thread held the lock and its session was closed meanwhile
     */
    int getLockCount();

    /**
     * Not supported: a CP lock has no conditions.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    Condition newCondition();
}
