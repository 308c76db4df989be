package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One key's slot in a near cache. It starts RESERVED (a read or a local write is on its way to the cluster), becomes
 * READY when the answer is published into it, and ends REMOVED when it leaves the map. Only READY records are served;
 * the one-way state machine is what makes "an invalidation that arrived first wins" hold without a lock: whoever
 * takes a record out of the map marks it REMOVED, and a publish into a REMOVED record fails.
 */
final class NearCacheRecord {
    static final int RESERVED = 0;
    static final int READY = 1;
    static final int REMOVED = 2;

    private static final VarHandle STATE;
    private static final VarHandle VALUE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STATE = lookup.findVarHandle(NearCacheRecord.class, "state", int.class);
            VALUE = lookup.findVarHandle(NearCacheRecord.class, "value", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The key the record is stored under: the caller's key object, or its Data when keys are kept serialized. */
    final Object key;
    /** A read reservation's answer, completed once published (or not); null for a local write's reservation. */
    final CompletableFuture<Data> fetch;
    final long createdNanos;
    /** Partition and repair stamps, taken when reserved (partition -1: no repair). */
    final int partitionId;
    final UUID partitionUuid;
    final long sequence;
    /** Estimated heap bytes of the key and the record itself. */
    final long keyCost;

    private volatile int state = RESERVED;
    /** Data, or (OBJECT format, after the first hit) the deserialized value. */
    private volatile Object value;
    private volatile long lastAccessNanos;
    /** Reads served; racy increments are fine for choosing what to evict. */
    int hits;
    /** Estimated heap bytes of the whole entry, fixed when published. */
    long cost;

    NearCacheRecord(Object key, long keyCost, boolean forRead, long nowNanos, int partitionId, UUID partitionUuid,
                    long sequence) {
        this.key = key;
        this.keyCost = keyCost;
        this.fetch = forRead ? new CompletableFuture<>() : null;
        this.createdNanos = nowNanos;
        this.lastAccessNanos = nowNanos;
        this.partitionId = partitionId;
        this.partitionUuid = partitionUuid;
        this.sequence = sequence;
    }

    boolean isReady() {
        return state == READY;
    }

    /** A read reservation whose answer has not arrived: another reader may wait for it instead of asking again. */
    boolean isFetching() {
        return state == RESERVED && fetch != null && !fetch.isDone();
    }

    /** A reservation left behind: its answer came and was never published (the reader gave up waiting). */
    boolean isAbandoned() {
        return state == RESERVED && fetch != null && fetch.isDone();
    }

    /** RESERVED to READY with this value; false if the record was removed meanwhile. */
    boolean publish(Data data, long cost) {
        this.value = data;
        this.cost = cost;
        return STATE.compareAndSet(this, RESERVED, READY);
    }

    /** Marks the record removed; returns the state it had, so the caller knows whether an entry left. */
    int markRemoved() {
        return (int) STATE.getAndSet(this, REMOVED);
    }

    Object value() {
        return value;
    }

    /** OBJECT format: the first hit swaps the Data for the object; every later hit gets the same instance. */
    Object materialize(Data data, Object object) {
        return VALUE.compareAndSet(this, data, object) ? object : value;
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
        hits++;
    }
}
