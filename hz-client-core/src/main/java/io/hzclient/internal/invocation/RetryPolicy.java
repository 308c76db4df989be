package io.hzclient.internal.invocation;

import io.hzclient.ClientNotActiveException;
import io.hzclient.IndeterminateOperationStateException;
import io.hzclient.TargetDisconnectedException;

import java.io.IOException;

/**
 * Whether a failed call is sent again, as one small decision table:
 * <pre>
 * client shut down                                    -> no
 * the call never left the client (no connection)      -> yes
 * member says retryable (migrating, wrong target...)  -> yes
 * aimed at a member the client has no connection to   -> no (fails at once: the caller may ask another)
 * connection lost (IO, disconnected, member left)     -> if the request is retryable or redo-operation is on
 * owner lost while its backups were pending           -> if redo-operation is on (the call may have run)
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
        if (failure instanceof ClientNotActiveException || failure instanceof MemberNotConnectedException) {
            return false;
        }
        if (failure instanceof CallNotSentException || RemoteErrors.isRetryable(failure)) {
            return true;
        }
        if (failure instanceof IOException || failure instanceof TargetDisconnectedException) {
            return requestRetryable || redoOperation;
        }
        if (failure instanceof IndeterminateOperationStateException) {
            return redoOperation;
        }
        return false;
    }
}
