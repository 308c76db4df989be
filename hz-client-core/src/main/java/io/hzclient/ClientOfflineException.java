package io.hzclient;

/** The client has no connection to the cluster right now (reconnect mode ASYNC, or async start still connecting). */
public class ClientOfflineException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public ClientOfflineException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public ClientOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
