package io.hzclient.internal.serialization;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One thread's calls held until the cluster has the Compact schemas they need, let go in the order the thread made
 * them, whatever order their schemas are confirmed in: an async put of a new type followed by another put of the same
 * key must reach the member in that order, as they would without the wait. (Futures alone would not do: a future runs
 * its dependents in no promised order.)
 */
final class WaitingCalls {
    private static final CompletableFuture<Void> NOTHING_NEEDED = CompletableFuture.completedFuture(null);

    /** A call: what it waits for, and the future its sender waits on. */
    private record Waiting(CompletableFuture<Void> needs, CompletableFuture<Void> go) {
    }

    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    /** Calls held in any thread: while zero (and no schema is unconfirmed), no call looks for its thread's queue. */
    private final AtomicInteger heldAnywhere;
    /** Asks to look at the head; the thread that takes it from zero lets calls go, alone, until none is left. */
    private final AtomicInteger looks = new AtomicInteger();

    WaitingCalls(AtomicInteger heldAnywhere) {
        this.heldAnywhere = heldAnywhere;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /**
     * Holds a call until {@code needs} completes (null: it needs nothing, but goes after the calls held before it);
     * the returned future completes (or fails as {@code needs} did) once every earlier call has been let go.
     */
    CompletableFuture<Void> hold(CompletableFuture<Void> needs) {
        Waiting call = new Waiting(needs == null ? NOTHING_NEEDED : needs, new CompletableFuture<>());
        heldAnywhere.incrementAndGet();
        queue.add(call);
        call.needs.whenComplete((ok, failure) -> letGo());
        return call.go;
    }

    /** Lets go the calls at the head whose needs are met, one thread at a time (no lock), so they go in order. */
    private void letGo() {
        if (looks.getAndIncrement() != 0) {
            return; // the thread letting go now looks once more before it stops
        }
        int missed = 1;
        do {
            Waiting head;
            while ((head = queue.peek()) != null && head.needs.isDone()) {
                // needs is done, so this runs now, and with it the sender waiting on go; the call leaves the queue
                // only after that, so a call its thread makes meanwhile is held behind it rather than overtaking it
                Waiting call = head;
                call.needs.whenComplete((ok, failure) -> {
                    if (failure == null) {
                        call.go.complete(null);
                    } else {
                        call.go.completeExceptionally(failure);
                    }
                });
                queue.poll();
                heldAnywhere.decrementAndGet();
            }
            missed = looks.addAndGet(-missed);
        } while (missed != 0);
    }
}
