package io.hzclient.query;

import java.util.Set;

/**
 * A predicate evaluated only on the partitions that own the given partition keys: a query over one partition (or a
 * few) instead of the whole map. A single key's query goes to that partition's owner. Make one with
 * {@link Predicates#partitionPredicate} or {@link Predicates#multiPartitionPredicate}; its target may be a
 * {@link PagingPredicate}, to page through those partitions only.
 *
 * <p>It scopes {@code keySet}, {@code values}, {@code entrySet}, {@code aggregate}, {@code project},
 * {@code executeOnEntries} and {@code removeAll}. Inside {@code and} / {@code or} / {@code not} and in listeners,
 * where the members would not keep to those partitions, it is refused with an {@link IllegalArgumentException}.
 *
 * @param <K> the type of the map's keys
 * @param <V> the type of the map's values
 */
public interface PartitionPredicate<K, V> extends Predicate<K, V> {

    /**
     * The keys whose partitions are queried: the key of a map entry, or any object the members hash the same way.
     *
     * @return the partition keys, at least one, unmodifiable
     */
    Set<Object> getPartitionKeys();

    /**
     * The predicate evaluated on those partitions.
     *
     * @return the target predicate
     */
    Predicate<K, V> getTarget();
}
