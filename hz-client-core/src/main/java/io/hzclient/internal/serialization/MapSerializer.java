package io.hzclient.internal.serialization;

import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiFunction;

/** A Java map as the members write it: for sorted maps the comparator, then int32 size, then key, value, ... */
final class MapSerializer<M extends Map<Object, Object>> implements StreamSerializer<M> {
    /** Every entry is at least a key's and a value's 4-byte type ids. */
    private static final int MIN_ENTRY_SIZE = 8;

    private final int typeId;
    private final boolean sorted;
    private final BiFunction<Integer, Comparator<Object>, M> factory;

    MapSerializer(int typeId, boolean sorted, BiFunction<Integer, Comparator<Object>, M> factory) {
        this.typeId = typeId;
        this.sorted = sorted;
        this.factory = factory;
    }

    @Override
    public int typeId() {
        return typeId;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(ObjectDataOutput out, M map) {
        if (sorted) {
            out.writeObject(((SortedMap<Object, Object>) map).comparator());
        }
        out.writeInt(map.size());
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            out.writeObject(e.getKey());
            out.writeObject(e.getValue());
        }
    }

    @Override
    public M read(ObjectDataInput in) {
        Comparator<Object> comparator = sorted ? in.readObject() : null;
        int size = Lengths.readCount(in, MIN_ENTRY_SIZE, "map");
        M map = factory.apply(size, comparator);
        for (int i = 0; i < size; i++) {
            map.put(in.readObject(), in.readObject());
        }
        return map;
    }
}
