package io.hzclient.config;

import java.time.Duration;
import java.util.Objects;

/**
 * A near cache for the maps its name matches (one {@code *} wildcard allowed: {@code products-*}): a local copy of
 * entries read, kept up to date by invalidations from the members.
 *
 * <p>Defaults: BINARY format, invalidate on change, no time-to-live nor max-idle (zero means none), LRU eviction at
 * 10 000 entries sampling 8 at a time from a pool of 16, keys not kept serialized, local writes invalidate.
 */
public final class NearCacheConfig {
    public static final int DEFAULT_MAX_SIZE = 10_000;
    public static final int DEFAULT_SAMPLING_COUNT = 8;
    public static final int DEFAULT_SAMPLING_POOL_SIZE = 16;

    private final String name;
    private final InMemoryFormat inMemoryFormat;
    private final boolean invalidateOnChange;
    private final Duration timeToLive;
    private final Duration maxIdle;
    private final EvictionPolicy evictionPolicy;
    private final int maxSize;
    private final int samplingCount;
    private final int samplingPoolSize;
    private final boolean serializeKeys;
    private final LocalUpdatePolicy localUpdatePolicy;

    private NearCacheConfig(Builder b) {
        this.name = b.name;
        this.inMemoryFormat = b.inMemoryFormat;
        this.invalidateOnChange = b.invalidateOnChange;
        this.timeToLive = b.timeToLive;
        this.maxIdle = b.maxIdle;
        this.evictionPolicy = b.evictionPolicy;
        this.maxSize = b.maxSize;
        this.samplingCount = b.samplingCount;
        this.samplingPoolSize = b.samplingPoolSize;
        this.serializeKeys = b.serializeKeys;
        this.localUpdatePolicy = b.localUpdatePolicy;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The map name or pattern this config applies to. */
    public String name() {
        return name;
    }

    public InMemoryFormat inMemoryFormat() {
        return inMemoryFormat;
    }

    public boolean invalidateOnChange() {
        return invalidateOnChange;
    }

    /** How long an entry lives after it was cached; zero: no limit. */
    public Duration timeToLive() {
        return timeToLive;
    }

    /** How long an entry may go unread; zero: no limit. */
    public Duration maxIdle() {
        return maxIdle;
    }

    public EvictionPolicy evictionPolicy() {
        return evictionPolicy;
    }

    /** Entries held at most. */
    public int maxSize() {
        return maxSize;
    }

    /** Entries sampled to pick the one to evict. */
    public int samplingCount() {
        return samplingCount;
    }

    /** Candidates kept between evictions, so each eviction samples fewer new entries. */
    public int samplingPoolSize() {
        return samplingPoolSize;
    }

    /** Whether keys are kept serialized (true) or as the caller's objects (false). */
    public boolean serializeKeys() {
        return serializeKeys;
    }

    public LocalUpdatePolicy localUpdatePolicy() {
        return localUpdatePolicy;
    }

    @Override
    public String toString() {
        return "NearCacheConfig{name=" + name + ", inMemoryFormat=" + inMemoryFormat + ", invalidateOnChange="
                + invalidateOnChange + ", timeToLive=" + timeToLive + ", maxIdle=" + maxIdle + ", evictionPolicy="
                + evictionPolicy + ", maxSize=" + maxSize + ", samplingCount=" + samplingCount
                + ", samplingPoolSize=" + samplingPoolSize + ", serializeKeys=" + serializeKeys
                + ", localUpdatePolicy=" + localUpdatePolicy + '}';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NearCacheConfig c && c.name.equals(name) && c.inMemoryFormat == inMemoryFormat
                && c.invalidateOnChange == invalidateOnChange && c.timeToLive.equals(timeToLive)
                && c.maxIdle.equals(maxIdle) && c.evictionPolicy == evictionPolicy && c.maxSize == maxSize
                && c.samplingCount == samplingCount && c.samplingPoolSize == samplingPoolSize
                && c.serializeKeys == serializeKeys && c.localUpdatePolicy == localUpdatePolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, inMemoryFormat, invalidateOnChange, timeToLive, maxIdle, evictionPolicy, maxSize,
                samplingCount, samplingPoolSize, serializeKeys, localUpdatePolicy);
    }

    public static final class Builder {
        private final String name;
        private InMemoryFormat inMemoryFormat = InMemoryFormat.BINARY;
        private boolean invalidateOnChange = true;
        private Duration timeToLive = Duration.ZERO;
        private Duration maxIdle = Duration.ZERO;
        private EvictionPolicy evictionPolicy = EvictionPolicy.LRU;
        private int maxSize = DEFAULT_MAX_SIZE;
        private int samplingCount = DEFAULT_SAMPLING_COUNT;
        private int samplingPoolSize = DEFAULT_SAMPLING_POOL_SIZE;
        private boolean serializeKeys;
        private LocalUpdatePolicy localUpdatePolicy = LocalUpdatePolicy.INVALIDATE;

        private Builder(String name) {
            this.name = NamePatterns.checkPattern(name, "near-caches name");
        }

        public Builder inMemoryFormat(InMemoryFormat format) {
            this.inMemoryFormat = Objects.requireNonNull(format, () -> option("in-memory-format") + " must not be null");
            return this;
        }

        public Builder invalidateOnChange(boolean invalidateOnChange) {
            this.invalidateOnChange = invalidateOnChange;
            return this;
        }

        /** Zero or null: entries live until evicted or invalidated. */
        public Builder timeToLive(Duration ttl) {
            this.timeToLive = ttl == null ? Duration.ZERO : Checks.positiveOrZero(ttl, option("time-to-live"));
            return this;
        }

        /** Zero or null: entries may go unread for any time. */
        public Builder maxIdle(Duration maxIdle) {
            this.maxIdle = maxIdle == null ? Duration.ZERO : Checks.positiveOrZero(maxIdle, option("max-idle"));
            return this;
        }

        public Builder evictionPolicy(EvictionPolicy policy) {
            this.evictionPolicy = Objects.requireNonNull(policy, () -> option("eviction-policy") + " must not be null");
            return this;
        }

        public Builder maxSize(int maxSize) {
            this.maxSize = atLeastOne(maxSize, "eviction-max-size");
            return this;
        }

        public Builder samplingCount(int count) {
            this.samplingCount = atLeastOne(count, "eviction-sampling-count");
            return this;
        }

        public Builder samplingPoolSize(int size) {
            this.samplingPoolSize = atLeastOne(size, "eviction-sampling-pool-size");
            return this;
        }

        public Builder serializeKeys(boolean serializeKeys) {
            this.serializeKeys = serializeKeys;
            return this;
        }

        public Builder localUpdatePolicy(LocalUpdatePolicy policy) {
            this.localUpdatePolicy = Objects.requireNonNull(policy,
                    () -> option("local-update-policy") + " must not be null");
            return this;
        }

        public NearCacheConfig build() {
            return new NearCacheConfig(this);
        }

        private int atLeastOne(int value, String option) {
            if (value < 1) {
                throw new IllegalArgumentException(option(option) + " must be at least 1, got " + value);
            }
            return value;
        }

        private String option(String option) {
            return "near-caches." + name + "." + option;
        }
    }
}
