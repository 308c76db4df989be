package io.hzclient;

/**
 * Told of each lifecycle state change, in order, on the client's event thread. A listener registered through
 * {@link io.hzclient.config.ClientConfig.Builder#addLifecycleListener} sees every state from {@code STARTING}; one
 * added with {@link HzClient#addLifecycleListener} sees the changes after it was added. An exception thrown here is
 * logged and does not stop the other listeners.
 */
@FunctionalInterface
public interface LifecycleListener {
    /**
     * Called once for each state the client enters.
     *
     * @param state the state the client is now in
     */
    void stateChanged(LifecycleState state);
}
