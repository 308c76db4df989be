package io.hzclient;

/** The client has no connection to the cluster right now (reconnect mode ASYNC, or async start still connecting). */
public class ClientOfflineException extends HzClientException {
    public ClientOfflineException(String message) {
        super(message);
    }

    public ClientOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
