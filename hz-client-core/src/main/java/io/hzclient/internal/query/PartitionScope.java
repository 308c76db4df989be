package io.hzclient.internal.query;

import io.hzclient.query.PagingPredicate;
import io.hzclient.query.PartitionPredicate;
import io.hzclient.query.Predicate;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The partition predicate, as the members know it (factory -20): class 16 with one partition key, class 21 with a
 * set of them. Written only; with a paging target it is never written as an object (the paging messages carry the
 * partition keys in their own fields).
 */
public final class PartitionScope<K, V> implements PartitionPredicate<K, V>, IdentifiedDataSerializable {
    private static final int FACTORY_ID = -20;
    private static final int ONE_PARTITION = 16;
    private static final int SOME_PARTITIONS = 21;

    private final Set<Object> partitionKeys;
    private final boolean single;
    private final Predicate<K, V> target;

    private PartitionScope(Set<Object> partitionKeys, boolean single, Predicate<K, V> target) {
        Objects.requireNonNull(target, "target must not be null");
        if (target instanceof PartitionPredicate<?, ?>) {
            throw new IllegalArgumentException("a partition predicate cannot wrap another partition predicate");
        }
        this.partitionKeys = partitionKeys;
        this.single = single;
        this.target = target;
    }

    /** The partition of one key. */
    public static <K, V> PartitionScope<K, V> of(Object partitionKey, Predicate<K, V> target) {
        Objects.requireNonNull(partitionKey, "partitionKey must not be null");
        return new PartitionScope<>(Collections.singleton(partitionKey), true, target);
    }

    /** The partitions of several keys. */
    public static <K, V> PartitionScope<K, V> of(Set<?> partitionKeys, Predicate<K, V> target) {
        Objects.requireNonNull(partitionKeys, "partitionKeys must not be null");
        if (partitionKeys.isEmpty()) {
            throw new IllegalArgumentException("give at least one partition key");
        }
        Set<Object> keys = new LinkedHashSet<>();
        for (Object key : partitionKeys) {
            keys.add(Objects.requireNonNull(key, "a partition key must not be null"));
        }
        return new PartitionScope<>(Collections.unmodifiableSet(keys), false, target);
    }

    @Override
    public Set<Object> getPartitionKeys() {
        return partitionKeys;
    }

    @Override
    public Predicate<K, V> getTarget() {
        return target;
    }

    /** The only key of a one-partition predicate, else null. */
    public Object singleKey() {
        return single ? partitionKeys.iterator().next() : null;
    }

    /** The target as a paging predicate, or null if it is a plain one. */
    public PagingState<K, V> paging() {
        return target instanceof PagingState<K, V> paging ? paging : null;
    }

    @Override
    public int getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return single ? ONE_PARTITION : SOME_PARTITIONS;
    }

    @Override
    public void writeData(ObjectDataOutput out) {
        if (target instanceof PagingPredicate<?, ?>) {
            throw new IllegalStateException("a paging partition predicate is sent in the paging messages' fields");
        }
        out.writeObject(single ? singleKey() : partitionKeys);
        out.writeObject(target);
    }

    @Override
    public void readData(ObjectDataInput in) {
        throw new UnsupportedOperationException("query objects are written to the members, never read back");
    }

    /** Refuses a partition predicate where the members would not keep to its partitions. */
    public static <P> P refuse(P predicate, String where) {
        if (predicate instanceof PartitionPredicate<?, ?>) {
            throw new IllegalArgumentException("a partition predicate works only on its own, in queries, "
                    + "computations and removeAll, not " + where);
        }
        return predicate;
    }

    @Override
    public String toString() {
        return "PARTITIONS OF " + partitionKeys + " WHERE " + target;
    }
}
