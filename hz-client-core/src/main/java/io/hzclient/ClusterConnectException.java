package io.hzclient;

/** No member of the cluster could be reached (or none accepted the client) within the cluster connect timeout. */
public class ClusterConnectException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public ClusterConnectException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public ClusterConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
