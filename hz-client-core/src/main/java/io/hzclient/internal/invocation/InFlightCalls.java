package io.hzclient.internal.invocation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The calls waiting for their answers, by correlation id. Ids come from one counter, so the calls in flight at any
 * time have nearby ids: a call goes to slot {@code id mod SLOTS} of an array, where its answer finds it without the
 * boxed key and the map entry that a hash map allocates per call. A call whose slot is taken (by a call issued
 * {@code SLOTS} calls earlier and still waiting: a blocking call, a slow member) goes to an overflow map instead.
 * A call is in here under one id at a time (its {@link Call#correlationId}, set before it is put).
 */
final class InFlightCalls {
    static final int SLOTS = 4096;

    private final AtomicReferenceArray<Call<?>> slots = new AtomicReferenceArray<>(SLOTS);
    private final Map<Long, Call<?>> overflow = new ConcurrentHashMap<>();

    void put(long id, Call<?> call) {
        if (!slots.compareAndSet(slot(id), null, call)) {
            overflow.put(id, call);
        }
    }

    Call<?> get(long id) {
        Call<?> call = slots.get(slot(id));
        if (call != null && call.correlationId == id) {
            return call;
        }
        return overflow.isEmpty() ? null : overflow.get(id);
    }

    /** The call, if this removed it; null if it was not here or another thread removed it first. */
    Call<?> remove(long id) {
        int slot = slot(id);
        Call<?> call = slots.get(slot);
        if (call != null && call.correlationId == id) {
            if (!slots.compareAndSet(slot, call, null)) {
                return null;
            }
            if (call.correlationId != id) {
                // removed by another thread meanwhile, and back under a new id that maps to the same slot
                put(call.correlationId, call);
                return null;
            }
            return call;
        }
        return overflow.isEmpty() ? null : overflow.remove(id);
    }

    /** Every call in here now (calls put or removed meanwhile may or may not be seen). */
    void forEach(Consumer<Call<?>> action) {
        for (int i = 0; i < SLOTS; i++) {
            Call<?> call = slots.get(i);
            if (call != null) {
                action.accept(call);
            }
        }
        overflow.values().forEach(action);
    }

    int size() {
        int n = overflow.size();
        for (int i = 0; i < SLOTS; i++) {
            if (slots.get(i) != null) {
                n++;
            }
        }
        return n;
    }

    void clear() {
        for (int i = 0; i < SLOTS; i++) {
            slots.set(i, null);
        }
        overflow.clear();
    }

    private static int slot(long id) {
        return (int) id & (SLOTS - 1);
    }
}
