package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;

/**
 * One key's slot in a near cache. It starts reserved (a read or a local write is on its way to the cluster), becomes
 * ready when the answer is published into it, and ends removed when it leaves the map. Only ready records are served;
 * the one-way state machine is what makes "an invalidation that arrived first wins" hold without a lock: whoever
 * takes a record out of the map marks it removed, and a publish into a removed record fails.
 *
 * <p>A near cache holds many of these, so the state lives in the one {@code value} field: the read in flight (a
 * {@link Fetch}) or null while reserved, the value once ready, {@link #REMOVED} at the end. A ready record keeps
 * nothing of its reservation: readers that joined the read hold its future themselves. The record is also its
 * {@link RecordTable}'s node (key and next link), so an entry costs no map node. That makes 40 bytes with compressed
 * references: a 12-byte header, key, next, value and stamp (4 each), lastAccessNanos (8), cost (4). The key's hash is
 * not kept: it would cost 8 bytes with the alignment, and lookups compare keys directly. Caches that need a record's
 * creation time (time-to-live) or hit count (LFU) use the larger {@link Full} (56 bytes).
 */
class NearCacheRecord {
    /** What a removed record's value becomes. */
    private static final Object REMOVED = new Object();
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(NearCacheRecord.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A read reservation's answer, completed once published (or not); its own class, so no value is taken for it. */
    static final class Fetch extends CompletableFuture<Data> {
        final NearCacheRecord reservation;

        private Fetch(NearCacheRecord reservation) {
            this.reservation = reservation;
        }
    }

    /** The key it is stored under (the caller's object, or its Data where keys are kept serialized). */
    final Object key;
    /** The next record of its bucket in the {@link RecordTable}; kept when the record leaves (see there). */
    volatile NearCacheRecord next;
    /** Partition, partition UUID and invalidation sequence when reserved (shared by many records); null: no repair. */
    final RepairStamp stamp;
    /**
     * Fetch or null (reserved), the value (ready: BINARY the serialized bytes; OBJECT the Data, or after the first hit
     * the deserialized object), or REMOVED.
     */
    private volatile Object value;
    private volatile long lastAccessNanos;
    /** Estimated heap bytes: of the key and the record while reserved, of the whole entry once ready. */
    int cost;

    NearCacheRecord(Object key, int keyCost, boolean forRead, long nowNanos, RepairStamp stamp) {
        this.key = key;
        this.cost = keyCost;
        this.value = forRead ? new Fetch(this) : null;
        this.lastAccessNanos = nowNanos;
        this.stamp = stamp;
    }

    boolean isReady() {
        return isValue(value);
    }

    /** The value if the record is ready (see {@link #value}), else null; read once, it cannot change under you. */
    Object readyValue() {
        Object v = value;
        return isValue(v) ? v : null;
    }

    private static boolean isValue(Object v) {
        return v != null && v != REMOVED && !(v instanceof Fetch);
    }

    /** The read this reservation waits for; null if it is not a read reservation (any more). */
    Fetch fetch() {
        return value instanceof Fetch f ? f : null;
    }

    /**
     * Marks the record removed if it is a reservation left behind (its answer came and was never published: the
     * reader gave up waiting); true if it did. One step, so a record whose answer is published just then stays ready.
     */
    boolean removeIfAbandoned() {
        Fetch f = fetch();
        return f != null && f.isDone() && VALUE.compareAndSet(this, f, REMOVED);
    }

    /**
     * Reserved to ready with this value (BINARY: the Data's bytes; OBJECT: the Data) and cost; false if the record
     * was removed meanwhile. {@code reservedAs}: the reservation's Fetch, or null for a local write's.
     */
    boolean publish(Object reservedAs, Object ready, int entryCost) {
        cost = entryCost; // before the CAS, so that whoever removes the record afterwards reads it
        return VALUE.compareAndSet(this, reservedAs, ready);
    }

    /** Marks the record removed; true if it was ready (an entry left, whose cost the caller subtracts). */
    boolean markRemoved() {
        return isValue(VALUE.getAndSet(this, REMOVED));
    }

    /**
     * OBJECT format: the first hit swaps the Data for the object; every later hit gets the same instance (a hit that
     * races with the record's removal gets its own).
     */
    Object materialize(Data data, Object object) {
        if (VALUE.compareAndSet(this, data, object)) {
            return object;
        }
        Object now = value;
        return isValue(now) ? now : object;
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }

    /** Reads served (LFU); 0 unless {@link Full}. */
    int hits() {
        return 0;
    }

    /** When reserved, on the near cache's nanosecond clock; only {@link Full} keeps it. */
    long createdNanos() {
        throw new UnsupportedOperationException("a record of a cache without time-to-live keeps no creation time");
    }

    /** The record of a cache with a time-to-live or LFU eviction: it also keeps its creation time and hit count. */
    static final class Full extends NearCacheRecord {
        /** Exact, not whole seconds: a time-to-live under a second must hold too, and a long costs 8 bytes here. */
        private final long createdNanos;
        /** Racy increments are fine for choosing what to evict. */
        private int hits;

        Full(Object key, int keyCost, boolean forRead, long nowNanos, RepairStamp stamp) {
            super(key, keyCost, forRead, nowNanos, stamp);
            this.createdNanos = nowNanos;
        }

        @Override
        void touch(long nowNanos) {
            super.touch(nowNanos);
            hits++;
        }

        @Override
        int hits() {
            return hits;
        }

        @Override
        long createdNanos() {
            return createdNanos;
        }
    }
}
