package io.hzclient.internal.invocation;

import io.hzclient.TargetDisconnectedException;

/**
 * The call never left the client (no connection to send it on, or the connection closed first). Nothing reached a
 * member, so sending it later is always safe, retryable request or not.
 */
final class CallNotSentException extends TargetDisconnectedException {
    CallNotSentException(String message) {
        super(message);
    }
}
