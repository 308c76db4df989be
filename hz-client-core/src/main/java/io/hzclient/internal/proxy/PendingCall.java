package io.hzclient.internal.proxy;

import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.invocation.Pending;
import io.hzclient.internal.invocation.SchemaFetchingDecoder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * An answer that is not one call's: a near-cache read, or several calls joined (getAll, putAll). Decoding never
 * happens on the event loop that completes {@code response}: {@link #sync()} decodes in the caller's thread,
 * {@link #async(Executor)} on the executor, where the returned future also completes. A Compact schema the answer
 * needs and this client lacks is fetched first ({@link SchemaFetchingDecoder}): the decoder may run again after
 * that, so it must have no effect beyond its result.
 */
public final class PendingCall<R, T> implements Pending<T> {
    private final CompletableFuture<R> response;
    private final Function<? super R, ? extends T> decoder;

    public PendingCall(CompletableFuture<R> response, Function<? super R, ? extends T> decoder) {
        this.response = response;
        this.decoder = decoder;
    }

    /** Also fetches (and waits for) the Compact schemas the answer lacks. */
    @Override
    public T sync() {
        return SchemaFetchingDecoder.decodeWaiting(decoder, Futures.join(response));
    }

    /** Also fetches the Compact schemas the answer lacks, without holding a thread, then decodes on the executor. */
    @Override
    public CompletableFuture<T> async(Executor executor) {
        return Futures.decodeAsync(response, decoder, executor);
    }
}
