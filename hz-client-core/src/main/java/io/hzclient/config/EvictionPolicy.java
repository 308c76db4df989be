package io.hzclient.config;

/** Which entry a full near cache drops to make room. */
public enum EvictionPolicy {
    /** The least recently read. */
    LRU,
    /** The least often read. */
    LFU,
    /** Any sampled entry. */
    RANDOM,
    /** None: a full near cache caches nothing new until entries expire or are invalidated. */
    NONE
}
