package io.hzclient.internal.serialization;

import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A built-in serializer spelled as two lambdas: what it writes and how it reads that back. */
record SimpleSerializer<T>(int typeId, BiConsumer<ObjectDataOutput, T> writer, Function<ObjectDataInput, T> reader)
        implements StreamSerializer<T> {

    @Override
    public void write(ObjectDataOutput out, T value) {
        writer.accept(out, value);
    }

    @Override
    public T read(ObjectDataInput in) {
        return reader.apply(in);
    }
}
