package io.hzclient.spring.cache;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Objects;

/**
 * The policy of one cache: how long entries live, whether nulls are stored, how long a call waits for the cluster,
 * which map holds the entries, and what happens while the cluster is unreachable. Immutable; start from
 * {@link #defaults()} and change what differs:
 * <pre>{@code
 * HzCacheSettings books = HzCacheSettings.defaults().toBuilder().timeToLive(Duration.ofMinutes(10)).build();
 * }</pre>
 *
 * <p>Durations: a {@code null} time-to-live or max-idle means the member's configuration of the map decides
 * (forever unless the member configures otherwise); {@link Duration#ZERO} means forever.
 */
public final class HzCacheSettings {
    private static final HzCacheSettings DEFAULTS = new Builder().build();

    private final @Nullable Duration timeToLive;
    private final @Nullable Duration maxIdle;
    private final boolean cacheNullValues;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final @Nullable String mapName;
    private final String keyPrefix;
    private final boolean nearCache;
    private final boolean clusterLock;
    private final Duration clusterLockLease;
    private final boolean missWhenUnreachable;
    private final boolean skipWritesWhenUnreachable;
    private final boolean skipEvictionsWhenUnreachable;

    private HzCacheSettings(Builder b) {
        this.timeToLive = nonNegative(b.timeToLive, "time-to-live");
        this.maxIdle = nonNegative(b.maxIdle, "max-idle");
        this.cacheNullValues = b.cacheNullValues;
        this.readTimeout = positive(b.readTimeout, "read-timeout");
        this.writeTimeout = positive(b.writeTimeout, "write-timeout");
        if (b.mapName != null && b.mapName.isBlank()) {
            throw new IllegalArgumentException("map-name must not be blank (leave it unset to use the cache name)");
        }
        this.mapName = b.mapName;
        this.keyPrefix = Objects.requireNonNull(b.keyPrefix, "key-prefix must not be null (use \"\" for none)");
        this.nearCache = b.nearCache;
        this.clusterLock = b.clusterLock;
        this.clusterLockLease = positive(b.clusterLockLease, "cluster-lock-lease");
        this.missWhenUnreachable = b.missWhenUnreachable;
        this.skipWritesWhenUnreachable = b.skipWritesWhenUnreachable;
        this.skipEvictionsWhenUnreachable = b.skipEvictionsWhenUnreachable;
    }

    /**
     * The defaults: TTL and max-idle from the member's map configuration, null values stored, reads and writes
     * wait 2 seconds, the map named like the cache, no key prefix, no near cache, no cluster lock; while the cluster
     * is unreachable reads are misses and writes are skipped, but evictions fail (a lost eviction could serve
     * stale data later).
     *
     * @return the default settings
     */
    public static HzCacheSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A builder that starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from these settings; they do not change.
     *
     * @return a new builder holding these settings
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Lifetime of an entry from its last write; null: the member's map configuration; zero: forever.
     *
     * @return the time to live, or null
     */
    public @Nullable Duration timeToLive() {
        return timeToLive;
    }

    /**
     * Lifetime of an entry from its last read or write; null: the member's map configuration; zero: forever.
     *
     * @return the max idle, or null
     */
    public @Nullable Duration maxIdle() {
        return maxIdle;
    }

    /**
     * Whether a method's null result is cached (stored as a marker) so the next call does not run the method.
     * When false, a null result is not stored and a previous entry of the key is removed.
     *
     * @return true by default
     */
    public boolean cacheNullValues() {
        return cacheNullValues;
    }

    /**
     * How long a blocking read waits for the cluster before it counts as unreachable.
     *
     * @return 2 seconds by default
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * How long a blocking write, eviction or clear waits for the cluster before it counts as unreachable.
     *
     * @return 2 seconds by default
     */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /**
     * The distributed map holding the entries; null: the cache's name.
     *
     * @return the map name, or null for the cache's name (the default)
     */
    public @Nullable String mapName() {
        return mapName;
    }

    /**
     * Prepended to every stored key; with a prefix, clear removes only the keys that start with it.
     *
     * @return the prefix; empty (the default) for none
     */
    public String keyPrefix() {
        return keyPrefix;
    }

