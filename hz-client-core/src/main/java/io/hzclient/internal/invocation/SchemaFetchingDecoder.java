package io.hzclient.internal.invocation;

import io.hzclient.ClientNotActiveException;
import io.hzclient.SerializationException;
import io.hzclient.internal.serialization.UnknownSchemaException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Decodes an answer whose data may refer to Compact schemas this client has not fetched yet: deserializing throws
 * {@link UnknownSchemaException} instead of waiting for the cluster, and this fetches the schema and decodes again
 * (once per unknown schema, so a decoder must have no effect beyond its result). A sync call waits for the fetch in
 * its own thread; an async one fetches without holding any thread and decodes again on its executor.
 */
public final class SchemaFetchingDecoder {
    private SchemaFetchingDecoder() {
    }

    /** Decodes in the calling thread, which may wait for the schemas it lacks (a sync caller, a listener's lane). */
    public static <R, T> T decodeWaiting(Function<? super R, ? extends T> decoder, R answer) {
        long lastFetched = 0;
        boolean fetchedOne = false;
        while (true) {
            try {
                return decoder.apply(answer);
            } catch (RuntimeException e) {
                UnknownSchemaException unknown = unknown(e, fetchedOne, lastFetched);
                Futures.join(unknown.fetch());
                lastFetched = unknown.schemaId();
                fetchedOne = true;
            }
        }
    }

    /**
     * Decodes on {@code executor} and completes {@code result} there. A schema it lacks is fetched asynchronously,
     * and decoding runs again on {@code executor} once it is here. If the executor is gone (the client shut down),
     * {@code result} still completes, with a {@link ClientNotActiveException}.
     */
    public static <R, T> void decodeAsync(Function<? super R, ? extends T> decoder, R answer, Executor executor,
                                          CompletableFuture<T> result) {
        decodeAsync(decoder, answer, executor, result, false, 0);
    }

    private static <R, T> void decodeAsync(Function<? super R, ? extends T> decoder, R answer, Executor executor,
                                           CompletableFuture<T> result, boolean fetchedOne, long lastFetched) {
        UnknownSchemaException unknown;
        try {
            result.complete(decoder.apply(answer));
            return;
        } catch (RuntimeException e) {
            try {
                unknown = unknown(e, fetchedOne, lastFetched);
            } catch (RuntimeException notAboutASchema) {
                result.completeExceptionally(notAboutASchema);
                return;
            }
        } catch (Throwable t) {
            result.completeExceptionally(t);
            return;
        }
        long id = unknown.schemaId();
        unknown.fetch().whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                result.completeExceptionally(Futures.unwrapCause(failure));
            } else {
                decodeAsync(decoder, answer, executor, result, true, id);
            }
        }, executor).whenComplete((ignored, rejected) -> {
            if (rejected != null && !result.isDone()) {
                result.completeExceptionally(new ClientNotActiveException(
                        "the client shut down before the answer could be decoded", Futures.unwrapCause(rejected)));
            }
        });
    }

    /** The unknown schema to fetch, or {@code e} rethrown: not about a schema, or one just fetched is still missing. */
    private static UnknownSchemaException unknown(RuntimeException e, boolean fetchedOne, long lastFetched) {
        UnknownSchemaException unknown = UnknownSchemaException.in(e);
        if (unknown == null) {
            throw e;
        }
        if (fetchedOne && unknown.schemaId() == lastFetched) {
            throw new SerializationException("the Compact schema " + lastFetched + " was fetched, yet reading still"
                    + " lacks it", e);
        }
        return unknown;
    }
}
