package io.hzclient.internal.pncounter;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The replica clocks this client has observed. An answer's clock replaces ours only if it is newer somewhere (a
 * replica we did not know, or a later timestamp), so answers that overtake each other never move it back.
 */
final class VectorClock {
    private final AtomicReference<Map<UUID, Long>> observed = new AtomicReference<>(Map.of());

    Map<UUID, Long> get() {
        return observed.get();
    }

    void update(Map<UUID, Long> received) {
        Map<UUID, Long> received0 = Map.copyOf(received);
        observed.updateAndGet(current -> isNewer(received0, current) ? received0 : current);
    }

    void reset() {
        observed.set(Map.of());
    }

    static boolean isNewer(Map<UUID, Long> received, Map<UUID, Long> current) {
        for (Map.Entry<UUID, Long> e : received.entrySet()) {
            Long mine = current.get(e.getKey());
            if (mine == null || mine < e.getValue()) {
                return true;
            }
        }
        return false;
    }
}
