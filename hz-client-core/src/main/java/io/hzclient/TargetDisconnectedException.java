package io.hzclient;

/** The connection that carried a call was lost before its answer came. */
public class TargetDisconnectedException extends HzClientException {
    public TargetDisconnectedException(String message) {
        super(message);
    }

    public TargetDisconnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
