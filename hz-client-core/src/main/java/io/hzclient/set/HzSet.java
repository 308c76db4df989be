package io.hzclient.set;

import io.hzclient.collection.ItemCollection;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A distributed set held by the owner of one partition (and its backups), as a {@link Set}: items are equal when
 * their serialized bytes are.
 *
 * <p>The {@code java.util} contracts hold, but for two: null items are refused with {@link NullPointerException}
 * (also by {@code contains} and {@code remove}), and {@code equals} and {@code hashCode} are the proxy object's own.
 * {@link #iterator()} and {@link #toArray()} work on a copy of the items taken in one call (the iterator's
 * {@code remove} is not supported). Each remote call has the failures listed on {@link io.hzclient.HzClient}; the
 * futures of the async forms complete on the client's user executor.
 *
 * @param <E> the type of the items
 */
public interface HzSet<E> extends Set<E>, ItemCollection<E> {

    /**
     * The async form of {@link #add(Object)}.
     *
     * @param item the item
     * @return a future of true if it was added, false if the set held it already
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> addAsync(E item);

    /**
     * The async form of {@link #remove(Object)}.
     *
     * @param item the item
     * @return a future of true if it was removed, false if the set did not hold it
     * @throws NullPointerException if {@code item} is null
     */
    CompletableFuture<Boolean> removeAsync(Object item);

    /**
     * The async form of {@link #contains(Object)}.
     *
     * @param item the item
     * @return a future of true if the set holds it
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
