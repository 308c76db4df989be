package io.hzclient.list;

import io.hzclient.collection.ItemCollection;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A distributed list held by the owner of one partition (and its backups), as a {@link List}: items are equal when
 * their serialized bytes are.
 *
 * <p>The {@code java.util} contracts hold, but for these: null items are refused with {@link NullPointerException}
 * (also by {@code contains}, {@code indexOf} and {@code remove}); {@link #subList}, {@link #iterator()},
 * {@link #listIterator()} and {@link #toArray()} work on a copy of the items taken in one call (changes to the copy
 * are not supported and do not reach the list); {@code equals} and {@code hashCode} are the proxy object's own. An
 * index out of range throws {@link IndexOutOfBoundsException}. Each remote call has the failures listed on
 * {@link io.hzclient.HzClient}; the futures of the async forms complete on the client's user executor.
 *
 * @param <E> the type of the items
 */
public interface HzList<E> extends List<E>, ItemCollection<E> {

    /**
     * The async form of {@link #add(Object)}: appends the item.
     *
     * @param item the item
     * @return a future of true once it is appended
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> addAsync(E item);

    /**
     * The async form of {@link #add(int, Object)}: inserts the item at the index.
     *
     * @param index where to insert, from 0 to the size
     * @param item  the item
     * @return a future completed once it is inserted, or failed with {@link IndexOutOfBoundsException}
     * @throws NullPointerException      if {@code item} is null
     * @throws IndexOutOfBoundsException if {@code index} is negative
     */
    CompletableFuture<Void> addAsync(int index, E item);

    /**
     * The async form of {@link #get(int)}.
     *
     * @param index the index, from 0 to the size - 1
     * @return a future of the item there, or failed with {@link IndexOutOfBoundsException}
     * @throws IndexOutOfBoundsException if {@code index} is negative
     */
    CompletableFuture<E> getAsync(int index);

    /**
     * The async form of {@link #set(int, Object)}.
     *
     * @param index the index, from 0 to the size - 1
     * @param item  the new item
     * @return a future of the item it replaced, or failed with {@link IndexOutOfBoundsException}
     * @throws NullPointerException      if {@code item} is null
     * @throws IndexOutOfBoundsException if {@code index} is negative
     */
    CompletableFuture<E> setAsync(int index, E item);

    /**
     * The async form of {@link #remove(int)} (named apart from {@link #removeAsync(Object)}, which a list of
     * integers would otherwise confuse with it).
     *
     * @param index the index, from 0 to the size - 1
     * @return a future of the item removed, or failed with {@link IndexOutOfBoundsException}
     * @throws IndexOutOfBoundsException if {@code index} is negative
     */
    CompletableFuture<E> removeAtAsync(int index);

    /**
     * The async form of {@link #remove(Object)}: removes the first occurrence of the item.
     *
     * @param item the item
     * @return a future of true if it was removed, false if the list did not hold it
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> removeAsync(Object item);

    /**
     * The async form of {@link #contains(Object)}.
     *
     * @param item the item
     * @return a future of true if the list holds it
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
