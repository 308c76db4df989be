package io.hzclient;

/**
 * A member answered a call with an error. Carries the protocol's error code and the class name of the exception on
 * the member, so nothing the server said is lost; the message is that class name, then the member's message.
 *
 * <p>Not every error of the member comes as this type: its {@code IllegalArgumentException},
 * {@code IllegalStateException}, {@code IllegalMonitorStateException} and {@code UnsupportedOperationException} come
 * as those JDK exceptions (their message names the member's class), its operation timeout as
 * {@link OperationTimeoutException}, and "target disconnected" or "member left" as
 * {@link TargetDisconnectedException}. Errors that only mean "try again" (a partition migrating, a wrong target...) are
 * retried within the invocation timeout and surface, if they last, as the cause of an
 * {@link OperationTimeoutException}.
 */
public class RemoteException extends HzClientException {
    /** The protocol's error code the member sent. */
    private final int errorCode;
    /** The class name of the exception on the member. */
    private final String serverClassName;

    /**
     * Makes the exception for an error the member sent.
     *
     * @param errorCode       the protocol's error code
     * @param serverClassName the class name of the exception on the member
     * @param message         the member's message
     */
    public RemoteException(int errorCode, String serverClassName, String message) {
        super(serverClassName + ": " + message);
        this.errorCode = errorCode;
        this.serverClassName = serverClassName;
    }

    /**
     * The error code, as the protocol numbers them (its section 5.8).
     *
     * @return the error code the member sent
     */
    public int getErrorCode() {
        return errorCode;
    }

    /**
     * The class name of the exception on the member.
     *
     * @return the class name, e.g. {@code com.hazelcast.spi.exception.PartitionMigratingException}
     */
    public String getServerClassName() {
        return serverClassName;
    }
}
