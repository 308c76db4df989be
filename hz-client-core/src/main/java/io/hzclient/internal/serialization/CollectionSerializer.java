package io.hzclient.internal.serialization;

import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.function.BiFunction;

/**
 * A Java collection as the members write it: for sorted kinds the comparator (a nested object, usually null),
 * then an int32 size, then each element as a nested object.
 */
final class CollectionSerializer<C extends Collection<Object>> implements StreamSerializer<C> {
    /** Every element is at least its 4-byte type id. */
    private static final int MIN_ELEMENT_SIZE = 4;

    private final int typeId;
    private final boolean sorted;
    private final BiFunction<Integer, Comparator<Object>, C> factory;

    private CollectionSerializer(int typeId, boolean sorted, BiFunction<Integer, Comparator<Object>, C> factory) {
        this.typeId = typeId;
        this.sorted = sorted;
        this.factory = factory;
    }

    /** A collection made from its size alone. */
    static <C extends Collection<Object>> CollectionSerializer<C> sized(int typeId,
                                                                        java.util.function.IntFunction<C> factory) {
        return new CollectionSerializer<>(typeId, false, (size, comparator) -> factory.apply(size));
    }

    /** A collection that carries a comparator in front of its elements. */
    static <C extends Collection<Object>> CollectionSerializer<C> sorted(int typeId,
                                                                         BiFunction<Integer, Comparator<Object>, C> factory) {
        return new CollectionSerializer<>(typeId, true, factory);
    }

    @Override
    public int typeId() {
        return typeId;
    }

    @Override
    public void write(ObjectDataOutput out, C collection) {
        if (sorted) {
            out.writeObject(comparatorOf(collection));
        }
        out.writeInt(collection.size());
        for (Object element : collection) {
            out.writeObject(element);
        }
    }

    @Override
    public C read(ObjectDataInput in) {
        Comparator<Object> comparator = sorted ? in.readObject() : null;
        int size = Lengths.readCount(in, MIN_ELEMENT_SIZE, "collection");
        C collection = factory.apply(size, comparator);
        for (int i = 0; i < size; i++) {
            collection.add(in.readObject());
        }
        return collection;
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Object> comparatorOf(Collection<?> collection) {
        if (collection instanceof SortedSet<?> set) {
            return (Comparator<Object>) set.comparator();
        }
        if (collection instanceof PriorityQueue<?> queue) {
            return (Comparator<Object>) queue.comparator();
        }
        if (collection instanceof PriorityBlockingQueue<?> queue) {
            return (Comparator<Object>) queue.comparator();
        }
        return null;
    }
}
