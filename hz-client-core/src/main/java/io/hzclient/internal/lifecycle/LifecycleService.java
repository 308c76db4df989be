package io.hzclient.internal.lifecycle;

import io.hzclient.LifecycleListener;
import io.hzclient.LifecycleState;
import io.hzclient.internal.listener.OrderedExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Logs each state change and tells the lifecycle listeners, in the order they were added, off the event loop. */
public final class LifecycleService {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleService.class);
    private static final Object LANE = new Object();

    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final OrderedExecutor events;
    private final String clientName;
    private volatile LifecycleState state;

    public LifecycleService(String clientName, OrderedExecutor events) {
        this.clientName = clientName;
        this.events = events;
    }

    public UUID addListener(LifecycleListener listener) {
        UUID id = UUID.randomUUID();
        listeners.add(new Registration(id, listener));
        return id;
    }

    public boolean removeListener(UUID id) {
        return listeners.removeIf(r -> r.id.equals(id));
    }

    public LifecycleState state() {
        return state;
    }

    /**
     * Records the state and tells the listeners registered now (and still registered when it is delivered): a listener
     * added after this call does not hear a state that came before it, even if its delivery is still queued.
     */
    public void fire(LifecycleState next) {
        state = next;
        LOG.info("HzClient [{}] is {}", clientName, next);
        List<Registration> registered = List.copyOf(listeners);
        events.execute(LANE, () -> registered.forEach(r -> {
            if (!listeners.contains(r)) {
                return; // removed since
            }
            try {
                r.listener.stateChanged(next);
            } catch (RuntimeException failure) {
                LOG.warn("A lifecycle listener threw on {}", next, failure);
            }
        }));
    }

    private record Registration(UUID id, LifecycleListener listener) {
    }
}
