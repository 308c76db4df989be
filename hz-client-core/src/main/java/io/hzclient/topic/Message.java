package io.hzclient.topic;

import io.hzclient.Member;

import java.time.Instant;

/**
 * One message of a topic.
 *
 * @param topicName        the topic it was published to
 * @param payload          the message itself
 * @param publishTime      when it was published, in milliseconds since the epoch (the publisher's clock for a
 *                         reliable topic, the member's for a plain one)
 * @param publishingMember the member that published it or passed it on; null if that member is not in the cluster
 *                         view (any more), or for a reliable topic message published by a client
 * @param <E>              the type of the payload
 */
public record Message<E>(String topicName, E payload, long publishTime, Member publishingMember) {

    /**
     * The publish time as an instant.
     *
     * @return {@link #publishTime()} as an {@link Instant}
     */
    public Instant publishInstant() {
        return Instant.ofEpochMilli(publishTime);
    }
}
