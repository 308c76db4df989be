package io.hzclient.internal.nearcache;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.serialization.Data;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The near-cache side of one getAll: the keys it missed are reserved before the requests go out, and what the
 * cluster answers is published when every answer is in.
 */
public interface ReadBatch {

    /** A key the near cache did not have: counted as a miss, reserved if it can be. */
    void miss(Object key, Data keyData);

    /**
     * {@code all}, then the answers published and the reservations settled, whichever way the calls ended; called
     * with no calls if sending failed, to take the reservations back.
     *
     * @param keysOfCalls the keys each call asked for, in the order of {@code calls}
     */
    CompletableFuture<Void> settleWhen(CompletableFuture<Void> all, List<List<Data>> keysOfCalls,
                                       List<Call<List<Map.Entry<Data, Data>>>> calls);
}