    /**
     * Whether the cache's map has a near cache on this client, so a repeated read is answered locally, without a
     * call to the cluster. The near cache drops an entry when the map changes (this cache's puts, evictions and
     * clears, and any other client's or member's writes), so it never serves a value once the invalidation of a newer
     * one has arrived. This cache's own writes take effect locally at once; other clients' arrive as the members send
     * their invalidations, in batches (by default within 10 seconds, see the member property
     * {@code hazelcast.map.invalidation.batchfrequency.seconds}). Its entries
     * live no longer than the cache's time-to-live and max-idle. Reads answered locally do not reach the member, so
     * they do not refresh a max-idle there: with max-idle, a hot entry still expires and is loaded again.
     * <p>
     * The near cache belongs to the client: the Spring Boot auto-configuration adds one for the map of each declared
     * cache with this set (see {@link HzCacheProperties#nearCacheConfigs}); unless {@code hz.client.near-caches}
     * configures that map, which then wins. Without Spring Boot, add a {@code NearCacheConfig} for the map to the
     * client's config. Caches sharing a map share its near cache.
     *
     * @return false by default
     */
    public boolean nearCache() {
        return nearCache;
    }

    /**
     * For {@code @Cacheable(sync = true)}: whether the loading thread also holds the map's lock of the key, so that
     * only one application of the cluster runs the loader. Callers of the same application always wait for one
     * local load, with or without this.
     *
     * @return false by default
     */
    public boolean clusterLock() {
        return clusterLock;
    }

    /**
     * The longest the cluster keeps that lock if the application holding it dies.
     *
     * @return 1 minute by default
     */
    public Duration clusterLockLease() {
        return clusterLockLease;
    }

    /**
     * While the cluster is unreachable: reads are misses (the method runs) instead of failing.
     *
     * @return true by default
     */
    public boolean missWhenUnreachable() {
        return missWhenUnreachable;
    }

    /**
     * While the cluster is unreachable: puts are skipped instead of failing.
     *
     * @return true by default
     */
    public boolean skipWritesWhenUnreachable() {
        return skipWritesWhenUnreachable;
    }

    /**
     * While the cluster is unreachable: evictions and clears are skipped instead of failing.
     *
     * @return false by default
     */
    public boolean skipEvictionsWhenUnreachable() {
        return skipEvictionsWhenUnreachable;
    }

    @Override
    public String toString() {
        return "HzCacheSettings{ttl=" + timeToLive + ", maxIdle=" + maxIdle + ", cacheNullValues=" + cacheNullValues
                + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout + ", mapName=" + mapName
                + ", keyPrefix='" + keyPrefix + "', nearCache=" + nearCache + ", clusterLock=" + clusterLock
                + ", missWhenUnreachable=" + missWhenUnreachable + ", skipWritesWhenUnreachable="
                + skipWritesWhenUnreachable + ", skipEvictionsWhenUnreachable=" + skipEvictionsWhenUnreachable + '}';
    }

