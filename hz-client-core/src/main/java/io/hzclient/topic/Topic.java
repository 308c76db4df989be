package io.hzclient.topic;

import io.hzclient.DistributedObject;

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Publish and subscribe: every message published reaches every listener registered at the time, in the order one
 * publisher published them. A plain topic keeps nothing: a listener that is not registered (or not connected) when a
 * message is published misses it; a {@link ReliableTopic} keeps messages in a ringbuffer instead.
 *
 * <p>Each remote call has the failures listed on {@link io.hzclient.HzClient}; the futures of the async forms complete
 * on the client's user executor.
 *
 * @param <E> the type of the messages
 */
public interface Topic<E> extends DistributedObject {

    /**
     * Publishes one message to every listener of the topic. Returns once the member that orders the topic's messages
     * took it (a {@link ReliableTopic}: once it is in the ringbuffer, or dropped by its overload policy), not once the
     * listeners got it.
     *
     * @param message the message
     * @throws NullPointerException if {@code message} is null
     * @throws io.hzclient.topic.TopicOverloadException for a {@link ReliableTopic} whose ringbuffer is full, if its
     *         overload policy is {@link TopicOverloadPolicy#ERROR}
     */
    void publish(E message);

    /**
     * The async form of {@link #publish}: the message is checked, and refused, in the calling thread.
     *
     * @param message the message
     * @return a future completed (with null) when {@link #publish} would return, or failed with what it throws
     * @throws NullPointerException if {@code message} is null
     */
    CompletableFuture<Void> publishAsync(E message);

    /**
     * Publishes each message, in order, as one call to the cluster.
     *
     * @param messages the messages, in the order listeners get them
     * @throws NullPointerException if {@code messages} or one of the messages is null
     * @throws IllegalArgumentException for a {@link ReliableTopic}, if there are none or more than
     *         {@value io.hzclient.ringbuffer.Ringbuffer#MAX_BATCH_SIZE}
     * @throws io.hzclient.topic.TopicOverloadException for a {@link ReliableTopic} whose ringbuffer has no room for
     *         them, if its overload policy is {@link TopicOverloadPolicy#ERROR}
     */
    void publishAll(Collection<? extends E> messages);

    /**
     * The async form of {@link #publishAll}: the messages are checked, and refused, in the calling thread.
     *
     * @param messages the messages, in the order listeners get them
     * @return a future completed (with null) when {@link #publishAll} would return, or failed with what it throws
     * @throws NullPointerException if {@code messages} or one of the messages is null
     * @throws IllegalArgumentException for a {@link ReliableTopic}, if there are none or more than
     *         {@value io.hzclient.ringbuffer.Ringbuffer#MAX_BATCH_SIZE}
     */
    CompletableFuture<Void> publishAllAsync(Collection<? extends E> messages);

    /**
     * Registers a listener; it is called off the network threads, one message at a time, in order. Each listener has
     * a queue of its own, so a slow one delays only its own messages (past 100 000 waiting, newer ones are dropped
     * with a warning). Registered again by itself after reconnects. An exception it throws is logged and does not stop
     * later messages.
     *
     * @param listener told of each message published from now on (a {@link ReliableMessageListener} on a
     *        {@link ReliableTopic} may start elsewhere)
     * @return the registration id, for {@link #removeMessageListener(UUID)}
     * @throws NullPointerException if {@code listener} is null
     * @throws IllegalArgumentException for a {@link ReliableTopic}, if the listener's
     *         {@link ReliableMessageListener#initialSequence()} is below -1
     */
    UUID addMessageListener(MessageListener<E> listener);

    /**
     * Stops a listener: the members stop sending it messages (a {@link ReliableTopic} stops reading for it and tells a
     * {@link ReliableMessageListener} {@link ReliableMessageListener#onCancel()}).
     *
     * @param registrationId the id {@link #addMessageListener} returned
     * @return true if the listener was registered, false if no listener has that id
     * @throws NullPointerException if {@code registrationId} is null
     */
    boolean removeMessageListener(UUID registrationId);
}
