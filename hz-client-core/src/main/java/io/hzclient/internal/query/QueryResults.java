package io.hzclient.internal.query;

import io.hzclient.serialization.DataSerializableFactory;

import java.util.Map;

/** The members' own types that query answers hold, by factory id: the serialization service reads them with these. */
public final class QueryResults {
    public static final Map<Integer, DataSerializableFactory> FACTORIES = Map.of(
            DistinctValues.FACTORY_ID, DistinctValues.FACTORY,
            ResultEntry.FACTORY_ID, ResultEntry.FACTORY);

    private QueryResults() {
    }
}
