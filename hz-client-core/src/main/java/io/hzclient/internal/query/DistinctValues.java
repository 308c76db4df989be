package io.hzclient.internal.query;

import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the members answer a {@code distinct} aggregation with (their set of distinct values: factory -29, class 19,
 * a count then each value), read into an unmodifiable set.
 */
public final class DistinctValues<E> extends AbstractSet<E> implements IdentifiedDataSerializable {
    static final int FACTORY_ID = -29;
    private static final int CLASS_ID = 19;

    static final DataSerializableFactory FACTORY = classId -> classId == CLASS_ID ? new DistinctValues<>() : null;

    private final Set<E> values = new LinkedHashSet<>();

    @Override
    public Iterator<E> iterator() {
        Iterator<E> it = values.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                return it.next();
            }
        };
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public int getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return CLASS_ID;
    }

    @Override
    public void writeData(ObjectDataOutput out) {
        out.writeInt(values.size());
        for (E value : values) {
            out.writeObject(value);
        }
    }

    @Override
    public void readData(ObjectDataInput in) {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            values.add(in.readObject());
        }
    }
}
