package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.internal.query.PagingState;
import io.hzclient.internal.query.PartitionScope;
import io.hzclient.internal.serialization.Data;
import io.hzclient.query.Predicate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A map's key, value and entry queries, whole or with a predicate, each built as one call that {@link MapProxy} sends
 * sync or async. A paging predicate takes the paging messages and keeps the anchors they answer with; a plain
 * predicate is sent as its bytes. Queries never read the near cache: the members answer them.
 */
final class MapQueries<K, V> {
    /** What a paging query returns (the protocol's iteration types). */
    private static final byte ITERATE_KEYS = 0;
    private static final byte ITERATE_VALUES = 1;
    private static final byte ITERATE_ENTRIES = 2;

    private final String name;
    private final ClientContext context;

    MapQueries(String name, ClientContext context) {
        this.name = name;
        this.context = context;
    }

    /** {@code predicate}: null for the whole map. */
    Call<Set<K>> keySet(Predicate<K, V> predicate) {
        PagingState<K, V> paging = pagingOf(predicate);
        if (paging != null) {
            return invoke(predicate, MapCodec.keySetWithPagingPredicate(name,
                    pageRequest(predicate, paging, ITERATE_KEYS)).then(page -> toKeySet(pageTurned(paging, page))));
        }
        return invoke(predicate, (predicate == null ? MapCodec.keySet(name)
                : MapCodec.keySetWithPredicate(name, queryData(predicate))).then(this::toKeySet));
    }

    private Set<K> toKeySet(List<Data> data) {
        return LazyResults.set(data, context.serialization());
    }

    Call<Collection<V>> values(Predicate<K, V> predicate) {
        PagingState<K, V> paging = pagingOf(predicate);
        if (paging != null) {
            return invoke(predicate, MapCodec.valuesWithPagingPredicate(name,
                    pageRequest(predicate, paging, ITERATE_VALUES)).then(page -> toValues(pageTurned(paging, page))));
        }
        return invoke(predicate, (predicate == null ? MapCodec.values(name)
                : MapCodec.valuesWithPredicate(name, queryData(predicate))).then(this::toValues));
    }

    private Collection<V> toValues(List<Data> data) {
        return LazyResults.list(data, context.serialization());
    }

    Call<Set<Map.Entry<K, V>>> entrySet(Predicate<K, V> predicate) {
        PagingState<K, V> paging = pagingOf(predicate);
        if (paging != null) {
            return invoke(predicate, MapCodec.entriesWithPagingPredicate(name, pageRequest(predicate, paging,
                    ITERATE_ENTRIES)).then(page -> toEntrySet(pageTurned(paging, page))));
        }
        return invoke(predicate, (predicate == null ? MapCodec.entrySet(name)
                : MapCodec.entriesWithPredicate(name, queryData(predicate))).then(this::toEntrySet));
    }

    private Set<Map.Entry<K, V>> toEntrySet(List<Map.Entry<Data, Data>> data) {
        return LazyResults.entrySet(data, context.serialization());
    }

    /** The paging predicate, given as it is or as the target of a partition predicate; else null. */
    private static <K, V> PagingState<K, V> pagingOf(Predicate<K, V> predicate) {
        if (predicate instanceof PartitionScope<K, V> scope) {
            return scope.paging();
        }
        return predicate instanceof PagingState<K, V> paging ? paging : null;
    }

    /**
     * A paging query's request, with the anchors of the pages the predicate has seen, and the partition keys of the
     * partition predicate that wraps it, if one does.
     */
    private MapCodec.PagingPredicateHolder pageRequest(Predicate<K, V> predicate, PagingState<K, V> paging,
                                                       byte iterationType) {
        Object anchors = paging.anchors();
        Data partitionKey = null;
        List<Data> partitionKeys = null;
        if (predicate instanceof PartitionScope<K, V> scope) {
            if (scope.singleKey() != null) {
                partitionKey = context.serialization().toData(scope.singleKey());
            } else {
                partitionKeys = scope.getPartitionKeys().stream().map(context.serialization()::toData).toList();
            }
        }
        return new MapCodec.PagingPredicateHolder(
                anchors == null ? MapCodec.AnchorDataListHolder.NONE : (MapCodec.AnchorDataListHolder) anchors,
                paging.predicate() == null ? null : queryData(paging.predicate()),
                paging.comparator() == null ? null : context.serialization().toData(paging.comparator()),
                paging.getPageSize(), paging.getPage(), iterationType, partitionKey, partitionKeys);
    }

    /** Keeps the anchors the members sent back with a page, for the next query of the predicate. */
    private static <T> List<T> pageTurned(PagingState<?, ?> paging, MapCodec.Page<T> page) {
        paging.anchors(page.anchorDataList());
        return page.response();
    }

    /** A query's predicate: a plain one or a partition predicate with a plain target (paging ones are not sent). */
    private Data queryData(Predicate<K, V> predicate) {
        return context.serialization().toData(Objects.requireNonNull(predicate, "predicate must not be null"));
    }

    /** A plain predicate, or a partition predicate over one; a paging predicate is refused, as only queries page. */
    Data predicateData(Predicate<K, V> predicate, String where) {
        Objects.requireNonNull(predicate, "predicate must not be null");
        return context.serialization().toData(PagingState.refuse(predicate, where));
    }

    /** A listener's predicate: a plain one, as the members would not keep a listener to a partition. */
    Data listenerPredicateData(Predicate<K, V> predicate) {
        return predicateData(PartitionScope.refuse(predicate, "with listeners"), "with listeners");
    }

    /** Sends the query; one scoped to a single partition goes to that partition's owner. */
    private <T> Call<T> invoke(Predicate<K, V> predicate, Call<T> call) {
        return invoke(routed(predicate, call));
    }

    /** The call, sent to the owner of the partition when the predicate is scoped to one. */
    <T> Call<T> routed(Predicate<?, ?> predicate, Call<T> call) {
        if (predicate instanceof PartitionScope<?, ?> scope && scope.singleKey() != null) {
            call.toOwnerOf(context.serialization().toData(scope.singleKey()));
        }
        return call;
    }

    private <T> Call<T> invoke(Call<T> call) {
        return context.invocations().invoke(call);
    }

    private <T> T toObject(Data data) {
        return context.serialization().toObject(data);
    }
}
