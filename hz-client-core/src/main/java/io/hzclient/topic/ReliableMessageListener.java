package io.hzclient.topic;

/**
 * A reliable topic listener that controls its own subscription. Each default is what a plain
 * {@link MessageListener} gets.
 *
 * @param <E> the type of the messages
 */
public interface ReliableMessageListener<E> extends MessageListener<E> {

    /**
     * Where the subscription starts, asked once when the listener is registered.
     *
     * @return the ringbuffer sequence of the first message to read, e.g. one past the last
     *         {@link #storeSequence stored}
     *         sequence to resume after a restart; -1 (the default) starts with the next message published
     */
    default long initialSequence() {
        return -1;
    }

    /**
     * Told the sequence of each message just before {@link #onMessage}: store it to resume later. Does nothing unless
     * overridden.
     *
     * @param sequence the ringbuffer sequence of the message about to be delivered
     */
    default void storeSequence(long sequence) {
    }

    /**
     * Whether to go on when messages were lost: the listener fell behind the ringbuffer's head (they were overwritten
     * or expired) or the ringbuffer lost its data.
     *
     * @return true: skip to the oldest message still there; false (the default): the subscription ends and
     *         {@link #onCancel} is called
     */
    default boolean isLossTolerant() {
        return false;
    }

    /**
     * Whether an exception thrown by {@link #onMessage} ends the subscription.
     *
     * @param failure what {@link #onMessage} threw
     * @return true to end the subscription (then {@link #onCancel} is called); false (the default) logs it and goes on
     */
    default boolean isTerminal(Throwable failure) {
        return false;
    }

    /**
     * Told once when the subscription ends: removed, terminal error, loss not tolerated, topic destroyed, client shut
     * down. Does nothing unless overridden.
     */
    default void onCancel() {
    }
}
