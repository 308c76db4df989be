package io.hzclient.internal.invocation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.locks.LockSupport;

/**
 * A future that one blocking caller can wait on by parking, without the wait node that
 * {@link CompletableFuture#get()} allocates for every wait that does not find it done (a blocking call almost never
 * does). Any other waiter at the same time falls back to {@code get()}. A caller that waits alone may spin briefly
 * first, where that is turned on ({@link LoneWaiterSpin}).
 */
public class ParkingFuture<T> extends CompletableFuture<T> {
    private static final AtomicReferenceFieldUpdater<ParkingFuture, Thread> WAITER =
            AtomicReferenceFieldUpdater.newUpdater(ParkingFuture.class, Thread.class, "waiter");

    /** The thread parked in {@link #await()}, if any. */
    private volatile Thread waiter;

    /** Waits until done, then answers as {@link #get()} does. */
    public T await() throws InterruptedException, ExecutionException {
        if (!isDone() && WAITER.compareAndSet(this, null, Thread.currentThread())) {
            long entered = LoneWaiterSpin.JVM.enter(this);
            try {
                while (!isDone()) {
                    LockSupport.park(this);
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            } finally {
                LoneWaiterSpin.JVM.leave(entered);
                waiter = null;
            }
        }
        return get();
    }

    @Override
    public boolean complete(T value) {
        boolean done = super.complete(value);
        wake();
        return done;
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
        boolean done = super.completeExceptionally(failure);
        wake();
        return done;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        wake();
        return cancelled;
    }

    private void wake() {
        Thread t = waiter;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
