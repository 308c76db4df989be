package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.nearcache.NearCache;
import io.hzclient.internal.nearcache.ReadBatch;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.map.NearCacheStats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A map without a near cache: every read and write is the plain call, sent as it is. */
final class NoNearCache implements NearCacheHook {
    private static final ReadBatch NO_BATCH = new ReadBatch() {
        @Override
        public void miss(Object key, Data keyData) {
        }

        @Override
        public CompletableFuture<Void> settleWhen(CompletableFuture<Void> all, List<List<Data>> keysOfCalls,
                                                  List<Call<List<Map.Entry<Data, Data>>>> calls) {
            return all;
        }
    };

    private final InvocationService invocations;

    NoNearCache(InvocationService invocations) {
        this.invocations = invocations;
    }

    @Override
    public <V> V cached(Object key) {
        return null;
    }

    @Override
    public <V> Pending<V> read(Object key, Serialized keyData, Function<Serialized, Call<Data>> request,
                               Operation<V> asValue, Function<Data, V> toValue) {
        return invocations.invoke(request.apply(keyData).as(asValue));
    }

    @Override
    public void countMiss() {
    }

    @Override
    public ReadBatch newReadBatch() {
        return NO_BATCH;
    }

    @Override
    public <T> Pending<T> write(Object key, Serialized keyData, Serialized written, Call<T> call) {
        return invocations.invoke(call);
    }

    @Override
    public <T> Pending<T> writeAll(Call<T> call) {
        return invocations.invoke(call);
    }

    @Override
    public CompletableFuture<Void> keysWritten(CompletableFuture<Void> all, Collection<?> keys) {
        return all;
    }

    @Override
    public NearCache nearCache() {
        return null;
    }

    @Override
    public Optional<NearCacheStats> stats() {
        return Optional.empty();
    }
}
