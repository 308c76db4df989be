package io.hzclient.internal.query;

import io.hzclient.query.Aggregator;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.function.Consumer;

/** One of the members' aggregators (factory -29). */
public final class BuiltInAggregator<I, R> extends BuiltIn implements Aggregator<I, R> {
    private static final int FACTORY_ID = -29;

    public BuiltInAggregator(int classId, Consumer<ObjectDataOutput> fields, String description) {
        super(FACTORY_ID, classId, fields, description);
    }
}
