package io.hzclient.spring.cache;

/**
 * Turns a Spring cache key into the String stored in the distributed map. Stored keys must be the same bytes in
 * every application and after every restart, so they do not depend on Java serialization or identity hash codes.
 *
 * <p>{@link #standard()} stores a String key as it is and other keys in a readable, stable form (see
 * {@link StandardKeyConverter}). Supply your own for key types it refuses.
 */
@FunctionalInterface
public interface CacheKeyConverter {

    /**
     * The stored form of a key: the same for equal keys, in every application and after every restart.
     *
     * @param key the Spring cache key
     * @return the stored form, never null
     * @throws IllegalArgumentException for a key with no stable form
     */
    String toStoredKey(Object key);

    /**
     * The default converter: a String key as it is, other keys in a readable, stable form.
     *
     * @return the {@link StandardKeyConverter}
     */
    static CacheKeyConverter standard() {
        return StandardKeyConverter.INSTANCE;
    }
}
