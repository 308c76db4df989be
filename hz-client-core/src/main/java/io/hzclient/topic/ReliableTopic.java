package io.hzclient.topic;

/**
 * A topic whose messages are kept in a ringbuffer ({@code _hz_rb_<name>}) that listeners read at their own pace, in
 * batches: a slow listener holds no one else back, a listener that was briefly disconnected misses nothing that is
 * still in the ringbuffer, and publishers follow the topic's {@link TopicOverloadPolicy} when it is full. Register a
 * {@link ReliableMessageListener} to choose where to start, whether to tolerate lost messages and which errors end
 * the subscription; a plain {@link MessageListener} starts at the next message, is not loss tolerant, and stays
 * subscribed when it throws. Configured by {@link io.hzclient.config.ReliableTopicConfig}.
 *
 * @param <E> the type of the messages
 */
public interface ReliableTopic<E> extends Topic<E> {
}
