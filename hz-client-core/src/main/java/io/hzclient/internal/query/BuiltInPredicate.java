package io.hzclient.internal.query;

import io.hzclient.query.Predicate;
import io.hzclient.serialization.ObjectDataOutput;

import java.util.function.Consumer;

/** One of the members' predicates (factory -20). */
public final class BuiltInPredicate<K, V> extends BuiltIn implements Predicate<K, V> {
    private static final int FACTORY_ID = -20;

    public BuiltInPredicate(int classId, Consumer<ObjectDataOutput> fields, String description) {
        super(FACTORY_ID, classId, fields, description);
    }
}
