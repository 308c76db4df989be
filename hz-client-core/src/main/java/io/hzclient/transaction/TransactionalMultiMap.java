package io.hzclient.transaction;

import java.util.Collection;

/**
 * A distributed multimap as one transaction sees it: changes show to others at the commit. A write locks its key on
 * the member until the transaction ends. Null keys and values are refused with a {@link NullPointerException}.
 * Every method throws {@link IllegalStateException} if the transaction is not active or belongs to another thread,
 * and {@link TransactionException} once the connection to its member is lost or the transaction timed out.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public interface TransactionalMultiMap<K, V> extends TransactionalObject {

    /**
     * Adds a value to the key's collection.
     *
     * @param key   the key
     * @param value the value
     * @return true if the collection grew; false if it is a set that already held the value
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    boolean put(K key, V value);

    /**
     * The key's values.
     *
     * @param key the key
     * @return an immutable snapshot of its values; empty if it has none
     * @throws NullPointerException if {@code key} is null
     */
    Collection<V> get(K key);

    /**
     * Removes all of the key's values.
     *
     * @param key the key
     * @return the values it had; empty if none
     * @throws NullPointerException if {@code key} is null
     */
    Collection<V> remove(K key);

    /**
     * Removes one value from the key's collection.
     *
     * @param key   the key
     * @param value the value
     * @return true if it was there
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    boolean remove(K key, V value);

    /**
     * How many values the key has.
     *
     * @param key the key
     * @return the number of its values
     * @throws NullPointerException if {@code key} is null
     */
    int valueCount(K key);

    /**
     * The number of key-value pairs.
     *
     * @return the size, as the transaction sees it
     */
    int size();
}
