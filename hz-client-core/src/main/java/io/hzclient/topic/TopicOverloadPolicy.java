package io.hzclient.topic;

/**
 * What a reliable topic's publish does when its ringbuffer is full of items that have not expired yet (a full
 * ringbuffer without a time to live is never "overloaded": the oldest item is simply overwritten).
 */
public enum TopicOverloadPolicy {
    /** Overwrites the oldest message, even if a slow listener has not read it yet. */
    DISCARD_OLDEST,
    /** Drops the message being published, silently. */
    DISCARD_NEWEST,
    /** Waits, with a growing pause (up to 2 s), until there is room. */
    BLOCK,
    /** Fails the publish with a {@link TopicOverloadException}. */
    ERROR
}
