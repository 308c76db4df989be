package io.hzclient.internal.invocation;

import io.hzclient.internal.protocol.ClientMessage;

import java.util.Objects;
import java.util.function.Function;

/**
 * One method of the protocol as a codec declares it once, as a constant: its name as the protocol spells it
 * ({@code Map.Get}: metrics tags and tracing use it), how its answer decodes (bytes in, values out: no service, no
 * user code), and whether its answer may take as long as it needs (a lock, a blocking read), free of the invocation
 * timeout. Whether a call may be retried is the request's own flag ({@link ClientMessage#isRetryable()}), set by the
 * codec from the same spec line.
 *
 * @param <R> what the answer decodes to
 */
public record Operation<R>(String name, Function<ClientMessage, R> decoder, boolean blocking) {

    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decoder, "decoder");
    }

    /** An operation whose answer must come within the invocation timeout: almost all of them. */
    public static <R> Operation<R> of(String name, Function<ClientMessage, R> decoder) {
        return new Operation<>(name, decoder, false);
    }

    /** An operation that may wait on the member as long as it needs (a lock, a read that waits for items). */
    public static <R> Operation<R> blocking(String name, Function<ClientMessage, R> decoder) {
        return new Operation<>(name, decoder, true);
    }

    /**
     * This operation, its answer then passed through {@code f}. A proxy makes such an operation once, for all its
     * calls ({@link Call#as}); where decoding is hot, it gives a whole decoder instead ({@link #decodedBy}), so that
     * the JIT sees one decoder per call site and need not make the intermediate value (e.g. the answer's Data).
     */
    public <T> Operation<T> then(Function<? super R, ? extends T> f) {
        Objects.requireNonNull(f, "f");
        Function<ClientMessage, R> first = decoder;
        return new Operation<>(name, response -> f.apply(first.apply(response)), blocking);
    }

    /** This operation, its answer decoded by {@code decoder} (which reads the same answer further). */
    public <T> Operation<T> decodedBy(Function<ClientMessage, T> decoder) {
        return new Operation<>(name, decoder, blocking);
    }

    /** For answers that carry nothing the caller needs. */
    public static Void nothing(ClientMessage response) {
        return null;
    }
}
