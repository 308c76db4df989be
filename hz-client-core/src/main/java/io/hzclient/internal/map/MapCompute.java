package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.protocol.InPlaceData;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.query.Aggregator;
import io.hzclient.query.Predicate;
import io.hzclient.query.Projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map's computations on the members: entry processors, aggregations and projections, each built as one call that
 * {@link MapProxy} sends sync or async. Entry processors write, so they go through the near cache hook: one key's
 * processor invalidates that key, the others clear the near cache once they are done.
 */
final class MapCompute<K, V> {
    private final String name;
    private final ClientContext context;
    private final NearCacheHook nearCache;
    /** Writes and routes the predicates, as for the queries. */
    private final MapQueries<K, V> queries;

    MapCompute(String name, ClientContext context, NearCacheHook nearCache, MapQueries<K, V> queries) {
        this.name = name;
        this.context = context;
        this.nearCache = nearCache;
        this.queries = queries;
    }

    <R> Pending<R> executeOnKey(K key, Object entryProcessor, boolean submit) {
        Data processor = data(entryProcessor, "entryProcessor"); // before the key: it takes the thread's buffer
        Serialized k = context.serialization().toReusedKey(notNull(key, "key"));
        long threadId = Thread.currentThread().getId();
        Call<Data> call = submit ? MapComputeCodec.submitToKey(name, processor, k, threadId)
                : MapComputeCodec.executeOnKey(name, processor, k, threadId);
        return nearCache.write(key, k, null, call.then(this::<R>toObject));
    }

    <R> Pending<Map<K, R>> executeOnKeys(Set<K> keys, Object entryProcessor) {
        Data processor = data(entryProcessor, "entryProcessor");
        List<Data> keyData = new ArrayList<>(notNull(keys, "keys").size());
        for (K key : keys) {
            keyData.add(data(key, "a key in keys"));
        }
        return nearCache.writeAll(MapComputeCodec.executeOnKeys(name, processor, keyData).then(this::<R>toMap));
    }

    /** {@code predicate}: null for every entry. */
    <R> Pending<Map<K, R>> executeOnEntries(Object entryProcessor, Predicate<K, V> predicate) {
        Data processor = data(entryProcessor, "entryProcessor");
        Call<List<Map.Entry<Data, Data>>> call = predicate == null
                ? MapComputeCodec.executeOnAllKeys(name, processor)
                : MapComputeCodec.executeWithPredicate(name, processor,
                        queries.predicateData(predicate, "with entry processors"));
        return nearCache.writeAll(queries.routed(predicate, call.then(this::<R>toMap)));
    }

    /** {@code predicate}: null for every entry. */
    <R> Call<R> aggregate(Aggregator<? super Map.Entry<K, V>, R> aggregator, Predicate<K, V> predicate) {
        Data a = data(aggregator, "aggregator");
        Call<Data> call = predicate == null ? MapComputeCodec.aggregate(name, a)
                : MapComputeCodec.aggregateWithPredicate(name, a,
                        queries.predicateData(predicate, "with aggregations"));
        return invoke(predicate, call.then(this::<R>toObject));
    }

    /** {@code predicate}: null for every entry. */
    <R> Call<Collection<R>> project(Projection<? super Map.Entry<K, V>, R> projection, Predicate<K, V> predicate) {
        Data p = data(projection, "projection");
        Call<List<Data>> call = predicate == null ? MapComputeCodec.project(name, p)
                : MapComputeCodec.projectWithPredicate(name, p, queries.predicateData(predicate, "with projections"));
        return invoke(predicate, call.then(this::<R>toList));
    }

    /** Sends a query; one scoped to a single partition goes to that partition's owner. */
    private <T> Call<T> invoke(Predicate<K, V> predicate, Call<T> call) {
        return context.invocations().invoke(queries.routed(predicate, call));
    }

    private Data data(Object value, String what) {
        return context.serialization().toData(notNull(value, what));
    }

    private static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        return value;
    }

    private <T> T toObject(Data data) {
        return context.serialization().toObject(data);
    }

    /**
     * The processors' results by key. The entries are read in place from the answer, key and value bytes in turn,
     * with no entry object each, into a map sized for them (no rehashing as it fills).
     */
    private <R> Map<K, R> toMap(List<Map.Entry<Data, Data>> entries) {
        Map<K, R> results = new LinkedHashMap<>((int) (entries.size() / 0.75f) + 1);
        if (entries instanceof InPlaceData inPlace) {
            Object[] key = new Object[1];
            inPlace.forEachDataBytes(bytes -> {
                Object object = bytes == null ? null : toObject(Data.of(bytes));
                if (key[0] == null) {
                    key[0] = Objects.requireNonNull(object, "the members answered a null key");
                } else {
                    results.put(this.<K>cast(key[0]), this.<R>cast(object));
                    key[0] = null;
                }
            });
        } else {
            for (Map.Entry<Data, Data> e : entries) {
                results.put(toObject(e.getKey()), toObject(e.getValue()));
            }
        }
        return Collections.unmodifiableMap(results);
    }

    @SuppressWarnings("unchecked")
    private <T> T cast(Object o) {
        return (T) o;
    }

    private <R> Collection<R> toList(List<Data> data) {
        return LazyResults.list(data, context.serialization());
    }
}
