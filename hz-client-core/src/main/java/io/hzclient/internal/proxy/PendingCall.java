package io.hzclient.internal.proxy;

import io.hzclient.ClientNotActiveException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A request in flight and how to decode its answer. The invocation futures complete on a Netty event loop, and
 * decoding deserializes (user code may run), so decoding never happens there: {@link #join()} decodes in the
 * caller's thread, {@link #async(Executor)} on the user executor, where the returned future also completes. A Compact
 * schema the answer needs and this client lacks is fetched first ({@link SchemaFetchingDecoder}): the decoder may
 * run again after that, so it must have no effect beyond its result.
 */
public final class PendingCall<R, T> {
    private final CompletableFuture<R> response;
    private final Function<? super R, ? extends T> decoder;

    public PendingCall(CompletableFuture<R> response, Function<? super R, ? extends T> decoder) {
        this.response = response;
        this.decoder = decoder;
    }

    /**
     * Waits for the answer in the calling thread and decodes it there, fetching (and waiting for) the Compact
     * schemas it lacks; failures come out unwrapped.
     */
    public T join() {
        return SchemaFetchingDecoder.decodeWaiting(decoder, Futures.join(response));
    }

    /**
     * A future completed on {@code executor}, with the decoded answer or the unwrapped failure. If the executor is
     * gone (the client shut down), the future still completes, with a {@link ClientNotActiveException}.
     */
    public CompletableFuture<T> async(Executor executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        response.whenCompleteAsync((answer, failure) -> {
            if (failure != null) {
                result.completeExceptionally(Futures.unwrapCause(failure));
                return;
            }
            SchemaFetchingDecoder.decodeAsync(decoder, answer, executor, result);
        }, executor).whenComplete((ignored, rejected) -> {
            if (rejected != null && !result.isDone()) {
                result.completeExceptionally(new ClientNotActiveException(
                        "the client shut down before the answer could be handed over", Futures.unwrapCause(rejected)));
            }
        });
        return result;
    }
}
