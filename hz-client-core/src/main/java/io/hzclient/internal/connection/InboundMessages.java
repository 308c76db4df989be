package io.hzclient.internal.connection;

import io.hzclient.HzClientException;
import io.hzclient.internal.protocol.ClientMessage;

/**
 * Where a connection hands what it reads: the invocation layer implements it. An interface of this package, so that
 * the connection layer does not depend on the layer above it. Each method is called on the connection's event loop.
 */
public interface InboundMessages {

    /** A response (or error) to the call of its correlation id. */
    void handleResponse(ClientMessage response);

    /** A backup's acknowledgement of a call. */
    void handleBackupEvent(ClientMessage event);

    /** Any other event; false if no listener claims its correlation id. */
    boolean handleEvent(ClientMessage event);

    /** The answer to this call was skipped unread (too large): the call fails with {@code failure}. */
    void failCall(long correlationId, HzClientException failure);
}
