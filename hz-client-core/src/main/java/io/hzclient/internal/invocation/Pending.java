package io.hzclient.internal.invocation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An operation's answer to come, with its two forms: a proxy defines each operation once, returning this, and its
 * blocking method calls {@link #sync()}, its async one {@link #async(Executor)}.
 *
 * @param <T> the answer, decoded
 */
public interface Pending<T> {

    /** Waits in the calling thread and decodes there; failures come out unwrapped ({@link Futures#join}). */
    T sync();

    /**
     * A future completed on {@code executor} with the decoded answer or the unwrapped failure; if the executor is
     * gone (the client shut down), it still completes, with a {@code ClientNotActiveException}.
     */
    CompletableFuture<T> async(Executor executor);
}
