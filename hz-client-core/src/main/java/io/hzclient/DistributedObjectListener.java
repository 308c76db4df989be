package io.hzclient;

/** Told when any client or member creates or destroys a distributed object. */
@FunctionalInterface
public interface DistributedObjectListener {
    /**
     * Called for each creation or destruction, on the client's event thread.
     *
     * @param event which object, created or destroyed, and by whom
     */
    void onEvent(DistributedObjectEvent event);
}
