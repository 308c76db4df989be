package io.hzclient.internal.invocation;

import io.hzclient.ClientNotActiveException;
import io.hzclient.TargetDisconnectedException;

import java.io.IOException;

/**
 * Whether a failed call is sent again, as one small decision table:
 * <pre>
 * client shut down                                    -> no
 * the call never left the client (no connection)      -> yes
 * member says retryable (migrating, wrong target...)  -> yes
 * connection lost (IO, disconnected, member left)     -> if the request is retryable or redo-operation is on
 * anything else                                       -> no
 * </pre>
 * The caller also stops once the invocation timeout has passed.
 */
final class RetryPolicy {
    private final boolean redoOperation;

    RetryPolicy(boolean redoOperation) {
        this.redoOperation = redoOperation;
    }

    boolean shouldRetry(Throwable failure, boolean requestRetryable) {
        if (failure instanceof ClientNotActiveException) {
            return false;
        }
        if (failure instanceof CallNotSentException || RemoteErrors.isRetryable(failure)) {
            return true;
        }
        if (failure instanceof IOException || failure instanceof TargetDisconnectedException) {
            return requestRetryable || redoOperation;
        }
        return false;
    }
}
