package io.hzclient.internal.query;

import io.hzclient.serialization.DataSerializableFactory;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.Map;
import java.util.Objects;

/**
 * An entry as the members answer a {@code maxBy} or {@code minBy} aggregation (their lazy map entry: factory -4,
 * class 120, the key then the value), read into an immutable {@link Map.Entry}.
 */
public final class ResultEntry<K, V> implements Map.Entry<K, V>, IdentifiedDataSerializable {
    static final int FACTORY_ID = -4;
    private static final int CLASS_ID = 120;

    static final DataSerializableFactory FACTORY = classId -> classId == CLASS_ID ? new ResultEntry<>() : null;

    private K key;
    private V value;

    @Override
    public K getKey() {
        return key;
    }

    @Override
    public V getValue() {
        return value;
    }

    @Override
    public V setValue(V value) {
        throw new UnsupportedOperationException("an aggregation's entry is a snapshot: write the map instead");
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
        out.writeObject(key);
        out.writeObject(value);
    }

    @Override
    public void readData(ObjectDataInput in) {
        key = in.readObject();
        value = in.readObject();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key) ^ Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
