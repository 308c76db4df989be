package io.hzclient.internal.invocation;

import io.hzclient.ClientNotActiveException;
import io.hzclient.HzClientException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** The blocking side of a proxy: waits for a future and throws what failed it, unwrapped. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits, interruptibly. A failure comes out as the exception that failed the future (an
     * {@link HzClientException} subtype, or a runtime exception of the caller's own making), never wrapped in a
     * {@link CompletionException} or {@link ExecutionException}; a checked cause is wrapped in an
     * {@link HzClientException}.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future instanceof ParkingFuture<T> parking ? parking.await() : future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HzClientException("interrupted while waiting for the cluster's answer; the request may still"
                    + " take effect", e);
        } catch (ExecutionException e) {
            RuntimeException failure = asRuntime(unwrapCause(e));
            failure.addSuppressed(new CallSite());
            throw failure;
        }
    }

    /**
     * The failure was made on a network or timer thread, so its stack trace does not show the user's code; this
     * one, attached as suppressed, does.
     */
    static final class CallSite extends HzClientException {
        CallSite() {
            super("the blocking call that failed was made here");
        }
    }

    /**
     * A future completed on {@code executor} with {@code response}'s answer passed through {@code decoder}, or with
     * its unwrapped failure. A Compact schema the answer needs and this client lacks is fetched first, without
     * holding a thread ({@link SchemaFetchingDecoder}), so the decoder may run again. If the executor is gone (the
     * client shut down), the future still completes, with a {@link ClientNotActiveException}.
     */
    public static <R, T> CompletableFuture<T> decodeAsync(CompletableFuture<R> response,
                                                          Function<? super R, ? extends T> decoder, Executor executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        response.whenCompleteAsync((answer, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrapCause(failure));
                return;
            }
            SchemaFetchingDecoder.decodeAsync(decoder, answer, executor, result);
        }, executor).whenComplete((ignored, rejected) -> {
            if (rejected != null && !result.isDone()) {
                result.completeExceptionally(new ClientNotActiveException(
                        "the client shut down before the answer could be handed over", unwrapCause(rejected)));
            }
        });
        return result;
    }

    /** Strips the CompletionException and ExecutionException layers that futures add. */
    public static Throwable unwrapCause(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static RuntimeException asRuntime(Throwable t) {
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new HzClientException(t.getClass().getName() + ": " + t.getMessage(), t);
    }
}
