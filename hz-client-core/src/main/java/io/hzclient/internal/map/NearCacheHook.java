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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What a map proxy does around its remote calls for a near cache; the proxy always has one. Without a near cache
 * ({@link NoNearCache}) reads go straight to the cluster and writes are plain calls; with one
 * ({@link WithNearCache}) reads look there first, a write of a key invalidates it (or caches the written value)
 * when it completes, and map-wide writes clear it. The hook sends the calls it is given, since a write must be
 * known to the near cache before it is sent.
 */
interface NearCacheHook {

    static NearCacheHook of(NearCache nearCache, InvocationService invocations) {
        return nearCache == null ? new NoNearCache(invocations) : new WithNearCache(nearCache, invocations);
    }

    /**
     * The cached value of {@code key} (not null), counted as a hit; null if not cached. A hit allocates nothing but
     * what the near cache returns, so the blocking reads return it as is rather than through a {@link Pending}.
     */
    <V> V cached(Object key);

    // keyData and written may be the thread's reused buffers (Serialized): whoever keeps them takes a Data of them
    // (Serialized#toData) before anything else is serialized on this thread.

    /**
     * A read of a key {@link #cached} did not have: {@code request} builds the remote read of the key (a
     * {@code Map.Get}, sent here), whose answer {@code asValue} decodes to the caller's value; a near cache keeps
     * the answer's Data, which {@code toValue} turns into the caller's value. All are the proxy's fields, so that a
     * read allocates no function object.
     */
    <V> Pending<V> read(Object key, Serialized keyData, Function<Serialized, Call<Data>> request,
                        Operation<V> asValue, Function<Data, V> toValue);

    /** A read of a key answered remotely without going through {@link #read} (containsKey). */
    void countMiss();

    /** getAll: the keys it missed, and their answers. */
    ReadBatch newReadBatch();

    /**
     * Sends a write of one key. {@code written}: the value a put or set writes (what CACHE_ON_UPDATE caches); null
     * for every other write. Without a near cache, the call itself.
     */
    <T> Pending<T> write(Object key, Serialized keyData, Serialized written, Call<T> call);

    /** Sends a write of the whole map (clear, evictAll). Without a near cache, the call itself. */
    <T> Pending<T> writeAll(Call<T> call);

    /** putAll: {@code all}, the writes of these keys (the caller's objects), then the near cache told. */
    CompletableFuture<Void> keysWritten(CompletableFuture<Void> all, Collection<?> keys);

    /** The near cache, or null without one (tests). */
    NearCache nearCache();

    Optional<NearCacheStats> stats();
}
