package io.hzclient;

/** The states a client goes through, in the order of a normal life. */
public enum LifecycleState {
    /** The client is being started; nothing is connected yet. */
    STARTING,
    /** The client's services are up; it connects to the cluster next. */
    STARTED,
    /** The client has an authenticated connection to the cluster: at start, and again after each reconnect. */
    CONNECTED,
    /** The client lost its last connection to the cluster (or closed it while shutting down). */
    DISCONNECTED,
    /** {@link HzClient#shutdown()} began: no new call is taken. */
    SHUTTING_DOWN,
    /** The client is shut down: its connections are closed and its threads stopped. */
    SHUTDOWN
}
