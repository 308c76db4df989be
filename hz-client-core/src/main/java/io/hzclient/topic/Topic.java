package io.hzclient.topic;

import io.hzclient.DistributedObject;

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Publish and subscribe: every message published reaches every listener registered at the time, in the order one
 * publisher published them. A plain topic keeps nothing: a listener that is not registered (or not connected) when a
 * message is published misses it; a {@link ReliableTopic} keeps messages in a ringbuffer instead.
 */
public interface Topic<E> extends DistributedObject {

    void publish(E message);

    CompletableFuture<Void> publishAsync(E message);

    /** Publishes each message, in order, as one call to the cluster. */
    void publishAll(Collection<? extends E> messages);

    CompletableFuture<Void> publishAllAsync(Collection<? extends E> messages);

    /**
     * Registers a listener; it is called off the network threads, one message at a time, in order. Each listener has
     * a queue of its own, so a slow one delays only its own messages (past 100 000 waiting, newer ones are dropped
     * with a warning). Registered again by itself after reconnects. The id removes it.
     */
    UUID addMessageListener(MessageListener<E> listener);

    /** False if no listener has that id. */
    boolean removeMessageListener(UUID registrationId);
}
