package io.hzclient.queue;

import io.hzclient.collection.ItemCollection;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A distributed FIFO queue held by the owner of one partition (and its backups), as a
 * {@link BlockingQueue}: any client or member offers and takes. Bounded when the members configure a maximum size
 * for it ({@code QueueConfig.setMaxSize}); unbounded otherwise.
 *
 * <p>The {@code java.util} contracts hold: null items are refused with {@link NullPointerException}; {@code add} into
 * a full queue throws {@link IllegalStateException}; {@code element} and {@code remove()} of an empty queue throw
 * {@link java.util.NoSuchElementException}. {@link #iterator()} and {@link #toArray()} work on a copy of the items
 * taken in one call (the iterator's {@code remove} is not supported). {@code equals} and {@code hashCode} are the
 * proxy object's own.
 *
 * <p>Waiting calls ({@link #take()}, {@link #put} into a full queue, {@link #poll(long, TimeUnit)} and
 * {@link #offer(Object, long, TimeUnit)}) wait as long as asked, regardless of the invocation timeout; they park only
 * the calling thread, end with {@link InterruptedException} when it is interrupted (the client stops waiting; the
 * member may still hand the next item to that call, and that item is then not delivered), and with
 * {@link io.hzclient.ClientNotActiveException} when the client shuts down. Each other remote call has the failures
 * listed on {@link io.hzclient.HzClient}. The futures of the async forms complete on the client's user executor.
 *
 * @param <E> the type of the items
 */
public interface HzQueue<E> extends BlockingQueue<E>, ItemCollection<E> {

    /**
     * The async form of {@link #offer(Object)}: adds the item if there is room now.
     *
     * @param item the item
     * @return a future of true if added, false if the queue was full
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> offerAsync(E item);

    /**
     * The async form of {@link #offer(Object, long, TimeUnit)}: adds the item, waiting up to the timeout for room.
     *
     * @param item    the item
     * @param timeout how long to wait for room; zero or less does not wait
     * @param unit    the unit of {@code timeout}
     * @return a future of true if added, false if there was no room within the timeout
     * @throws NullPointerException if {@code item} or {@code unit} is null
     */
    CompletableFuture<Boolean> offerAsync(E item, long timeout, TimeUnit unit);

    /**
     * The async form of {@link #put(Object)}: adds the item, waiting for room as long as it takes.
     *
     * @param item the item
     * @return a future completed once the item is in the queue
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Void> putAsync(E item);

    /**
     * The async form of {@link #poll()}: removes the head if there is one.
     *
     * @return a future of the head, or of null if the queue was empty
     */
    CompletableFuture<E> pollAsync();

    /**
     * The async form of {@link #poll(long, TimeUnit)}: removes the head, waiting up to the timeout for one.
     *
     * @param timeout how long to wait for an item; zero or less does not wait
     * @param unit    the unit of {@code timeout}
     * @return a future of the head, or of null if none came within the timeout
     * @throws NullPointerException if {@code unit} is null
     */
    CompletableFuture<E> pollAsync(long timeout, TimeUnit unit);

    /**
     * The async form of {@link #take()}: removes the head, waiting for one as long as it takes.
     *
     * @return a future of the head
     */
    CompletableFuture<E> takeAsync();

    /**
     * The async form of {@link #peek()}.
     *
     * @return a future of the head, not removed, or of null if the queue is empty
     */
    CompletableFuture<E> peekAsync();

    /**
     * The async form of {@link #remove(Object)}: removes one occurrence of the item.
     *
     * @param item the item
     * @return a future of true if an item equal to it (same serialized bytes) was removed
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> removeAsync(Object item);

    /**
     * The async form of {@link #contains(Object)}.
     *
     * @param item the item
     * @return a future of true if the queue holds an item equal to it (same serialized bytes)
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> containsAsync(Object item);

    /**
     * The async form of {@link #size()}.
     *
     * @return a future of the number of items
     */
    CompletableFuture<Integer> sizeAsync();
}
