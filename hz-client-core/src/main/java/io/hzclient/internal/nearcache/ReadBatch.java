package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The near-cache side of one getAll: the keys it missed are reserved before the requests go out, and when every
 * answer is in, what the cluster returned is published and the other reservations are taken back. Completion runs
 * where the answers complete (a network thread): it only moves records, no user code runs.
 */
public final class ReadBatch {
    private final NearCache nearCache;
    private final Map<Data, NearCacheRecord> reserved = new HashMap<>();

    ReadBatch(NearCache nearCache) {
        this.nearCache = nearCache;
    }

    /** A key the near cache did not have: counted as a miss, reserved if it can be. */
    public void miss(Object key, Data keyData) {
        NearCacheRecord r = nearCache.reserveForBatch(key, keyData);
        if (r != null) {
            reserved.put(keyData, r);
        }
    }

    /** Publishes the entries of the calls that succeeded; every other reservation is taken back. */
    public void complete(List<? extends CompletableFuture<List<Map.Entry<Data, Data>>>> calls) {
        for (CompletableFuture<List<Map.Entry<Data, Data>>> call : calls) {
            if (call.isDone() && !call.isCompletedExceptionally()) {
                for (Map.Entry<Data, Data> e : call.join()) {
                    NearCacheRecord r = reserved.remove(e.getKey());
                    if (r != null) {
                        nearCache.settle(r, e.getValue(), null);
                    }
                }
            }
        }
        reserved.values().forEach(r -> nearCache.settle(r, null, null));
        reserved.clear();
    }
}
