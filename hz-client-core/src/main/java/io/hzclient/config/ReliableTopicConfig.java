package io.hzclient.config;

import io.hzclient.topic.TopicOverloadPolicy;

import java.util.Objects;

/**
 * How a reliable topic behaves on this client: its listeners read up to {@code readBatchSize} messages per call
 * (at least one; default 10), and a publish to a full ringbuffer follows {@code overloadPolicy} (default BLOCK).
 * The name may be a pattern with one {@code *} ({@code orders-*}).
 */
public final class ReliableTopicConfig {
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

    /** The defaults, for a topic that no configured name or pattern matches. */
    public static ReliableTopicConfig defaults(String name) {
        return builder(name).build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int readBatchSize() {
        return readBatchSize;
    }

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

    public static final class Builder {
        private final String name;
        private int readBatchSize = DEFAULT_READ_BATCH_SIZE;
        private TopicOverloadPolicy overloadPolicy = TopicOverloadPolicy.BLOCK;

        private Builder(String name) {
            this.name = NamePatterns.checkPattern(name, "reliable-topics name");
        }

        public Builder readBatchSize(int size) {
            if (size < 1 || size > MAX_READ_BATCH_SIZE) {
                throw new IllegalArgumentException("reliable-topics." + name + ".read-batch-size must be between 1"
                        + " and " + MAX_READ_BATCH_SIZE + ", got " + size);
            }
            this.readBatchSize = size;
            return this;
        }

        public Builder overloadPolicy(TopicOverloadPolicy policy) {
            this.overloadPolicy = Objects.requireNonNull(policy,
                    () -> "reliable-topics." + name + ".overload-policy must not be null");
            return this;
        }

        public ReliableTopicConfig build() {
            return new ReliableTopicConfig(this);
        }
    }
}
