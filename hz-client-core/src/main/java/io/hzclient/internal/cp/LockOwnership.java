package io.hzclient.internal.cp;

/**
 * Who holds a fenced lock, as its group answers.
 *
 * @param fence     the current fence, {@link io.hzclient.cp.HzFencedLock#INVALID_FENCE} when free
 * @param lockCount how many times the holder has taken it
 * @param sessionId the holder's session
 * @param threadId  the holder's cluster-wide thread id
 */
record LockOwnership(long fence, int lockCount, long sessionId, long threadId) {

    boolean isLocked() {
        return fence != io.hzclient.cp.HzFencedLock.INVALID_FENCE;
    }

    boolean isLockedBy(long session, long thread) {
        return isLocked() && sessionId == session && threadId == thread;
    }
}
