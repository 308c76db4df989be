package io.hzclient.topic;

/**
 * A reliable topic listener that controls its own subscription. Each default is what a plain
 * {@link MessageListener} gets.
 */
public interface ReliableMessageListener<E> extends MessageListener<E> {

    /**
     * The ringbuffer sequence of the first message to read, e.g. one past the last {@link #storeSequence stored}
     * sequence to resume after a restart; -1 (the default) starts with the next message published.
     */
    default long initialSequence() {
        return -1;
    }

    /** Told the sequence of each message just before {@link #onMessage}: store it to resume later. */
    default void storeSequence(long sequence) {
    }

    /**
     * Whether to go on when messages were lost: the listener fell behind the ringbuffer's head (they were overwritten
     * or expired) or the ringbuffer lost its data. True: skip to the oldest message still there. False (default):
     * the subscription ends and {@link #onCancel} is called.
     */
    default boolean isLossTolerant() {
        return false;
    }

    /** Whether an exception thrown by {@link #onMessage} ends the subscription; false (default) logs it and goes on. */
    default boolean isTerminal(Throwable failure) {
        return false;
    }

    /** Told once when the subscription ends: removed, terminal error, loss not tolerated, topic destroyed, client shut down. */
    default void onCancel() {
    }
}
