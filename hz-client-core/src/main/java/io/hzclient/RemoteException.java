package io.hzclient;

/**
 * A member answered a call with an error. Carries the protocol's error code and the class name of the exception on
 * the member, so nothing the server said is lost.
 */
public class RemoteException extends HzClientException {
    private final int errorCode;
    private final String serverClassName;

    public RemoteException(int errorCode, String serverClassName, String message) {
        super(serverClassName + ": " + message);
        this.errorCode = errorCode;
        this.serverClassName = serverClassName;
    }

    /** The error code of the protocol (its section 5.8). */
    public int getErrorCode() {
        return errorCode;
    }

    /** The class name of the exception on the member, e.g. {@code java.lang.IllegalMonitorStateException}. */
    public String getServerClassName() {
        return serverClassName;
    }
}
