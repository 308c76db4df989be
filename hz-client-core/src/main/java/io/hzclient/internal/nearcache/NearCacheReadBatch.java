package io.hzclient.internal.nearcache;

import io.hzclient.HzClientException;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.serialization.Data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link ReadBatch} of a near cache. When every answer is in, what the cluster returned is published and the other
 * reservations are taken back. Completion runs where the answers complete (a network thread): it decodes the answers
 * (bytes to Data) and moves records; no user code runs.
 */
final class NearCacheReadBatch implements ReadBatch {
    private final NearCache nearCache;
    private final Map<Data, NearCacheRecord.Fetch> reserved = new HashMap<>();

    NearCacheReadBatch(NearCache nearCache) {
        this.nearCache = nearCache;
    }

    @Override
    public void miss(Object key, Data keyData) {
        NearCacheRecord.Fetch f = nearCache.reserveForBatch(key, keyData);
        if (f != null) {
            reserved.put(keyData, f);
        }
    }

    @Override
    public CompletableFuture<Void> settleWhen(CompletableFuture<Void> all, List<List<Data>> keysOfCalls,
                                              List<Call<List<Map.Entry<Data, Data>>>> calls) {
        return all.whenComplete((ok, failure) -> complete(keysOfCalls, calls));
    }

    /**
     * Publishes what each call answered; the other keys of a call that succeeded are absent (reservation taken
     * back, waiting readers get null), those of a call that failed (or was never sent) fail their waiting readers.
     */
    void complete(List<List<Data>> keysOfCalls, List<Call<List<Map.Entry<Data, Data>>>> calls) {
        for (int i = 0; i < calls.size(); i++) {
            Call<List<Map.Entry<Data, Data>>> call = calls.get(i);
            if (call.isDone() && !call.isCompletedExceptionally()) {
                for (Map.Entry<Data, Data> e : call.sync()) {
                    settle(e.getKey(), e.getValue(), null);
                }
                keysOfCalls.get(i).forEach(k -> settle(k, null, null));
            }
        }
        Throwable failure = new HzClientException("the getAll that was reading this key failed");
        reserved.values().forEach(r -> nearCache.settle(r, null, failure));
        reserved.clear();
    }

    private void settle(Data key, Data value, Throwable failure) {
        NearCacheRecord.Fetch f = reserved.remove(key);
        if (f != null) {
            nearCache.settle(f, value, failure);
        }
    }
}
