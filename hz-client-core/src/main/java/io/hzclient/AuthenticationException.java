package io.hzclient;

/** A member refused the client: wrong cluster name, bad credentials, or the client is not allowed. */
public class AuthenticationException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public AuthenticationException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
