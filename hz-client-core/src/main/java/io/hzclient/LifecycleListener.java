package io.hzclient;

/** Told of each lifecycle state change, in order. */
@FunctionalInterface
public interface LifecycleListener {
    void stateChanged(LifecycleState state);
}