    private static @Nullable Duration nonNegative(@Nullable Duration d, String name) {
        if (d != null && d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + d);
        }
        return d;
    }

    private static Duration positive(@Nullable Duration d, String name) {
        Objects.requireNonNull(d, name + " must not be null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    /** Builds settings; {@link #build()} checks them and names the property that is wrong. */
    public static final class Builder {
        private @Nullable Duration timeToLive;
        private @Nullable Duration maxIdle;
        private boolean cacheNullValues = true;
        private Duration readTimeout = Duration.ofSeconds(2);
        private Duration writeTimeout = Duration.ofSeconds(2);
        private @Nullable String mapName;
        private String keyPrefix = "";
        private boolean nearCache;
        private boolean clusterLock;
        private Duration clusterLockLease = Duration.ofMinutes(1);
        private boolean missWhenUnreachable = true;
        private boolean skipWritesWhenUnreachable = true;
        private boolean skipEvictionsWhenUnreachable;

        private Builder() {
        }

        private Builder(HzCacheSettings s) {
            timeToLive = s.timeToLive;
            maxIdle = s.maxIdle;
            cacheNullValues = s.cacheNullValues;
            readTimeout = s.readTimeout;
            writeTimeout = s.writeTimeout;
            mapName = s.mapName;
            keyPrefix = s.keyPrefix;
            nearCache = s.nearCache;
            clusterLock = s.clusterLock;
            clusterLockLease = s.clusterLockLease;
            missWhenUnreachable = s.missWhenUnreachable;
            skipWritesWhenUnreachable = s.skipWritesWhenUnreachable;
            skipEvictionsWhenUnreachable = s.skipEvictionsWhenUnreachable;
        }

        /**
         * Sets the time to live; see {@link HzCacheSettings#timeToLive()}.
         *
         * @param timeToLive zero or more; null for the member's map configuration
         * @return this builder
         */
        public Builder timeToLive(@Nullable Duration timeToLive) {
            this.timeToLive = timeToLive;
            return this;
        }

        /**
         * Sets the max idle; see {@link HzCacheSettings#maxIdle()}.
         *
         * @param maxIdle zero or more; null for the member's map configuration
         * @return this builder
         */
        public Builder maxIdle(@Nullable Duration maxIdle) {
            this.maxIdle = maxIdle;
            return this;
        }

        /**
         * Sets whether null results are cached; see {@link HzCacheSettings#cacheNullValues()}.
         *
         * @param cacheNullValues true to cache them
         * @return this builder
         */
        public Builder cacheNullValues(boolean cacheNullValues) {
            this.cacheNullValues = cacheNullValues;
            return this;
        }

        /**
         * Sets how long a read waits for the cluster; see {@link HzCacheSettings#readTimeout()}.
         *
         * @param readTimeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Sets how long a write waits for the cluster; see {@link HzCacheSettings#writeTimeout()}.
         *
         * @param writeTimeout a positive duration
         * @return this builder
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
            return this;
        }

        /**
         * Sets the map that holds the entries; see {@link HzCacheSettings#mapName()}.
         *
         * @param mapName the map's name, not blank; null for the cache's name
         * @return this builder
         */
        public Builder mapName(@Nullable String mapName) {
            this.mapName = mapName;
            return this;
        }

        /**
         * Sets the prefix of every stored key; see {@link HzCacheSettings#keyPrefix()}.
         *
         * @param keyPrefix the prefix; empty for none
         * @return this builder
         */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = keyPrefix;
            return this;
        }

        /**
         * Sets whether the cache's map has a near cache; see {@link HzCacheSettings#nearCache()}.
         *
         * @param nearCache true for a near cache
         * @return this builder
         */
        public Builder nearCache(boolean nearCache) {
            this.nearCache = nearCache;
            return this;
        }

        /**
         * Sets whether a synchronized load holds the map's key lock; see {@link HzCacheSettings#clusterLock()}.
         *
         * @param clusterLock true to hold it
         * @return this builder
         */
        public Builder clusterLock(boolean clusterLock) {
            this.clusterLock = clusterLock;
            return this;
        }

        /**
         * Sets the longest the cluster keeps that lock; see {@link HzCacheSettings#clusterLockLease()}.
         *
         * @param clusterLockLease a positive duration
         * @return this builder
         */
        public Builder clusterLockLease(Duration clusterLockLease) {
            this.clusterLockLease = clusterLockLease;
            return this;
        }

        /**
         * Sets whether reads are misses while the cluster is unreachable; see {@link HzCacheSettings#missWhenUnreachable()}.
         *
         * @param missWhenUnreachable true for misses, false to fail
         * @return this builder
         */
        public Builder missWhenUnreachable(boolean missWhenUnreachable) {
            this.missWhenUnreachable = missWhenUnreachable;
            return this;
        }

        /**
         * Sets whether puts are skipped while the cluster is unreachable; see {@link HzCacheSettings#skipWritesWhenUnreachable()}.
         *
         * @param skipWritesWhenUnreachable true to skip them, false to fail
         * @return this builder
         */
        public Builder skipWritesWhenUnreachable(boolean skipWritesWhenUnreachable) {
            this.skipWritesWhenUnreachable = skipWritesWhenUnreachable;
            return this;
        }

        /**
         * Sets whether evictions and clears are skipped while the cluster is unreachable; see {@link HzCacheSettings#skipEvictionsWhenUnreachable()}.
         *
         * @param skipEvictionsWhenUnreachable true to skip them, false to fail
         * @return this builder
         */
        public Builder skipEvictionsWhenUnreachable(boolean skipEvictionsWhenUnreachable) {
            this.skipEvictionsWhenUnreachable = skipEvictionsWhenUnreachable;
            return this;
        }

        /**
         * Makes the immutable settings, checked.
         *
         * @return the settings
         * @throws IllegalArgumentException if a duration is negative (a timeout or lease: not positive), or the map name is
         *         blank; the message names the property
         * @throws NullPointerException if a timeout, the lease or the key prefix is null; the message names it
         */
        public HzCacheSettings build() {
            return new HzCacheSettings(this);
        }
    }
}
