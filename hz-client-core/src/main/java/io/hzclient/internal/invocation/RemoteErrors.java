package io.hzclient.internal.invocation;

import io.hzclient.HzClientException;
import io.hzclient.OperationTimeoutException;
import io.hzclient.RemoteException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.internal.codec.CustomCodecs;
import io.hzclient.internal.codec.CustomCodecs.ErrorHolder;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.pncounter.ConsistencyLostException;
import io.hzclient.ringbuffer.StaleSequenceException;

import java.util.List;
import java.util.Set;

/**
 * The one table from the protocol's error codes (spec section 5.8) to this client's exceptions, and which of
 * them mean "send it again".
 */
public final class RemoteErrors {
    static final int ARRAY_INDEX_OUT_OF_BOUNDS = 1;
    static final int ILLEGAL_ARGUMENT = 23;
    static final int ILLEGAL_MONITOR_STATE = 26;
    static final int ILLEGAL_STATE = 27;
    static final int INDEX_OUT_OF_BOUNDS = 29;
    static final int MEMBER_LEFT = 33;
    static final int OPERATION_TIMEOUT = 38;
    static final int TARGET_DISCONNECTED = 52;
    static final int UNSUPPORTED_OPERATION = 61;
    static final int STALE_SEQUENCE = StaleSequenceException.ERROR_CODE;
    static final int CONSISTENCY_LOST = ConsistencyLostException.ERROR_CODE;

    /** The member could not run the call now but another attempt may succeed: always retried. */
    private static final Set<Integer> RETRYABLE = Set.of(
            8,  // CALLER_NOT_MEMBER
            19, // HAZELCAST_INSTANCE_NOT_ACTIVE
            39, // PARTITION_MIGRATING
            46, // RETRYABLE_HAZELCAST
            47, // RETRYABLE_IO
            53, // TARGET_NOT_MEMBER
            62  // WRONG_TARGET
    );

    private RemoteErrors() {
    }

    /** The exception for an error response; the member's class name and message are kept. */
    public static RuntimeException toException(ClientMessage errorResponse) {
        List<ErrorHolder> errors = new MessageReader(errorResponse).structList(CustomCodecs::errorHolder);
        if (errors.isEmpty()) {
            return new HzClientException("the member answered with an error that names no error");
        }
        RuntimeException first = toException(errors.get(0));
        RuntimeException cause = first;
        for (int i = 1; i < errors.size(); i++) {
            RuntimeException next = toException(errors.get(i));
            cause.initCause(next);
            cause = next;
        }
        return first;
    }

    static RuntimeException toException(ErrorHolder e) {
        String message = e.message() == null ? e.className() : e.message();
        return switch (e.errorCode()) {
            // JDK exceptions a ConcurrentMap user expects (unlock by another thread, bad argument...)
            case ILLEGAL_ARGUMENT -> new IllegalArgumentException(message + " (on the member: " + e.className() + ")");
            case ILLEGAL_MONITOR_STATE -> new IllegalMonitorStateException(message + " (on the member: " + e.className() + ")");
            case ILLEGAL_STATE -> new IllegalStateException(message + " (on the member: " + e.className() + ")");
            case UNSUPPORTED_OPERATION -> new UnsupportedOperationException(message + " (on the member: " + e.className() + ")");
            case INDEX_OUT_OF_BOUNDS, ARRAY_INDEX_OUT_OF_BOUNDS -> new IndexOutOfBoundsException(message
                    + " (on the member: " + e.className() + ")");
            case OPERATION_TIMEOUT -> new OperationTimeoutException(e.className() + ": " + message);
            case TARGET_DISCONNECTED, MEMBER_LEFT -> new TargetDisconnectedException(e.className() + ": " + message);
            case STALE_SEQUENCE -> new StaleSequenceException(e.className(), message);
            case CONSISTENCY_LOST -> new ConsistencyLostException(e.className(), message);
            default -> new RemoteException(e.errorCode(), e.className(), message);
        };
    }

    /** Whether a member's error says the call may simply be sent again. */
    static boolean isRetryable(Throwable t) {
        return t instanceof RemoteException r && RETRYABLE.contains(r.getErrorCode());
    }
}
