package io.hzclient.spring.boot.autoconfigure.observation;

import io.micrometer.common.KeyValues;

/**
 * The {@code hz.client.operation} observation of a call, its contextual name (a span's name) the operation, e.g.
 * {@code Map.Get}. Low-cardinality keys: {@code hz.operation} (the protocol operation), {@code outcome}
 * ({@code success}, or the simple class name of what the call failed with, e.g. {@code OperationTimeoutException}),
 * and {@code hz.object.name} only when {@code hz.client.observation.object-name} is on. High-cardinality keys:
 * {@code hz.member} (the member's {@code host:port}, once the call was sent) and {@code hz.partition.id} (for calls
 * routed to a partition).
 */
public class DefaultHzClientCallObservationConvention implements HzClientCallObservationConvention {
    /** The observations' name. */
    public static final String NAME = "hz.client.operation";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(HzClientCallContext context) {
        return context.getOperation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(HzClientCallContext context) {
        KeyValues values = KeyValues.of("hz.operation", context.getOperation(), "outcome", outcome(context));
        return context.getObjectName() == null ? values : values.and("hz.object.name", context.getObjectName());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(HzClientCallContext context) {
        KeyValues values = KeyValues.empty();
        if (context.getMemberAddress() != null) {
            values = values.and("hz.member", context.getMemberAddress());
        }
        if (context.getPartitionId() >= 0) {
            values = values.and("hz.partition.id", Integer.toString(context.getPartitionId()));
        }
        return values;
    }

    private static String outcome(HzClientCallContext context) {
        if (!context.isEnded()) {
            return "unknown";
        }
        Throwable error = context.getError();
        return error == null ? "success" : error.getClass().getSimpleName();
    }
}
