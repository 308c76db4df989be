package io.hzclient.topic;

/**
 * Called with each message of a topic.
 *
 * @param <E> the type of the messages
 */
@FunctionalInterface
public interface MessageListener<E> {

    /**
     * Called with one message, on the client's event thread; messages come one at a time, in order.
     *
     * @param message the message, with its topic, publish time and publishing member
     */
    void onMessage(Message<E> message);
}
