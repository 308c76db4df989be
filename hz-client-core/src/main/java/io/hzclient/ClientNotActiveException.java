package io.hzclient;

/** The client was shut down (or is shutting down): it takes no more calls. */
public class ClientNotActiveException extends HzClientException {
    public ClientNotActiveException(String message) {
        super(message);
    }

    public ClientNotActiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
