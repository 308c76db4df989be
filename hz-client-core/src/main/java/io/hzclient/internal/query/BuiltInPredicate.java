package io.hzclient.internal.query;

import io.hzclient.query.Predicate;
import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.function.Consumer;

/**
 * One of the members' own predicates (IdentifiedDataSerializable, factory -20, the class ids the official clients use):
 * its class id, how its fields go on the wire, and a description for messages and logs. Written only: the client
 * never reads a predicate back.
 */
public final class BuiltInPredicate<K, V> implements Predicate<K, V>, IdentifiedDataSerializable {
    /** The members' factory of predicates. */
    public static final int FACTORY_ID = -20;

    private final int classId;
    private final Consumer<ObjectDataOutput> fields;
    private final String description;

    public BuiltInPredicate(int classId, Consumer<ObjectDataOutput> fields, String description) {
        this.classId = classId;
        this.fields = fields;
        this.description = description;
    }

    @Override
    public int getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return classId;
    }

    @Override
    public void writeData(ObjectDataOutput out) {
        fields.accept(out);
    }

    @Override
    public void readData(ObjectDataInput in) {
        throw new UnsupportedOperationException("predicates are written to the members, never read back");
    }

    @Override
    public String toString() {
        return description;
    }
}
