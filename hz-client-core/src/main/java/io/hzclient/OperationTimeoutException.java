package io.hzclient;

/** A call got no answer within its invocation timeout. */
public class OperationTimeoutException extends HzClientException {
    public OperationTimeoutException(String message) {
        super(message);
    }

    public OperationTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
