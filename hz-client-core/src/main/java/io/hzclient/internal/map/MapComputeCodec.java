package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Map service's messages that compute on the members (service id 1): entry processors, aggregations and
 * projections. As {@link MapCodec}: serialized arguments in, a {@link Call} out.
 */
public final class MapComputeCodec {
    public static final Operation<Data> EXECUTE_ON_KEY = Operation.of("Map.ExecuteOnKey",
            MapCodec::nullableDataResponse);
    public static final Operation<Data> SUBMIT_TO_KEY = Operation.of("Map.SubmitToKey",
            MapCodec::nullableDataResponse);
    public static final Operation<List<Map.Entry<Data, Data>>> EXECUTE_ON_ALL_KEYS = Operation.of(
            "Map.ExecuteOnAllKeys", MapCodec::queryEntries);
    public static final Operation<List<Map.Entry<Data, Data>>> EXECUTE_WITH_PREDICATE = Operation.of(
            "Map.ExecuteWithPredicate", MapCodec::queryEntries);
    public static final Operation<List<Map.Entry<Data, Data>>> EXECUTE_ON_KEYS = Operation.of(
            "Map.ExecuteOnKeys", MapCodec::queryEntries);
    public static final Operation<Data> AGGREGATE = Operation.of("Map.Aggregate", MapCodec::nullableDataResponse);
    public static final Operation<Data> AGGREGATE_WITH_PREDICATE = Operation.of("Map.AggregateWithPredicate",
            MapCodec::nullableDataResponse);
    public static final Operation<List<Data>> PROJECT = Operation.of("Map.Project", MapComputeCodec::projectResponse);
    public static final Operation<List<Data>> PROJECT_WITH_PREDICATE = Operation.of("Map.ProjectWithPredicate",
            MapComputeCodec::projectResponse);

    private MapComputeCodec() {
    }

    public static Call<Data> executeOnKey(String name, Data entryProcessor, Serialized key, long threadId) {
        return Call.onKey(EXECUTE_ON_KEY, MessageWriter.request(0x012E00).fixLong(threadId).string(name)
                .data(entryProcessor).data(key).build(), key);
    }

    public static Call<Data> submitToKey(String name, Data entryProcessor, Serialized key, long threadId) {
        return Call.onKey(SUBMIT_TO_KEY, MessageWriter.request(0x012F00).fixLong(threadId).string(name)
                .data(entryProcessor).data(key).build(), key);
    }

    public static Call<List<Map.Entry<Data, Data>>> executeOnAllKeys(String name, Data entryProcessor) {
        return Call.onAnyMember(EXECUTE_ON_ALL_KEYS, MessageWriter.request(0x013000).string(name)
                .data(entryProcessor).build());
    }

    public static Call<List<Map.Entry<Data, Data>>> executeWithPredicate(String name, Data entryProcessor,
                                                                         Data predicate) {
        return Call.onAnyMember(EXECUTE_WITH_PREDICATE, MessageWriter.request(0x013100).string(name)
                .data(entryProcessor).data(predicate).build());
    }

    public static Call<List<Map.Entry<Data, Data>>> executeOnKeys(String name, Data entryProcessor,
                                                                  Collection<Data> keys) {
        return Call.onAnyMember(EXECUTE_ON_KEYS, MessageWriter.request(0x013200).string(name)
                .data(entryProcessor).listData(keys).build());
    }

    public static Call<Data> aggregate(String name, Data aggregator) {
        return Call.onAnyMember(AGGREGATE, MessageWriter.request(0x013900).retryable().string(name)
                .data(aggregator).build());
    }

    public static Call<Data> aggregateWithPredicate(String name, Data aggregator, Data predicate) {
        return Call.onAnyMember(AGGREGATE_WITH_PREDICATE, MessageWriter.request(0x013A00).retryable().string(name)
                .data(aggregator).data(predicate).build());
    }

    public static Call<List<Data>> project(String name, Data projection) {
        return Call.onAnyMember(PROJECT, MessageWriter.request(0x013B00).retryable().string(name)
                .data(projection).build());
    }

    public static Call<List<Data>> projectWithPredicate(String name, Data projection, Data predicate) {
        return Call.onAnyMember(PROJECT_WITH_PREDICATE, MessageWriter.request(0x013C00).retryable().string(name)
                .data(projection).data(predicate).build());
    }

    /** {@code response: ListCN_Data}: a projected attribute may be null; read in place. */
    public static List<Data> projectResponse(ClientMessage response) {
        return new MessageReader(response).dataListInPlace(); // kept as the answer: deserialized lazily
    }
}
