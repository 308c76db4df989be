package io.hzclient.spring.boot.autoconfigure.observation;

import io.hzclient.CallObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * The client's calls as Micrometer observations ({@code hz.client.operation}): each started in the thread that
 * makes the call, the observation current there (e.g. a web request's) as its parent, so that with Boot's tracing
 * each call is a child span of the request that made it, sync or async; each stopped as the call ends, on whatever
 * thread ends it. No scope is opened: nothing of the caller's thread changes.
 */
public final class HzClientCallObserver implements CallObserver {
    private static final HzClientCallObservationConvention DEFAULT = new DefaultHzClientCallObservationConvention();

    private final ObservationRegistry registry;
    private final HzClientCallObservationConvention convention;
    private final boolean objectName;

    /**
     * An observer that reports to {@code registry}.
     *
     * @param registry   where the observations go
     * @param convention the convention, or null for the default one (and the registry's global conventions)
     * @param objectName whether the object's name is a key of the observations
     */
    public HzClientCallObserver(ObservationRegistry registry, HzClientCallObservationConvention convention,
                                boolean objectName) {
        this.registry = registry;
        this.convention = convention;
        this.objectName = objectName;
    }

    @Override
    public Object callStarted(StartedCall call) {
        HzClientCallContext context = new HzClientCallContext(call.operationName(),
                objectName ? call.objectName() : null, call.partitionId());
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry);
        if (observation.isNoop()) {
            return null; // e.g. turned off by a predicate: nothing to stop
        }
        return observation.start();
    }

    @Override
    public void callEnded(Object context, String memberAddress, Throwable failure) {
        Observation observation = (Observation) context;
        ((HzClientCallContext) observation.getContext()).ended(memberAddress);
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }
}
