package io.hzclient.internal.query;

import io.hzclient.serialization.IdentifiedDataSerializable;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.function.Consumer;

/**
 * One of the members' own query objects (a predicate, an aggregator, a projection): IdentifiedDataSerializable with
 * the factory and class ids the official clients use, its fields written as they write them, and a description for
 * messages and logs. Written only: the client never reads one back.
 */
abstract class BuiltIn implements IdentifiedDataSerializable {
    private final int factoryId;
    private final int classId;
    private final Consumer<ObjectDataOutput> fields;
    private final String description;

    BuiltIn(int factoryId, int classId, Consumer<ObjectDataOutput> fields, String description) {
        this.factoryId = factoryId;
        this.classId = classId;
        this.fields = fields;
        this.description = description;
    }

    @Override
    public final int getFactoryId() {
        return factoryId;
    }

    @Override
    public final int getClassId() {
        return classId;
    }

    @Override
    public final void writeData(ObjectDataOutput out) {
        fields.accept(out);
    }

    @Override
    public final void readData(ObjectDataInput in) {
        throw new UnsupportedOperationException("query objects are written to the members, never read back");
    }

    @Override
    public final String toString() {
        return description;
    }
}
