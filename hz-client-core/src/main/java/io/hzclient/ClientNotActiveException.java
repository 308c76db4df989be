package io.hzclient;

/** The client was shut down (or is shutting down): it takes no more calls. */
public class ClientNotActiveException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public ClientNotActiveException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public ClientNotActiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
