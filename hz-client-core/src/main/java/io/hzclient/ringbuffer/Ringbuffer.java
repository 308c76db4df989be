package io.hzclient.ringbuffer;

import io.hzclient.DistributedObject;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * A bounded, ordered log held by one partition (and its backups). Each item gets a sequence number; the items from
 * {@link #headSequence()} to {@link #tailSequence()} can be read, any number of times, by anyone. When it is full,
 * adding overwrites the oldest item (or fails, see {@link OverflowPolicy}). Reads of a sequence not written yet wait
 * for it; reads of one that was overwritten fail with {@link StaleSequenceException}.
 */
public interface Ringbuffer<E> extends DistributedObject {
    /** The most items one {@link #readMany} or {@link #addAll} may carry. */
    int MAX_BATCH_SIZE = 1000;

    /** How many items it holds at most (asked once, then cached: it never changes). */
    long capacity();

    long size();

    /** The sequence of the oldest item; {@code tailSequence() + 1} when empty. */
    long headSequence();

    /** The sequence of the newest item; -1 when nothing was ever added. */
    long tailSequence();

    /** Room left before items within their time to live would be overwritten; the capacity without a time to live. */
    long remainingCapacity();

    /** Adds with {@link OverflowPolicy#OVERWRITE}; returns the item's sequence. */
    long add(E item);

    /** Returns the item's sequence, or -1 if the policy is FAIL and there was no room. */
    long add(E item, OverflowPolicy policy);

    CompletableFuture<Long> addAsync(E item, OverflowPolicy policy);

    /** Adds 1 to {@value #MAX_BATCH_SIZE} items in order; returns the last one's sequence, or -1 as {@link #add}. */
    long addAll(Collection<? extends E> items, OverflowPolicy policy);

    CompletableFuture<Long> addAllAsync(Collection<? extends E> items, OverflowPolicy policy);

    /** The item at {@code sequence}; waits if it is {@code tailSequence() + 1}, the next one to be added. */
    E readOne(long sequence);

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
     */
    ReadResultSet<E> readMany(long startSequence, int minCount, int maxCount, Object filter);

    /**
     * {@link #readMany} without waiting. Arguments wrong by themselves throw at once, as in the other async methods;
     * a count above the capacity, which the member's config decides, fails the returned future with the same
     * {@link IllegalArgumentException} (the capacity is not waited for in the caller's thread).
     */
    CompletableFuture<ReadResultSet<E>> readManyAsync(long startSequence, int minCount, int maxCount, Object filter);
}
