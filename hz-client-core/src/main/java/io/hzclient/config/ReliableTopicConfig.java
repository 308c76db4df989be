package io.hzclient.config;

import io.hzclient.topic.TopicOverloadPolicy;

import java.util.Objects;

/**
 * How a reliable topic behaves on this client: its listeners read up to {@code readBatchSize} messages per call
 * (at least one; default 10), and a publish to a full ringbuffer follows {@code overloadPolicy} (default BLOCK).
 * The name may be a pattern with one {@code *} ({@code orders-*}).
 */
public final class ReliableTopicConfig {
    /** Messages a listener reads per call, by default. */
    public static final int DEFAULT_READ_BATCH_SIZE = 10;
    /** The most a ringbuffer read may ask for (the member's limit). */
    public static final int MAX_READ_BATCH_SIZE = 1000;

    private final String name;
    private final int readBatchSize;
    private final TopicOverloadPolicy overloadPolicy;

    private ReliableTopicConfig(Builder b) {
        this.name = b.name;
        this.readBatchSize = b.readBatchSize;
        this.overloadPolicy = b.overloadPolicy;
    }

    /**
     * The defaults, for a topic that no configured name or pattern matches.
     *
     * @param name the topic's name
     * @return the default config under that name
     */
    public static ReliableTopicConfig defaults(String name) {
        return builder(name).build();
    }

    /**
     * A builder for the reliable topics {@code name} matches, with the defaults.
     *
     * @param name a topic name, or a pattern with one {@code *}; {@code default} for every topic no other config
     *        matches
     * @return a new builder
     * @throws IllegalArgumentException if the name is null, blank or has more than one {@code *}
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The topic name or pattern this config applies to.
     *
     * @return the name or pattern
     */
    public String name() {
        return name;
    }

    /**
     * How many messages a listener reads per call to the cluster, at most.
     *
     * @return {@value #DEFAULT_READ_BATCH_SIZE} by default
     */
    public int readBatchSize() {
        return readBatchSize;
    }

    /**
     * What a publish does when the ringbuffer is full of messages within their time to live.
     *
     * @return {@link TopicOverloadPolicy#BLOCK} by default
     */
    public TopicOverloadPolicy overloadPolicy() {
        return overloadPolicy;
    }

    @Override
    public String toString() {
        return "ReliableTopicConfig{name=" + name + ", readBatchSize=" + readBatchSize + ", overloadPolicy="
                + overloadPolicy + '}';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReliableTopicConfig c && c.name.equals(name) && c.readBatchSize == readBatchSize
                && c.overloadPolicy == overloadPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, readBatchSize, overloadPolicy);
    }

    /** Collects the options of one reliable topic config; {@link #build()} makes the immutable config. */
    public static final class Builder {
        private final String name;
        private int readBatchSize = DEFAULT_READ_BATCH_SIZE;
        private TopicOverloadPolicy overloadPolicy = TopicOverloadPolicy.BLOCK;

        private Builder(String name) {
            this.name = NamePatterns.checkPattern(name, "reliable-topics name");
        }

        /**
         * Sets how many messages a listener reads per call ({@code read-batch-size}).
         *
         * @param size from 1 to {@value #MAX_READ_BATCH_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if it is out of that range
         */
        public Builder readBatchSize(int size) {
            if (size < 1 || size > MAX_READ_BATCH_SIZE) {
                throw new IllegalArgumentException("reliable-topics." + name + ".read-batch-size must be between 1"
                        + " and " + MAX_READ_BATCH_SIZE + ", got " + size);
            }
            this.readBatchSize = size;
            return this;
        }

        /**
         * Sets what a publish does when the ringbuffer is full ({@code overload-policy}).
         *
         * @param policy the overload policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder overloadPolicy(TopicOverloadPolicy policy) {
            this.overloadPolicy = Objects.requireNonNull(policy,
                    () -> "reliable-topics." + name + ".overload-policy must not be null");
            return this;
        }

        /**
         * Makes the immutable config.
         *
         * @return the config
         */
        public ReliableTopicConfig build() {
            return new ReliableTopicConfig(this);
        }
    }
}
