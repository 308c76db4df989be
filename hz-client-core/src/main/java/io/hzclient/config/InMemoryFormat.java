package io.hzclient.config;

/** How a near cache keeps its values. */
public enum InMemoryFormat {
    /** Serialized bytes: every hit deserializes, so each caller gets its own copy. */
    BINARY,
    /** Deserialized objects: a hit returns the cached instance itself, which callers must not change. */
    OBJECT
}
