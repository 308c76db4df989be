package io.hzclient.map;

/**
 * A snapshot of one entry with its metadata, as {@link HzMap#getEntryView(Object)} returns it. Times are epoch
 * milliseconds as the owning member saw them; {@code ttl} and {@code maxIdle} are milliseconds.
 *
 * @param key            the entry's key
 * @param value          the entry's value
 * @param cost           the memory the entry takes on the member, in bytes
 * @param creationTime   when the entry was created
 * @param expirationTime when the entry expires, by its time to live or max idle
 * @param hits           how many times the entry was accessed
 * @param lastAccessTime when the entry was last accessed
 * @param lastStoredTime when the entry was last written to a MapStore
 * @param lastUpdateTime when the entry's value was last written
 * @param version        how many times the entry's value was changed since it was created
 * @param ttl            the entry's time to live
 * @param maxIdle        the entry's max idle
 * @param <K>            the type of the keys
 * @param <V>            the type of the values
 */
public record EntryView<K, V>(K key, V value, long cost, long creationTime, long expirationTime, long hits,
                              long lastAccessTime, long lastStoredTime, long lastUpdateTime, long version, long ttl,
                              long maxIdle) {
}
