package io.hzclient.config;

/** What the client does when it loses the cluster. */
public enum ReconnectMode {
    /** Reconnect; calls made meanwhile wait for the connection (within their invocation timeout). */
    ON,
    /** Shut the client down. */
    OFF,
    /** Reconnect in the background; calls made meanwhile fail at once with ClientOfflineException. */
    ASYNC
}
