package io.hzclient.internal.query;

import io.hzclient.query.Projection;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.function.Consumer;

/** One of the members' projections (factory -30). */
public final class BuiltInProjection<I, O> extends BuiltIn implements Projection<I, O> {
    private static final int FACTORY_ID = -30;

    public BuiltInProjection(int classId, Consumer<ObjectDataOutput> fields, String description) {
        super(FACTORY_ID, classId, fields, description);
    }
}
