package io.hzclient.internal.invocation;

import io.hzclient.TargetDisconnectedException;

/**
 * A call meant for one member could not be sent: the client has no connection to it. Not retried, since the member
 * may be gone for good and the caller may have another to ask (a PN counter's next replica); waiting for the
 * invocation timeout would only delay that.
 */
final class MemberNotConnectedException extends TargetDisconnectedException {
    MemberNotConnectedException(String message) {
        super(message);
    }
}
