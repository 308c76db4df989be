package io.hzclient;

/** No member of the cluster could be reached (or none accepted the client) within the cluster connect timeout. */
public class ClusterConnectException extends HzClientException {
    public ClusterConnectException(String message) {
        super(message);
    }

    public ClusterConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
