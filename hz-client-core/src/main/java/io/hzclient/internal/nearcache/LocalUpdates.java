package io.hzclient.internal.nearcache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This client's writes in flight, per key, for CACHE_ON_UPDATE: a written value may be cached only if no other local
 * write of the same key overlapped it, since the members may apply overlapping writes in either order.
 */
final class LocalUpdates {
    private final Map<Object, Overlap> inFlight = new ConcurrentHashMap<>();

    /** A write of this key starts; true if it is the only one in flight. */
    boolean start(Object key) {
        Overlap o = inFlight.compute(key, (k, old) -> old == null ? new Overlap() : old.joined());
        return o.writes == 1;
    }

    /** A write of this key ended; true if no other write overlapped it. */
    boolean end(Object key) {
        boolean[] alone = new boolean[1];
        inFlight.computeIfPresent(key, (k, o) -> {
            alone[0] = !o.overlapped;
            o.writes--;
            return o.writes == 0 ? null : o;
        });
        return alone[0];
    }

    private static final class Overlap {
        int writes = 1;
        boolean overlapped;

        Overlap joined() {
            writes++;
            overlapped = true;
            return this;
        }
    }
}
