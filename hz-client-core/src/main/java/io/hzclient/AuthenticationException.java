package io.hzclient;

/** A member refused the client: wrong cluster name, bad credentials, or the client is not allowed. */
public class AuthenticationException extends HzClientException {
    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
