package io.hzclient.internal.lifecycle;

import io.hzclient.LifecycleListener;
import io.hzclient.LifecycleState;
import io.hzclient.internal.listener.OrderedExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Logs each state change and tells the lifecycle listeners, in order, off the event loop. */
public final class LifecycleService {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleService.class);
    private static final Object LANE = new Object();

    private final Map<UUID, LifecycleListener> listeners = new ConcurrentHashMap<>();
    private final OrderedExecutor events;
    private final String clientName;
    private volatile LifecycleState state;

    public LifecycleService(String clientName, OrderedExecutor events) {
        this.clientName = clientName;
        this.events = events;
    }

    public UUID addListener(LifecycleListener listener) {
        UUID id = UUID.randomUUID();
        listeners.put(id, listener);
        return id;
    }

    public boolean removeListener(UUID id) {
        return listeners.remove(id) != null;
    }

    public LifecycleState state() {
        return state;
    }

    public void fire(LifecycleState next) {
        state = next;
        LOG.info("HzClient [{}] is {}", clientName, next);
        events.execute(LANE, () -> listeners.values().forEach(l -> {
            try {
                l.stateChanged(next);
            } catch (RuntimeException e) {
                LOG.warn("A lifecycle listener threw on {}", next, e);
            }
        }));
    }
}
