package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.nearcache.NearCache;
import io.hzclient.internal.nearcache.ReadBatch;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.proxy.PendingCall;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.Serialized;
import io.hzclient.map.NearCacheStats;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A map with a {@link NearCache}. Reads look there first; a miss reserves the key and caches the cluster's answer
 * ({@link NearCache#fetch}). A write of a key is announced to the near cache before it is sent, and settles the
 * key's entry (invalidated, or the written value cached) when it completes, failed or not, before its caller sees
 * the answer; map-wide writes clear the near cache when they complete.
 */
final class WithNearCache implements NearCacheHook {
    private final NearCache nearCache;
    private final InvocationService invocations;

    WithNearCache(NearCache nearCache, InvocationService invocations) {
        this.nearCache = nearCache;
        this.invocations = invocations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V cached(Object key) {
        return (V) nearCache.get(key);
    }

    @Override
    public <V> Pending<V> read(Object key, Serialized keyData, Function<Serialized, Call<Data>> request,
                               Operation<V> asValue, Function<Data, V> toValue) {
        Data k = keyData.toData(); // the near cache keeps it
        return new PendingCall<>(nearCache.fetch(key, k, () -> decoded(invocations.invoke(request.apply(k)))),
                toValue);
    }

    /** The answer as Data where the call completes (a network thread): the near cache keeps it there, no user code. */
    @SuppressWarnings("unchecked")
    private static CompletableFuture<Data> decoded(Call<Data> call) {
        return call.thenApply((Function<ClientMessage, Data>) call.operation().decoder());
    }

    @Override
    public void countMiss() {
        nearCache.countMiss();
    }

    @Override
    public ReadBatch newReadBatch() {
        return nearCache.newReadBatch();
    }

    @Override
    public <T> Pending<T> write(Object key, Serialized keyData, Serialized written, Call<T> call) {
        return sendThen(call, nearCache.beforeWrite(key, keyData.toData(), written == null ? null : written.toData()));
    }

    @Override
    public <T> Pending<T> writeAll(Call<T> call) {
        return sendThen(call, (answer, failure) -> nearCache.clear());
    }

    /** Sends the call; its caller gets the answer once {@code done} has run. */
    private <T> Pending<T> sendThen(Call<T> call, BiConsumer<Object, Throwable> done) {
        CompletableFuture<ClientMessage> settled = invocations.invoke(call).whenComplete(done);
        return new PendingCall<>(settled, answer -> call.sync()); // the call is done: decodes, waits not
    }

    @Override
    public CompletableFuture<Void> keysWritten(CompletableFuture<Void> all, Collection<?> keys) {
        return all.whenComplete((ok, failure) -> keys.forEach(nearCache::invalidateKey));
    }

    @Override
    public NearCache nearCache() {
        return nearCache;
    }

    @Override
    public Optional<NearCacheStats> stats() {
        return Optional.of(nearCache.stats());
    }
}
