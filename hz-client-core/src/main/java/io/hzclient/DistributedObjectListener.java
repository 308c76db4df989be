package io.hzclient;

/** Told when any client or member creates or destroys a distributed object. */
@FunctionalInterface
public interface DistributedObjectListener {
    void onEvent(DistributedObjectEvent event);
}
