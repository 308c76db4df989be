package io.hzclient;

/**
 * A call got no answer within its invocation timeout ({@code invocation-timeout}); when retries used that time up,
 * the failure of the last try is the cause. The member's own operation timeout error comes as this type too. The call
 * may still have taken effect, or take effect later: a write that waits on the member for a key's lock is applied
 * once the lock is free, even after the client gave up on it.
 */
public class OperationTimeoutException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public OperationTimeoutException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public OperationTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
