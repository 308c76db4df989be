package io.hzclient.pncounter;

import io.hzclient.RemoteException;

/**
 * No reachable replica of a PN counter has seen every update this client has observed (the replicas that had left
 * the cluster, with their data). Reads could go backwards, so the call was refused. Call {@link PNCounter#reset()} to
 * accept the current state and go on.
 */
public class ConsistencyLostException extends RemoteException {
    /** The protocol's error code of a lost consistency. */
    public static final int ERROR_CODE = 84;

    /**
     * Makes the exception from the member's error; the message gains a hint to call {@link PNCounter#reset()}.
     *
     * @param serverClassName the class name of the exception on the member
     * @param message         the member's message
     */
    public ConsistencyLostException(String serverClassName, String message) {
        super(ERROR_CODE, serverClassName, message + " (no replica has seen all the updates this client observed;"
                + " call PNCounter.reset() to accept the current value and continue)");
    }
}
