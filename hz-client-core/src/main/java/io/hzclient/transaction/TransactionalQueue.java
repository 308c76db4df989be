package io.hzclient.transaction;

import java.util.concurrent.TimeUnit;

/**
 * A distributed queue as one transaction sees it. Items offered show to others at the commit; items polled are
 * taken from others at once and given back if the transaction rolls back. Calls with a timeout, and
 * {@link #take()}, wait on the member as long as asked, free of the invocation timeout; an interrupt ends the wait
 * with {@link InterruptedException}. Null items are refused with a {@link NullPointerException}, negative timeouts
 * with an {@link IllegalArgumentException}. Every method throws {@link IllegalStateException} if the transaction is
 * not active or belongs to another thread, and {@link TransactionException} once the connection to its member is
 * lost or the transaction timed out.
 *
 * @param <E> the type of the items
 */
public interface TransactionalQueue<E> extends TransactionalObject {

    /**
     * Adds the item if there is room now.
     *
     * @param item the item
     * @return true if added, false if the queue is full
     * @throws NullPointerException if {@code item} is null
     */
    boolean offer(E item);

    /**
     * Adds the item, waiting up to the timeout for room.
     *
     * @param item    the item
     * @param timeout how long to wait
     * @param unit    the unit of {@code timeout}
     * @return true if added, false if there was no room in time
     * @throws NullPointerException if {@code item} or {@code unit} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the thread was interrupted while it waited
     */
    boolean offer(E item, long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * Takes the head if there is one.
     *
     * @return the head, or null if the queue is empty
     */
    E poll();

    /**
     * Takes the head, waiting up to the timeout for one.
     *
     * @param timeout how long to wait
     * @param unit    the unit of {@code timeout}
     * @return the head, or null if none came in time
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the thread was interrupted while it waited
     */
    E poll(long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * Takes the head, waiting for one as long as it takes.
     *
     * @return the head
     * @throws InterruptedException if the thread was interrupted while it waited
     */
    E take() throws InterruptedException;

    /**
     * The head, left in the queue.
     *
     * @return the head, or null if the queue is empty
     */
    E peek();

    /**
     * The head, left in the queue, waiting up to the timeout for one.
     *
     * @param timeout how long to wait
     * @param unit    the unit of {@code timeout}
     * @return the head, or null if none came in time
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws InterruptedException if the thread was interrupted while it waited
     */
    E peek(long timeout, TimeUnit unit) throws InterruptedException;

    /**
     * The number of items, as the transaction sees them.
     *
     * @return the size
     */
    int size();
}
