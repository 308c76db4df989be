package io.hzclient.internal.flakeid;

import io.hzclient.internal.flakeid.FlakeIdGeneratorCodec.IdBatch;
import io.hzclient.internal.invocation.Futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Hands out the ids of the current batch, lock-free, until it is used up or expired, then fetches the next one.
 * Only one fetch runs at a time: every caller that finds the batch done waits for that same fetch. Time comes from
 * an injected nanosecond clock, so expiry is tested without sleeping.
 */
final class IdBatches {
    private final Supplier<CompletableFuture<IdBatch>> fetcher;
    private final long validityNanos;
    private final LongSupplier nanoClock;
    private volatile Batch current = Batch.EMPTY;
    private CompletableFuture<Batch> fetching;

    /** {@code validityNanos} 0: batches never expire. */
    IdBatches(Supplier<CompletableFuture<IdBatch>> fetcher, long validityNanos, LongSupplier nanoClock) {
        this.fetcher = fetcher;
        this.validityNanos = validityNanos;
        this.nanoClock = nanoClock;
    }

    /**
     * The next id; completes at once unless a new batch has to be fetched. A loop, not a recursion: under contention
     * a caller may find several fresh batches used up by others before it gets an id.
     */
    CompletableFuture<Long> next() {
        while (true) {
            Batch batch = current;
            long id = batch.next(nanoClock.getAsLong());
            if (id != Batch.NONE) {
                return CompletableFuture.completedFuture(id);
            }
            CompletableFuture<Batch> refilled = refill(batch);
            if (!refilled.isDone()) {
                return refilled.thenCompose(b -> next());
            }
            if (refilled.isCompletedExceptionally()) {
                return refilled.thenApply(b -> Batch.NONE); // carries the failure
            }
        }
    }

    /** The next id, waiting in the caller's thread for a new batch when needed. */
    long nextBlocking() {
        while (true) {
            Batch batch = current;
            long id = batch.next(nanoClock.getAsLong());
            if (id != Batch.NONE) {
                return id;
            }
            Futures.join(refill(batch));
        }
    }

    private synchronized CompletableFuture<Batch> refill(Batch used) {
        if (current != used) {
            return CompletableFuture.completedFuture(current); // another caller already replaced it
        }
        CompletableFuture<Batch> f = fetching;
        if (f == null) {
            f = fetcher.get().thenApply(this::install);
            fetching = f;
            f.whenComplete((b, e) -> fetchDone());
        }
        return f;
    }

    private synchronized Batch install(IdBatch ids) {
        long now = nanoClock.getAsLong();
        Batch batch = new Batch(ids, validityNanos == 0 ? Long.MAX_VALUE : now + validityNanos, validityNanos == 0);
        current = batch;
        return batch;
    }

    private synchronized void fetchDone() {
        fetching = null;
    }

    /** One batch from the cluster; {@link #next} is safe from any thread. */
    static final class Batch {
        static final long NONE = Long.MIN_VALUE;
        static final Batch EMPTY = new Batch(new IdBatch(0, 0, 0), 0, true);

        private final IdBatch ids;
        private final long expiresAtNanos;
        private final boolean neverExpires;
        private final AtomicInteger index = new AtomicInteger();

        Batch(IdBatch ids, long expiresAtNanos, boolean neverExpires) {
            this.ids = ids;
            this.expiresAtNanos = expiresAtNanos;
            this.neverExpires = neverExpires;
        }

        long next(long nowNanos) {
            if (!neverExpires && nowNanos - expiresAtNanos >= 0) {
                return NONE;
            }
            int i = index.getAndIncrement();
            if (i >= ids.batchSize()) {
                return NONE;
            }
            return ids.base() + i * ids.increment();
        }
    }
}
