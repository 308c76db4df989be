package io.hzclient.config;

/** What this client's own writes do to its near cache entry of the key written. */
public enum LocalUpdatePolicy {
    /** Drop the entry; the next read fetches the new value. */
    INVALIDATE,
    /** Keep the written value once the write succeeded. */
    CACHE_ON_UPDATE
}
