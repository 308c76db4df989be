package io.hzclient.spring.boot.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of the {@code hz.client.operation} observations; a bean of this type replaces
 * {@link DefaultHzClientCallObservationConvention}.
 */
public interface HzClientCallObservationConvention extends ObservationConvention<HzClientCallContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof HzClientCallContext;
    }
}
