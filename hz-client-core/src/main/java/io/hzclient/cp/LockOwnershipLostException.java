package io.hzclient.cp;

/**
 * The calling thread held a {@link HzFencedLock}, but its CP session was closed by the group (the client was cut
 * off for longer than the session's time to live), so the group released the lock and may have given it to another
 * owner. Whatever the lock protected may have been changed by that owner.
 */
public class LockOwnershipLostException extends IllegalMonitorStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An ownership lost.
     *
     * @param message what was lost, and why
     */
    public LockOwnershipLostException(String message) {
        super(message);
    }
}
