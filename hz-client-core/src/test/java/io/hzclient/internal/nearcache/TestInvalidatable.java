package io.hzclient.internal.nearcache;

import io.hzclient.internal.serialization.Data;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what the repair code asked a near cache to drop. */
final class TestInvalidatable implements Invalidatable {
    final Queue<Data> invalidated = new ConcurrentLinkedQueue<>();
    final AtomicInteger clears = new AtomicInteger();

    @Override
    public void invalidate(Data key) {
        invalidated.add(key);
    }

    @Override
    public void clear() {
        clears.incrementAndGet();
    }
}
