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

    /** For answers that carry nothing the caller needs. */
    public static Void nothing(ClientMessage response) {
        return null;
    }
}
