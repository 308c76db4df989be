package io.hzclient.internal.pncounter;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The replica clocks this client has observed. An answer's clock is merged into ours entry by entry (the later
 * timestamp wins), so answers that overtake each other, or come from different replicas, never move it back.
 */
final class VectorClock {
    private final AtomicReference<Map<UUID, Long>> observed = new AtomicReference<>(Map.of());

    Map<UUID, Long> get() {
        return observed.get();
    }

    void update(Map<UUID, Long> received) {
        Map<UUID, Long> received0 = Map.copyOf(received);
        observed.updateAndGet(current -> isNewer(received0, current) ? merge(current, received0) : current);
    }

    private static Map<UUID, Long> merge(Map<UUID, Long> current, Map<UUID, Long> received) {
        Map<UUID, Long> merged = new java.util.HashMap<>(current);
        received.forEach((replica, timestamp) -> merged.merge(replica, timestamp, Math::max));
        return Map.copyOf(merged);
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
