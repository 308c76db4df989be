package io.hzclient.internal.proxy;

import io.hzclient.internal.invocation.Futures;
import io.hzclient.internal.invocation.Pending;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * An answer that is not one call's: a near-cache read, or several calls joined (getAll, putAll). Decoding never
 * happens on the event loop that completes {@code response}: {@link #sync()} decodes in the caller's thread,
 * {@link #async(Executor)} on the executor, where the returned future also completes.
 */
public final class PendingCall<R, T> implements Pending<T> {
    private final CompletableFuture<R> response;
    private final Function<? super R, ? extends T> decoder;

    public PendingCall(CompletableFuture<R> response, Function<? super R, ? extends T> decoder) {
        this.response = response;
        this.decoder = decoder;
    }

    @Override
    public T sync() {
        return decoder.apply(Futures.join(response));
    }

    @Override
    public CompletableFuture<T> async(Executor executor) {
        return Futures.decodeAsync(response, decoder, executor);
    }
}
