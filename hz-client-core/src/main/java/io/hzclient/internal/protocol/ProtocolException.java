package io.hzclient.internal.protocol;

import io.hzclient.HzClientException;

/** The bytes from a peer do not form a valid message: the connection that carried them is closed. */
public class ProtocolException extends HzClientException {
    public ProtocolException(String message) {
        super(message);
    }
}
