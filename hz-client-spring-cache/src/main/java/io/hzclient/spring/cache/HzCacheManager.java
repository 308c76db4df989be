package io.hzclient.spring.cache;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Spring's {@link CacheManager} over the distributed maps of one {@link HzClient}:
 * <pre>{@code
 * HzCacheManager manager = HzCacheManager.builder(client)
 *         .defaults(HzCacheSettings.defaults().toBuilder().timeToLive(Duration.ofMinutes(10)).build())
 *         .cache("books", HzCacheSettings.defaults().toBuilder().timeToLive(Duration.ofMinutes(1)).build())
 *         .build();
 * }</pre>
 * Its caches are those declared (with {@link Builder#cache} or {@link Builder#cacheNames}) and, when dynamic
 * creation is on (the default), those the application asks for by name; never the other maps of the cluster, so
 * clearing "all caches" (e.g. {@code DELETE /actuator/caches}) never clears a business map. Creating a cache sends
 * nothing: its map is obtained from the client on first use.
 */
public final class HzCacheManager implements CacheManager {
    private static final Logger LOG = LoggerFactory.getLogger(HzCacheManager.class);
    private final HzCacheSettings defaults;
    private final Map<String, HzCacheSettings> perCache;
    private final boolean dynamic;
    private final CacheKeyConverter keys;
    private final Function<String, HzMap<String, Object>> maps;
    private final OutageGuard guard;
    private final Predicate<String> nearCached;
    private final ConcurrentMap<String, HzCache> caches = new ConcurrentHashMap<>();
    private final Set<String> names = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<Consumer<? super HzCache>> creationListeners = new CopyOnWriteArrayList<>();

    private HzCacheManager(Builder b, Function<String, HzMap<String, Object>> maps, BooleanSupplier connected,
                           Predicate<String> nearCached) {
        this.defaults = b.defaults;
        this.perCache = Map.copyOf(b.perCache);
        this.dynamic = b.dynamic;
        this.keys = b.keys;
        this.maps = maps;
        this.guard = new OutageGuard(connected);
        this.nearCached = nearCached;
        this.creationListeners.addAll(b.creationListeners);
        for (String name : b.declared) {
            getOrCreate(name);
        }
    }

    /**
     * A builder of a manager over the maps of {@code client}, with the default settings and dynamic creation on.
     *
     * @param client the client whose maps hold the caches
     * @return a new builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(HzClient client) {
        return new Builder(Objects.requireNonNull(client, "client must not be null"));
    }

    /** For tests that supply the maps with {@link Builder#build(Function, BooleanSupplier)}. */
    static Builder builderWithoutClient() {
        return new Builder(null);
    }

    /**
     * The cache of that name: declared, created before, or created now if dynamic creation is on; else null.
     *
     * @param name the cache's name
     * @return the cache, or null if it was not declared, not created before, and dynamic creation is off
     * @throws NullPointerException if {@code name} is null and dynamic creation is on
     */
    @Override
    public @Nullable HzCache getCache(String name) {
        HzCache cache = caches.get(name);
        if (cache != null) {
            return cache;
        }
        return dynamic ? getOrCreate(name) : null;
    }

    /**
     * The declared caches and those created since, in creation order.
     *
     * @return an immutable snapshot of the names
     */
    @Override
    public Collection<String> getCacheNames() {
        synchronized (names) {
            return List.copyOf(names);
        }
    }

    /**
     * The settings a cache of that name has or would have.
     *
     * @param name the cache's name
     * @return its own settings if it was declared with some, else the defaults
     */
    public HzCacheSettings settingsFor(String name) {
        return perCache.getOrDefault(name, defaults);
    }

    /**
     * Whether a cache that was not declared is created when asked for.
     *
     * @return true by default
     */
    public boolean isDynamic() {
        return dynamic;
    }

    /**
     * Whether the last call of any cache found the cluster unreachable.
     *
     * @return true if it did, until a call reaches the cluster again
     */
    public boolean isClusterUnreachable() {
        return guard.isDown();
    }

    /**
     * Calls {@code listener} for every cache now and for every cache created later (e.g. to bind its meters,
     * see {@link HzCacheMetrics}).
     *
     * @param listener told of each cache, now for the existing ones, later in the thread that creates a cache
     * @throws NullPointerException if {@code listener} is null
     */
    public void forEachCache(Consumer<? super HzCache> listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        List<HzCache> existing;
        synchronized (names) {
            creationListeners.add(listener);
            existing = new ArrayList<>(caches.values());
        }
        existing.forEach(listener);
    }

    private HzCache getOrCreate(String name) {
        Objects.requireNonNull(name, "a cache name must not be null");
        HzCache cache = caches.get(name);
        if (cache != null) {
            return cache;
        }
        List<Consumer<? super HzCache>> listeners;
        synchronized (names) {
            cache = caches.get(name);
            if (cache != null) {
                return cache;
            }
            cache = new HzCache(name, settingsFor(name), maps, keys, guard);
            warnIfNearCacheMissing(cache);
            caches.put(name, cache);
            names.add(name);
            listeners = List.copyOf(creationListeners);
        }
        for (Consumer<? super HzCache> listener : listeners) {
            listener.accept(cache);
        }
        return cache;
    }

    /** near-cache is the client's to provide; say so when it cannot, rather than silently read remotely. */
    private void warnIfNearCacheMissing(HzCache cache) {
        if (cache.getSettings().nearCache() && !nearCached.test(cache.getMapName())) {
            LOG.warn("Cache '{}' has near-cache set, but the client has no near cache for its map '{}', so every read"
                    + " goes to the cluster. The Spring Boot auto-configuration adds one for the caches declared in"
                    + " hz.client.cache (caches, cache-names) or spring.cache.cache-names, not for caches created on"
                    + " first use; declare the cache, or configure hz.client.near-caches.{} (without Spring Boot:"
                    + " ClientConfig.Builder.addNearCacheConfig)", cache.getName(), cache.getMapName(),
                    cache.getMapName());
        }
    }

    @Override
    public String toString() {
        return "HzCacheManager{caches=" + getCacheNames() + ", dynamic=" + dynamic + '}';
    }

    /** Builds a manager; settings apply in this order: {@link #cache(String, HzCacheSettings)}, then defaults. */
    public static final class Builder {
        private final @Nullable HzClient client;
        private HzCacheSettings defaults = HzCacheSettings.defaults();
        private final Map<String, HzCacheSettings> perCache = new LinkedHashMap<>();
        private final Set<String> declared = new LinkedHashSet<>();
        private boolean dynamic = true;
        private CacheKeyConverter keys = CacheKeyConverter.standard();
        private final List<Consumer<? super HzCache>> creationListeners = new ArrayList<>();

        private Builder(@Nullable HzClient client) {
            this.client = client;
        }

        /**
         * The settings of every cache without its own.
         *
         * @param defaults the settings
         * @return this builder
         * @throws NullPointerException if {@code defaults} is null
         */
        public Builder defaults(HzCacheSettings defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults must not be null");
            return this;
        }

        /**
         * Declares a cache with its own settings.
         *
         * @param name     the cache's name
         * @param settings its settings
         * @return this builder
         * @throws NullPointerException if {@code name} or {@code settings} is null
         */
        public Builder cache(String name, HzCacheSettings settings) {
            Objects.requireNonNull(name, "a cache name must not be null");
            perCache.put(name, Objects.requireNonNull(settings, "settings must not be null"));
            declared.add(name);
            return this;
        }

        /**
         * Declares caches with the default settings (e.g. Spring's {@code spring.cache.cache-names}).
         *
         * @param names the caches' names
         * @return this builder
         * @throws NullPointerException if {@code names} or a name is null
         */
        public Builder cacheNames(Collection<String> names) {
            names.forEach(name -> declared.add(Objects.requireNonNull(name, "a cache name must not be null")));
            return this;
        }

        /**
         * Declares caches with the default settings, as {@link #cacheNames(Collection)}.
         *
         * @param names the caches' names
         * @return this builder
         * @throws NullPointerException if a name is null
         */
        public Builder cacheNames(String... names) {
            return cacheNames(List.of(names));
        }

        /**
         * Whether a cache that was not declared is created when asked for (default true); else getCache is null.
         *
         * @param dynamic true to create caches on first use
         * @return this builder
         */
        public Builder dynamic(boolean dynamic) {
            this.dynamic = dynamic;
            return this;
        }

        /**
         * Sets how cache keys become the Strings stored in the maps; {@link CacheKeyConverter#standard()} by default.
         *
         * @param keys the converter
         * @return this builder
         * @throws NullPointerException if {@code keys} is null
         */
        public Builder keyConverter(CacheKeyConverter keys) {
            this.keys = Objects.requireNonNull(keys, "keys must not be null");
            return this;
        }

        /**
         * Called with each cache when it is created (declared ones in build()), e.g. to bind meters.
         *
         * @param listener told of each cache as it is created
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder onCacheCreated(Consumer<? super HzCache> listener) {
            creationListeners.add(Objects.requireNonNull(listener, "listener must not be null"));
            return this;
        }

        /**
         * Makes the manager and creates the declared caches (which sends nothing to the cluster).
         *
         * @return the manager
         */
        public HzCacheManager build() {
            HzClient c = Objects.requireNonNull(client, "client");
            return new HzCacheManager(this, c::getMap, c::isConnected, map -> hasNearCache(c, map));
        }

        /** For tests: the maps and the connection state from elsewhere than a client. */
        HzCacheManager build(Function<String, HzMap<String, Object>> maps, BooleanSupplier connected) {
            return new HzCacheManager(this, maps, connected, map -> true);
        }

        private static boolean hasNearCache(HzClient client, String map) {
            try {
                return client.getConfig().nearCacheConfig(map) != null;
            } catch (RuntimeException ambiguousPatterns) {
                return true; // the client reports that itself when the map is used
            }
        }
    }
}
