package io.hzclient.topic;

/** Called with each message of a topic. */
@FunctionalInterface
public interface MessageListener<E> {

    void onMessage(Message<E> message);
}
