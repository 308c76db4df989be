package io.hzclient.spring.cache;

import io.hzclient.HzClient;
import io.hzclient.config.NearCacheConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cache settings as bindable properties (a plain JavaBean, so this module needs no Spring Boot): the
 * auto-configuration binds it to {@code hz.client.cache} and calls {@link #toManagerBuilder}.
 * <pre>
 * hz.client.cache:
 *   dynamic: true                  # caches not declared are created on first use
 *   cache-names: [books, authors]  # declared with the defaults (spring.cache.cache-names adds to these)
 *   defaults:                      # every cache
 *     time-to-live: 10m
 *   caches:
 *     books:                       # one cache: only what differs from the defaults
 *       time-to-live: 1m
 *       cache-null-values: false
 * </pre>
 * A value left unset in {@code caches.<name>} comes from {@code defaults}; one left unset there comes from
 * {@link HzCacheSettings#defaults()}.
 * <p>
 * Annotated {@code @ConfigurationProperties("hz.client.cache")} so that Spring Boot's configuration processor, run in
 * this module, writes this module's own {@code META-INF/spring-configuration-metadata.json} with every property's
 * description and default (Spring Boot is an optional dependency: the annotation is read only where Boot is).
 */
@ConfigurationProperties("hz.client.cache")
public class HzCacheProperties {
    /** The auto-configuration's switch: false leaves the CacheManager to others. */
    private boolean enabled = true;
    /** Whether caches not declared are created on first use. */
    private boolean dynamic = true;
    /** Caches declared with the defaults (spring.cache.cache-names adds to these). */
    private List<String> cacheNames = new ArrayList<>();
    /** The settings of every cache, where a cache does not set its own. */
    private Policy defaults = new Policy();
    /** The caches with settings of their own, by name; each declared. */
    private Map<String, Policy> caches = new LinkedHashMap<>();

    /**
     * The auto-configuration's switch: false leaves the CacheManager to others. Not read by this module.
     *
     * @return the value of {@code hz.client.cache.enabled}; true by default
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets {@code hz.client.cache.enabled}; see {@link #isEnabled()}.
     *
     * @param enabled false to leave the CacheManager to others
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Whether caches not declared are created on first use.
     *
     * @return the value of {@code hz.client.cache.dynamic}; true by default
     */
    public boolean isDynamic() {
        return dynamic;
    }

    /**
     * Sets {@code hz.client.cache.dynamic}; see {@link #isDynamic()}.
     *
     * @param dynamic true to create caches on first use
     */
    public void setDynamic(boolean dynamic) {
        this.dynamic = dynamic;
    }

    /**
     * Caches declared with the defaults.
     *
     * @return the value of {@code hz.client.cache.cache-names}
     */
    public List<String> getCacheNames() {
        return cacheNames;
    }

    /**
     * Sets {@code hz.client.cache.cache-names}; see {@link #getCacheNames()}.
     *
     * @param cacheNames the names
     */
    public void setCacheNames(List<String> cacheNames) {
        this.cacheNames = cacheNames;
    }

    /**
     * The settings of every cache, where a cache does not set its own.
     *
     * @return the {@code hz.client.cache.defaults} policy
     */
    public Policy getDefaults() {
        return defaults;
    }

    /**
     * Sets {@code hz.client.cache.defaults}; see {@link #getDefaults()}.
     *
     * @param defaults the policy
     */
    public void setDefaults(Policy defaults) {
        this.defaults = defaults;
    }

    /**
     * The caches with settings of their own, by name; each declared.
     *
     * @return the value of {@code hz.client.cache.caches}
     */
    public Map<String, Policy> getCaches() {
        return caches;
    }

    /**
     * Sets {@code hz.client.cache.caches}; see {@link #getCaches()}.
     *
     * @param caches the policies by cache name
     */
    public void setCaches(Map<String, Policy> caches) {
        this.caches = caches;
    }

    /**
     * The settings of every cache without its own. Fails naming the property if a value is wrong.
     *
     * @return the defaults' settings
     * @throws IllegalArgumentException if a value under {@code hz.client.cache.defaults} is wrong
     */
    public HzCacheSettings defaultSettings() {
        return build("hz.client.cache.defaults", defaults, HzCacheSettings.defaults());
    }

    /**
     * The settings of that cache: its own values, then the defaults.
     *
     * @param name the cache's name
     * @return the settings that cache gets
     * @throws IllegalArgumentException if a value under {@code hz.client.cache.caches.<name>} or the defaults is wrong
     */
    public HzCacheSettings settingsFor(String name) {
        Policy policy = caches.get(name);
        return policy == null ? defaultSettings() : build("hz.client.cache.caches." + name, policy, defaultSettings());
    }

    /**
     * A manager builder with these properties: the defaults, each cache of {@code caches} declared with its
     * settings, {@code cache-names} and {@code extraCacheNames} (e.g. spring.cache.cache-names) declared with the
     * defaults, dynamic creation as set.
     *
     * @param client          the client whose maps hold the caches
     * @param extraCacheNames more caches to declare with the defaults
     * @return the builder, to build or change further
     * @throws IllegalArgumentException if a value of the properties is wrong
     */
    public HzCacheManager.Builder toManagerBuilder(HzClient client, Collection<String> extraCacheNames) {
        HzCacheManager.Builder builder = HzCacheManager.builder(client).defaults(defaultSettings()).dynamic(dynamic)
                .cacheNames(cacheNames).cacheNames(extraCacheNames);
        caches.keySet().forEach(name -> builder.cache(name, settingsFor(name)));
        return builder;
    }

    /**
     * The near caches the client needs for the declared caches ({@code caches}, {@code cache-names} and
     * {@code extraCacheNames}) that have {@code near-cache: true}: one per map, see
     * {@link HzCacheSettings#nearCache()}.
     * Add them to the client's config before it starts; the auto-configuration does, unless
     * {@code hz.client.near-caches} configures the map already. Caches created on first use are not known then.
     *
     * @param extraCacheNames more declared caches
     * @return one near cache config per map that needs one
     * @throws IllegalArgumentException if the near caches cannot be made, or a value of the properties is wrong
     */
    public List<NearCacheConfig> nearCacheConfigs(Collection<String> extraCacheNames) {
        Set<String> declared = new LinkedHashSet<>(caches.keySet());
        declared.addAll(cacheNames);
        declared.addAll(extraCacheNames);
        Map<String, HzCacheSettings> settings = new LinkedHashMap<>();
        declared.forEach(name -> settings.put(name, settingsFor(name)));
        try {
            return CacheNearCaches.configs(settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid near cache for hz.client.cache: " + e.getMessage(), e);
        }
    }

    private static HzCacheSettings build(String prefix, Policy policy, HzCacheSettings base) {
        try {
            return policy.applyTo(base.toBuilder()).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Invalid cache settings under " + prefix + ": " + e.getMessage(), e);
        }
    }

    /** One cache's settings; null (unset) means inherited. See {@link HzCacheSettings} for their meaning. */
    public static class Policy {
        /** Lifetime from the last write; 0: forever; unset: the member's map configuration. */
        private @Nullable Duration timeToLive;
        /** Lifetime from the last access; 0: forever; unset: the member's map configuration. */
        private @Nullable Duration maxIdle;
        /** Whether null results are cached (default true). */
        private @Nullable Boolean cacheNullValues;
        /** How long a read waits for the cluster before it counts as unreachable (default 2s). */
        private @Nullable Duration readTimeout;
        /** How long a write, eviction or clear waits for the cluster (default 2s). */
        private @Nullable Duration writeTimeout;
        /** The map that holds the entries (default: the cache's name). */
        private @Nullable String mapName;
        /** Prepended to every stored key (default none). */
        private @Nullable String keyPrefix;
        /** Whether the cache's map gets a near cache, so repeated reads are answered locally (default false). */
        private @Nullable Boolean nearCache;
        /** For sync = true: hold the map's key lock while loading, so one application of the cluster loads. */
        private @Nullable Boolean clusterLock;
        /** The longest the cluster keeps that lock (default 1m). */
        private @Nullable Duration clusterLockLease;
        /** While the cluster is unreachable, reads are misses (default true). */
        private @Nullable Boolean missWhenUnreachable;
        /** While the cluster is unreachable, puts are skipped (default true). */
        private @Nullable Boolean skipWritesWhenUnreachable;
        /** While the cluster is unreachable, evictions and clears are skipped (default false: they fail). */
        private @Nullable Boolean skipEvictionsWhenUnreachable;

        HzCacheSettings.Builder applyTo(HzCacheSettings.Builder b) {
            if (timeToLive != null) {
                b.timeToLive(timeToLive);
            }
            if (maxIdle != null) {
                b.maxIdle(maxIdle);
            }
            if (cacheNullValues != null) {
                b.cacheNullValues(cacheNullValues);
            }
            if (readTimeout != null) {
                b.readTimeout(readTimeout);
            }
            if (writeTimeout != null) {
                b.writeTimeout(writeTimeout);
            }
            if (mapName != null) {
                b.mapName(mapName);
            }
            if (keyPrefix != null) {
                b.keyPrefix(keyPrefix);
            }
            if (nearCache != null) {
                b.nearCache(nearCache);
            }
            if (clusterLock != null) {
                b.clusterLock(clusterLock);
            }
            if (clusterLockLease != null) {
                b.clusterLockLease(clusterLockLease);
            }
            if (missWhenUnreachable != null) {
                b.missWhenUnreachable(missWhenUnreachable);
            }
            if (skipWritesWhenUnreachable != null) {
                b.skipWritesWhenUnreachable(skipWritesWhenUnreachable);
            }
            if (skipEvictionsWhenUnreachable != null) {
                b.skipEvictionsWhenUnreachable(skipEvictionsWhenUnreachable);
            }
            return b;
        }

        /**
         * Lifetime from the last write; 0: forever; unset: the member's map configuration.
         *
         * @return the value of {@code time-to-live}, or null: inherited
         */
        public @Nullable Duration getTimeToLive() {
            return timeToLive;
        }

        /**
         * Sets {@code time-to-live}; see {@link #getTimeToLive()}.
         *
         * @param timeToLive the value, or null to inherit
         */
        public void setTimeToLive(@Nullable Duration timeToLive) {
            this.timeToLive = timeToLive;
        }

        /**
         * Lifetime from the last access; 0: forever; unset: the member's map configuration.
         *
         * @return the value of {@code max-idle}, or null: inherited
         */
        public @Nullable Duration getMaxIdle() {
            return maxIdle;
        }

        /**
         * Sets {@code max-idle}; see {@link #getMaxIdle()}.
         *
         * @param maxIdle the value, or null to inherit
         */
        public void setMaxIdle(@Nullable Duration maxIdle) {
            this.maxIdle = maxIdle;
        }

        /**
         * Whether null results are cached (default true).
         *
         * @return the value of {@code cache-null-values}, or null: inherited
         */
        public @Nullable Boolean getCacheNullValues() {
            return cacheNullValues;
        }

        /**
         * Sets {@code cache-null-values}; see {@link #getCacheNullValues()}.
         *
         * @param cacheNullValues the value, or null to inherit
         */
        public void setCacheNullValues(@Nullable Boolean cacheNullValues) {
            this.cacheNullValues = cacheNullValues;
        }

        /**
         * How long a read waits for the cluster before it counts as unreachable (default 2s).
         *
         * @return the value of {@code read-timeout}, or null: inherited
         */
        public @Nullable Duration getReadTimeout() {
            return readTimeout;
        }

        /**
         * Sets {@code read-timeout}; see {@link #getReadTimeout()}.
         *
         * @param readTimeout the value, or null to inherit
         */
        public void setReadTimeout(@Nullable Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        /**
         * How long a write, eviction or clear waits for the cluster (default 2s).
         *
         * @return the value of {@code write-timeout}, or null: inherited
         */
        public @Nullable Duration getWriteTimeout() {
            return writeTimeout;
        }

        /**
         * Sets {@code write-timeout}; see {@link #getWriteTimeout()}.
         *
         * @param writeTimeout the value, or null to inherit
         */
        public void setWriteTimeout(@Nullable Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
        }

        /**
         * The map that holds the entries (default: the cache's name).
         *
         * @return the value of {@code map-name}, or null: inherited
         */
        public @Nullable String getMapName() {
            return mapName;
        }

        /**
         * Sets {@code map-name}; see {@link #getMapName()}.
         *
         * @param mapName the value, or null to inherit
         */
        public void setMapName(@Nullable String mapName) {
            this.mapName = mapName;
        }

        /**
         * Prepended to every stored key (default none).
         *
         * @return the value of {@code key-prefix}, or null: inherited
         */
        public @Nullable String getKeyPrefix() {
            return keyPrefix;
        }

        /**
         * Sets {@code key-prefix}; see {@link #getKeyPrefix()}.
         *
         * @param keyPrefix the value, or null to inherit
         */
        public void setKeyPrefix(@Nullable String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        /**
         * Whether the cache's map gets a near cache, so repeated reads are answered locally (default false).
         *
         * @return the value of {@code near-cache}, or null: inherited
         */
        public @Nullable Boolean getNearCache() {
            return nearCache;
        }

        /**
         * Sets {@code near-cache}; see {@link #getNearCache()}.
         *
         * @param nearCache the value, or null to inherit
         */
        public void setNearCache(@Nullable Boolean nearCache) {
            this.nearCache = nearCache;
        }

        /**
         * For sync = true: hold the map's key lock while loading, so one application of the cluster loads.
         *
         * @return the value of {@code cluster-lock}, or null: inherited
         */
        public @Nullable Boolean getClusterLock() {
            return clusterLock;
        }

        /**
         * Sets {@code cluster-lock}; see {@link #getClusterLock()}.
         *
         * @param clusterLock the value, or null to inherit
         */
        public void setClusterLock(@Nullable Boolean clusterLock) {
            this.clusterLock = clusterLock;
        }

        /**
         * The longest the cluster keeps that lock (default 1m).
         *
         * @return the value of {@code cluster-lock-lease}, or null: inherited
         */
        public @Nullable Duration getClusterLockLease() {
            return clusterLockLease;
        }

        /**
         * Sets {@code cluster-lock-lease}; see {@link #getClusterLockLease()}.
         *
         * @param clusterLockLease the value, or null to inherit
         */
        public void setClusterLockLease(@Nullable Duration clusterLockLease) {
            this.clusterLockLease = clusterLockLease;
        }

        /**
         * While the cluster is unreachable, reads are misses (default true).
         *
         * @return the value of {@code miss-when-unreachable}, or null: inherited
         */
        public @Nullable Boolean getMissWhenUnreachable() {
            return missWhenUnreachable;
        }

        /**
         * Sets {@code miss-when-unreachable}; see {@link #getMissWhenUnreachable()}.
         *
         * @param missWhenUnreachable the value, or null to inherit
         */
        public void setMissWhenUnreachable(@Nullable Boolean missWhenUnreachable) {
            this.missWhenUnreachable = missWhenUnreachable;
        }

        /**
         * While the cluster is unreachable, puts are skipped (default true).
         *
         * @return the value of {@code skip-writes-when-unreachable}, or null: inherited
         */
        public @Nullable Boolean getSkipWritesWhenUnreachable() {
            return skipWritesWhenUnreachable;
        }

        /**
         * Sets {@code skip-writes-when-unreachable}; see {@link #getSkipWritesWhenUnreachable()}.
         *
         * @param skipWritesWhenUnreachable the value, or null to inherit
         */
        public void setSkipWritesWhenUnreachable(@Nullable Boolean skipWritesWhenUnreachable) {
            this.skipWritesWhenUnreachable = skipWritesWhenUnreachable;
        }

        /**
         * While the cluster is unreachable, evictions and clears are skipped (default false: they fail).
         *
         * @return the value of {@code skip-evictions-when-unreachable}, or null: inherited
         */
        public @Nullable Boolean getSkipEvictionsWhenUnreachable() {
            return skipEvictionsWhenUnreachable;
        }

        /**
         * Sets {@code skip-evictions-when-unreachable}; see {@link #getSkipEvictionsWhenUnreachable()}.
         *
         * @param skipEvictionsWhenUnreachable the value, or null to inherit
         */
        public void setSkipEvictionsWhenUnreachable(@Nullable Boolean skipEvictionsWhenUnreachable) {
            this.skipEvictionsWhenUnreachable = skipEvictionsWhenUnreachable;
        }
    }
}
