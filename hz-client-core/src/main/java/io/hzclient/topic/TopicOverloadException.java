package io.hzclient.topic;

import io.hzclient.HzClientException;

/** A reliable topic's ringbuffer had no room and the topic's overload policy is {@link TopicOverloadPolicy#ERROR}. */
public class TopicOverloadException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened: the topic, its ringbuffer, and what to do
     */
    public TopicOverloadException(String message) {
        super(message);
    }
}
