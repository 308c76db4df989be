package io.hzclient.spring.cache;

import io.hzclient.map.HzMap;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@link HzCache#getNativeCache()} returns: the distributed map behind one cache, by name, and the map itself
 * on demand. A small public type, so tools that print the native cache's class (Spring Boot's
 * {@code /actuator/caches} shows it as the cache's {@code target}) name this class rather than the client's
 * internal map implementation, and so describing a cache never needs the cluster.
 */
public final class HzNativeCache {
    private final String cacheName;
    private final String mapName;
    private final Supplier<HzMap<String, Object>> map;

    HzNativeCache(String cacheName, String mapName, Supplier<HzMap<String, Object>> map) {
        this.cacheName = Objects.requireNonNull(cacheName, "cacheName");
        this.mapName = Objects.requireNonNull(mapName, "mapName");
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * The cache's name, as the application asks for it.
     *
     * @return the cache name
     */
    public String getCacheName() {
        return cacheName;
    }

    /**
     * The name of the distributed map that holds the entries.
     *
     * @return the configured map name, else the cache's name
     */
    public String getMapName() {
        return mapName;
    }

    /**
     * The distributed map that holds the entries, keyed by stored key (the manager's {@link CacheKeyConverter}
     * output plus the key prefix); a cached null is stored as a marker, not as null. Obtained from the client on
     * first use.
     *
     * @return the map
     * @throws io.hzclient.ClientOfflineException if the map was not obtained yet and the client is not connected
     */
    public HzMap<String, Object> getMap() {
        return map.get();
    }

    @Override
    public String toString() {
        return "HzNativeCache[cache=" + cacheName + ", map=" + mapName + "]";
    }
}
