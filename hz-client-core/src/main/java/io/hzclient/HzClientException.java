package io.hzclient;

/**
 * The root of this client's own exceptions. Unchecked: a caller catches what it can act on. Arguments a call refuses
 * fail with the JDK's exceptions instead ({@link NullPointerException}, {@link IllegalArgumentException}), and a few
 * errors of the member come as the JDK exceptions a {@link java.util.concurrent.ConcurrentMap} user expects (see
 * {@link RemoteException}).
 */
public class HzClientException extends RuntimeException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public HzClientException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened, for the log and the caller
     * @param cause   the failure that led to it
     */
    public HzClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
