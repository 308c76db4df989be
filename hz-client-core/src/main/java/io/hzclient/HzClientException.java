package io.hzclient;

/** The root of every exception this client throws. Unchecked: a caller catches what it can act on. */
public class HzClientException extends RuntimeException {
    public HzClientException(String message) {
        super(message);
    }

    public HzClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
