package io.hzclient;


/** A value could not be written or read: the message names the type, the type id or what was missing. */
public class SerializationException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public SerializationException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }
}
