package io.hzclient.internal.serialization;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
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

    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    /** Calls held in any thread: while zero (and no schema is unconfirmed), no call looks for its thread's queue. */
    private final AtomicInteger heldAnywhere;
    private boolean lettingGo;
    private boolean lookAgain;

    WaitingCalls(AtomicInteger heldAnywhere) {
        this.heldAnywhere = heldAnywhere;
    }

    synchronized boolean isEmpty() {
        return queue.isEmpty();
    }

    /**
     * Holds a call until {@code needs} completes (null: it needs nothing, but goes after the calls held before it);
     * the returned future completes (or fails as {@code needs} did) once every earlier call has been let go.
     */
    CompletableFuture<Void> hold(CompletableFuture<Void> needs) {
        Waiting call = new Waiting(needs == null ? NOTHING_NEEDED : needs, new CompletableFuture<>());
        heldAnywhere.incrementAndGet();
        synchronized (this) {
            queue.add(call);
        }
        call.needs.whenComplete((ok, failure) -> letGo());
        return call.go;
    }

    /** Lets go the calls at the head whose needs are met; one thread at a time, so they go in order. */
    private void letGo() {
        synchronized (this) {
            if (lettingGo) {
                lookAgain = true; // the thread letting go now looks at the head once more before it stops
                return;
            }
            lettingGo = true;
        }
        while (true) {
            Waiting head;
            synchronized (this) {
                head = queue.peek();
                if (head == null || !head.needs.isDone()) {
                    if (!lookAgain) {
                        lettingGo = false;
                        return;
                    }
                    lookAgain = false;
                    continue;
                }
            }
            // needs is done, so this runs now, and with it the sender waiting on go; the call leaves the queue only
            // after that, so a call its thread makes meanwhile is held behind it rather than overtaking it
            head.needs.whenComplete((ok, failure) -> {
                if (failure == null) {
                    head.go.complete(null);
                } else {
                    head.go.completeExceptionally(failure);
                }
            });
            synchronized (this) {
                queue.poll();
            }
            heldAnywhere.decrementAndGet();
        }
    }
}
