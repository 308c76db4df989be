package io.hzclient.map;

/**
 * A snapshot of one entry with its metadata, as {@link HzMap#getEntryView(Object)} returns it. Times are epoch
 * milliseconds as the owning member saw them; {@code ttl} and {@code maxIdle} are milliseconds.
 */
public record EntryView<K, V>(K key, V value, long cost, long creationTime, long expirationTime, long hits,
                              long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version, long ttl,
                              long maxIdle) {
}
