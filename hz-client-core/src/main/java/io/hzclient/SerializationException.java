package io.hzclient;


/** A value could not be written or read: the message names the type, the type id or what was missing. */
public class SerializationException extends HzClientException {
    public SerializationException(String message) {
        super(message);
    }

    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }
}
