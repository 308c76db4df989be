package io.hzclient.cp;

import io.hzclient.HzClientException;

/**
 * The holder of a {@link HzFencedLock} tried to take it again beyond the reentrancy limit the members configure for
 * it (1 for a non-reentrant lock).
 */
public class LockAcquireLimitReachedException extends HzClientException {
    private static final long serialVersionUID = 1L;

    /**
     * A limit reached.
     *
     * @param message which lock, and its limit
     */
    public LockAcquireLimitReachedException(String message) {
        super(message);
    }
}
