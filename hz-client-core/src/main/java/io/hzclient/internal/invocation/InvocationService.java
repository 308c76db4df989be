package io.hzclient.internal.invocation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends calls and completes them with their answers: the only place that turns a call's routing into a partition
 * and a connection. Retries follow the protocol's rules (retryable requests, or all with redo-operation on) within
 * the invocation timeout; a blocking operation's answer has no deadline, only its retries do.
 * <p>Calls complete on a Netty event loop, so that a sync caller is woken with no thread hop: {@link Call#sync()}
 * decodes in the caller's thread, {@link Call#async} on the executor it is given (the user executor), so that no
 * user callback ever runs on the event loop.
 */
public interface InvocationService {

    /** Starts the call (routes it, sends it) and returns it, to wait on. */
    <R> Call<R> invoke(Call<R> call);

    /**
     * Starts every call, as {@link #invoke} does one by one (an implementation may send them together), and returns
     * what completes once all have.
     */
    default CompletableFuture<Void> invokeAll(List<? extends Call<?>> calls) {
        calls.forEach(this::invoke);
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }

    /**
     * As {@link #invoke}, for a call the client makes for itself (Compact schemas, statistics, CP sessions): never
     * refused while a graceful shutdown lets the calls in flight finish, since those may need it.
     */
    default <R> Call<R> invokeInternal(Call<R> call) {
        return invoke(call);
    }
}
