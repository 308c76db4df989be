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
    /** Entries held at most, by default. */
    public static final int DEFAULT_MAX_SIZE = 10_000;
    /** Entries sampled to pick the one to evict, by default. */
    public static final int DEFAULT_SAMPLING_COUNT = 8;
    /** Eviction candidates kept between evictions, by default. */
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

    /**
     * A builder for the near cache of the maps {@code name} matches, with the defaults.
     *
     * @param name a map name, or a pattern with one {@code *} ({@code products-*}); {@code default} for every map no
     *        other config matches
     * @return a new builder
     * @throws IllegalArgumentException if the name is null, blank or has more than one {@code *}
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The map name or pattern this config applies to.
     *
     * @return the name or pattern
     */
    public String name() {
        return name;
    }

    /**
     * How values are kept.
     *
     * @return {@link InMemoryFormat#BINARY} by default
     */
    public InMemoryFormat inMemoryFormat() {
        return inMemoryFormat;
    }

    /**
     * Whether the client listens for the members' invalidations, so that a change made by anyone drops the cached
     * entry.
     *
     * @return true by default
     */
    public boolean invalidateOnChange() {
        return invalidateOnChange;
    }

    /**
     * How long an entry lives after it was cached.
     *
     * @return the time to live; zero (the default): no limit
     */
    public Duration timeToLive() {
        return timeToLive;
    }

    /**
     * How long an entry may go unread.
     *
     * @return the max idle; zero (the default): no limit
     */
    public Duration maxIdle() {
        return maxIdle;
    }

    /**
     * Which entry a full near cache drops to make room.
     *
     * @return {@link EvictionPolicy#LRU} by default
     */
    public EvictionPolicy evictionPolicy() {
        return evictionPolicy;
    }

    /**
     * Entries held at most.
     *
     * @return {@value #DEFAULT_MAX_SIZE} by default
     */
    public int maxSize() {
        return maxSize;
    }

    /**
     * Entries sampled to pick the one to evict.
     *
     * @return {@value #DEFAULT_SAMPLING_COUNT} by default
     */
    public int samplingCount() {
        return samplingCount;
    }

    /**
     * Candidates kept between evictions, so each eviction samples fewer new entries.
     *
     * @return {@value #DEFAULT_SAMPLING_POOL_SIZE} by default
     */
    public int samplingPoolSize() {
        return samplingPoolSize;
    }

    /**
     * Whether keys are kept serialized (true) or as the caller's objects (false).
     *
     * @return false by default
     */
    public boolean serializeKeys() {
        return serializeKeys;
    }

    /**
     * What this client's own writes do to the cached entry of the key written.
     *
     * @return {@link LocalUpdatePolicy#INVALIDATE} by default
     */
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

    /** Collects the options of one near cache; {@link #build()} makes the immutable config. */
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

        /**
         * Sets how values are kept ({@code in-memory-format}).
         *
         * @param format binary or object
         * @return this builder
         * @throws NullPointerException if {@code format} is null
         */
        public Builder inMemoryFormat(InMemoryFormat format) {
            this.inMemoryFormat = Objects.requireNonNull(format, () -> option("in-memory-format") + " must not be null");
            return this;
        }

        /**
         * Sets whether the client listens for the members' invalidations ({@code invalidate-on-change}).
         *
         * @param invalidateOnChange true to drop entries that anyone changed
         * @return this builder
         */
        public Builder invalidateOnChange(boolean invalidateOnChange) {
            this.invalidateOnChange = invalidateOnChange;
            return this;
        }

        /**
         * Sets how long an entry lives after it was cached ({@code time-to-live}); zero or null: entries live until
         * evicted or invalidated.
         *
         * @param ttl zero or more, or null
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder timeToLive(Duration ttl) {
            this.timeToLive = ttl == null ? Duration.ZERO : Checks.positiveOrZero(ttl, option("time-to-live"));
            return this;
        }

        /**
         * Sets how long an entry may go unread ({@code max-idle}); zero or null: entries may go unread for any time.
         *
         * @param maxIdle zero or more, or null
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder maxIdle(Duration maxIdle) {
            this.maxIdle = maxIdle == null ? Duration.ZERO : Checks.positiveOrZero(maxIdle, option("max-idle"));
            return this;
        }

        /**
         * Sets which entry a full near cache drops ({@code eviction-policy}).
         *
         * @param policy the eviction policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder evictionPolicy(EvictionPolicy policy) {
            this.evictionPolicy = Objects.requireNonNull(policy, () -> option("eviction-policy") + " must not be null");
            return this;
        }

        /**
         * Sets how many entries are held at most ({@code eviction-max-size}).
         *
         * @param maxSize 1 or more
         * @return this builder
         * @throws IllegalArgumentException if it is below 1
         */
        public Builder maxSize(int maxSize) {
            this.maxSize = atLeastOne(maxSize, "eviction-max-size");
            return this;
        }

        /**
         * Sets how many entries are sampled to pick the one to evict ({@code eviction-sampling-count}).
         *
         * @param count 1 or more
         * @return this builder
         * @throws IllegalArgumentException if it is below 1
         */
        public Builder samplingCount(int count) {
            this.samplingCount = atLeastOne(count, "eviction-sampling-count");
            return this;
        }

        /**
         * Sets how many eviction candidates are kept between evictions ({@code eviction-sampling-pool-size}).
         *
         * @param size 1 or more
         * @return this builder
         * @throws IllegalArgumentException if it is below 1
         */
        public Builder samplingPoolSize(int size) {
            this.samplingPoolSize = atLeastOne(size, "eviction-sampling-pool-size");
            return this;
        }

        /**
         * Sets whether keys are kept serialized ({@code serialize-keys}).
         *
         * @param serializeKeys true to keep them serialized
         * @return this builder
         */
        public Builder serializeKeys(boolean serializeKeys) {
            this.serializeKeys = serializeKeys;
            return this;
        }

        /**
         * Sets what this client's own writes do to its cached entry ({@code local-update-policy}).
         *
         * @param policy invalidate, or cache the written value
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder localUpdatePolicy(LocalUpdatePolicy policy) {
            this.localUpdatePolicy = Objects.requireNonNull(policy,
                    () -> option("local-update-policy") + " must not be null");
            return this;
        }

        /**
         * Makes the immutable config.
         *
         * @return the config
         */
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
