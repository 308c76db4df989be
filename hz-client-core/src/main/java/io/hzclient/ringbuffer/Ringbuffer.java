package io.hzclient.ringbuffer;

import io.hzclient.DistributedObject;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * A bounded, ordered log held by one partition (and its backups). Each item gets a sequence number; the items from
 * {@link #headSequence()} to {@link #tailSequence()} can be read, any number of times, by anyone. When it is full,
 * adding overwrites the oldest item (or fails, see {@link OverflowPolicy}). Reads of a sequence not written yet wait
 * for it; reads of one that was overwritten fail with {@link StaleSequenceException}.
 *
 * <p>Each remote call has the failures listed on {@link io.hzclient.HzClient}; the futures of the async forms complete
 * on the client's user executor. Reads that wait for items have no answer deadline: they end when the items come.
 *
 * @param <E> the type of the items
 */
public interface Ringbuffer<E> extends DistributedObject {
    /** The most items one {@link #readMany} or {@link #addAll} may carry. */
    int MAX_BATCH_SIZE = 1000;

    /**
     * How many items it holds at most (asked once, then cached: it never changes).
     *
     * @return the capacity, as configured on the members (10 000 by default)
     */
    long capacity();

    /**
     * How many items it holds now.
     *
     * @return the number of items, from 0 to the capacity
     */
    long size();

    /**
     * The sequence of the oldest item.
     *
     * @return the head sequence; {@code tailSequence() + 1} when empty
     */
    long headSequence();

    /**
     * The sequence of the newest item.
     *
     * @return the tail sequence; -1 when nothing was ever added
     */
    long tailSequence();

    /**
     * Room left before items within their time to live would be overwritten.
     *
     * @return the room left; the capacity when the ringbuffer has no time to live
     */
    long remainingCapacity();

    /**
     * Adds an item with {@link OverflowPolicy#OVERWRITE}: when full, the oldest item makes room.
     *
     * @param item the item
     * @return the item's sequence
     * @throws NullPointerException if {@code item} is null
     */
    long add(E item);

    /**
     * Adds an item, following {@code policy} when the ringbuffer is full of items within their time to live.
     *
     * @param item the item
     * @param policy what to do when there is no room
     * @return the item's sequence, or -1 if the policy is {@link OverflowPolicy#FAIL} and there was no room
     * @throws NullPointerException if {@code item} or {@code policy} is null
     */
    long add(E item, OverflowPolicy policy);

    /**
     * The async form of {@link #add(Object, OverflowPolicy)}: arguments are checked, and refused, in the calling
     * thread.
     *
     * @param item the item
     * @param policy what to do when there is no room
     * @return a future completed with the item's sequence, or -1 as {@link #add(Object, OverflowPolicy)}
     * @throws NullPointerException if {@code item} or {@code policy} is null
     */
    CompletableFuture<Long> addAsync(E item, OverflowPolicy policy);

    /**
     * Adds 1 to {@value #MAX_BATCH_SIZE} items, in order, as one call; with {@link OverflowPolicy#FAIL} and not room
     * for all of them, none is added.
     *
     * @param items the items, in the order of their sequences
     * @param policy what to do when there is no room
     * @return the last item's sequence, or -1 if the policy is {@link OverflowPolicy#FAIL} and there was no room
     * @throws NullPointerException if {@code items}, one of the items or {@code policy} is null
     * @throws IllegalArgumentException if there are no items or more than {@value #MAX_BATCH_SIZE}
     */
    long addAll(Collection<? extends E> items, OverflowPolicy policy);

    /**
     * The async form of {@link #addAll}: arguments are checked, and refused, in the calling thread.
     *
     * @param items the items, in the order of their sequences
     * @param policy what to do when there is no room
     * @return a future completed with the last item's sequence, or -1 as {@link #addAll}
     * @throws NullPointerException if {@code items}, one of the items or {@code policy} is null
     * @throws IllegalArgumentException if there are no items or more than {@value #MAX_BATCH_SIZE}
     */
    CompletableFuture<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy policy);

    /**
     * The item at {@code sequence}; waits if it is {@code tailSequence() + 1}, the next one to be added, however long
     * that takes.
     *
     * @param sequence the item's sequence
     * @return the item
     * @throws IllegalArgumentException if {@code sequence} is negative, or above {@code tailSequence() + 1} (the
     *         member refuses it)
     * @throws StaleSequenceException if the item at {@code sequence} is gone (below the head)
     */
    E readOne(long sequence);

    /**
     * The async form of {@link #readOne}: the sequence is checked, and refused, in the calling thread.
     *
     * @param sequence the item's sequence
     * @return a future completed with the item once it is there, or failed with what {@link #readOne} throws
     * @throws IllegalArgumentException if {@code sequence} is negative
     */
    CompletableFuture<E> readOneAsync(long sequence);

    /**
     * Reads up to {@code maxCount} items from {@code startSequence}, waiting until at least {@code minCount} are there.
     * A start below the head reads from the head (see {@link ReadResultSet#nextSequenceToReadFrom()} to tell how many
     * were lost). {@code filter}, if not null, is an object the members know (e.g. an IdentifiedDataSerializable
     * {@code IFunction}) that picks the items to return.
     *
     * <p>As the official clients, it refuses with an {@link IllegalArgumentException} naming the values: a negative
     * {@code startSequence} or {@code minCount}, a {@code maxCount} below {@code minCount} or above
     * {@value #MAX_BATCH_SIZE}, and a {@code minCount} or {@code maxCount} above the {@link #capacity()} (asked once,
     * then cached).
     *
     * @param startSequence the sequence to read from
     * @param minCount      how many items to wait for; 0 answers at once with what is there
     * @param maxCount      how many items to return at most
     * @param filter        picks the items to return, on the members; null for all
     * @return the items read, with their sequences
     * @throws IllegalArgumentException if a count or the start is out of bounds, as above
     */
    ReadResultSet<E> readMany(long startSequence, int minCount, int maxCount, Object filter);

    /**
     * {@link #readMany} without waiting. Arguments wrong by themselves throw at once, as in the other async methods;
     * a count above the capacity, which the member's config decides, fails the returned future with the same
     * {@link IllegalArgumentException} (the capacity is not waited for in the caller's thread).
     *
     * @param startSequence the sequence to read from
     * @param minCount      how many items to wait for; 0 answers at once with what is there
     * @param maxCount      how many items to return at most
     * @param filter        picks the items to return, on the members; null for all
     * @return a future completed with the items read, once at least {@code minCount} are there
     * @throws IllegalArgumentException if {@code startSequence} or {@code minCount} is negative, or {@code maxCount} is
     *         below {@code minCount} or above {@value #MAX_BATCH_SIZE}
     */
    CompletableFuture<ReadResultSet<E>> readManyAsync(long startSequence, int minCount, int maxCount, Object filter);
}
