package io.hzclient.query;

/**
 * A condition on a map's entries, evaluated on the members, never in the client: the client only serializes it.
 * Make one with {@link Predicates}. A predicate class of your own works too if the members have it on their classpath
 * and it is serialized the same way on both sides (for example an
 * {@link io.hzclient.serialization.IdentifiedDataSerializable} with a factory registered on the members).
 *
 * <p>Predicates are immutable and may be shared between threads and calls.
 *
 * @param <K> the type of the map's keys
 * @param <V> the type of the map's values
 */
public interface Predicate<K, V> {
}
