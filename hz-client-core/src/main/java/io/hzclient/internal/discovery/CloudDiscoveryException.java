package io.hzclient.internal.discovery;

import io.hzclient.ClusterConnectException;

/**
 * The cloud's discovery API did not give the member addresses. Its message names the URL without the token, and
 * never the token.
 */
public final class CloudDiscoveryException extends ClusterConnectException {
    private static final long serialVersionUID = 1L;

    private final boolean refused;

    CloudDiscoveryException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    /**
     * Whether the API refused the request (an HTTP 4xx status, as for a wrong token): that does not heal by waiting.
     *
     * @return true for a 4xx answer
     */
    public boolean refused() {
        return refused;
    }
}
