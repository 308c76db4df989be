package io.hzclient;

/** The states a client goes through, in the order of a normal life. */
public enum LifecycleState {
    STARTING, STARTED, CONNECTED, DISCONNECTED, SHUTTING_DOWN, SHUTDOWN
}
