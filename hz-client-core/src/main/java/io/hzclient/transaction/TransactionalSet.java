package io.hzclient.transaction;

/**
 * A distributed set as one transaction sees it: items added or removed show to others at the commit. Null items
 * are refused with a {@link NullPointerException}. Every method throws {@link IllegalStateException} if the
 * transaction is not active or belongs to another thread, and {@link TransactionException} once the connection to
 * its member is lost or the transaction timed out.
 *
 * @param <E> the type of the items
 */
public interface TransactionalSet<E> extends TransactionalObject {

    /**
     * Adds the item.
     *
     * @param item the item
     * @return true if the set did not hold it yet
     * @throws NullPointerException if {@code item} is null
     */
    boolean add(E item);

    /**
     * Removes the item (one occurrence).
     *
     * @param item the item
     * @return true if it was there
     * @throws NullPointerException if {@code item} is null
     */
    boolean remove(E item);

    /**
     * The number of items, as the transaction sees them.
     *
     * @return the size
     */
    int size();
}
