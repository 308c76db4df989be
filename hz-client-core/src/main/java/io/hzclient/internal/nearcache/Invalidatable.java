package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

/**
 * PLACEHOLDER (nc-core's copy of the seam in the near-cache contract; nc-repair's version replaces it at merge).
 * What the repair side may do to a near cache.
 */
interface Invalidatable {

    /** Drops the entry of this key, as the member sent it (serialized); counted as an invalidation. */
    void invalidate(Data key);

    /** Drops every entry, each counted as an invalidation. */
    void clear();
}
