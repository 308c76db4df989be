package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

/** What invalidation events and the repair task do to a near cache; the near cache store implements it. */
interface Invalidatable {

    /** Drops the entry of this key, given as the member sends it (serialized). */
    void invalidate(Data key);

    /** Drops everything; also counted as invalidations. */
    void clear();
}
