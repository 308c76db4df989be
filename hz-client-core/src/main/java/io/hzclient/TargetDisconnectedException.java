package io.hzclient;

/**
 * The connection that carried a call was lost before its answer came, and the call was not sent again (its request
 * is not retryable and {@code redo-operation} is off). The member's own "target disconnected" and "member left"
 * errors come as this type too.
 */
public class TargetDisconnectedException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public TargetDisconnectedException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public TargetDisconnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
