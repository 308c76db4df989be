package io.hzclient.transaction;

import io.hzclient.query.Predicate;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;

/**
 * A distributed map as one transaction sees it. Reads see the transaction's own changes and what others committed;
 * writes become visible to others at the commit. A write, and {@link #getForUpdate}, lock the key on the member until
 * the transaction ends: another transaction's write to it waits meanwhile (as long as that transaction's timeout),
 * free of the invocation timeout. Null keys and values are refused with a {@link NullPointerException}.
 * Every method throws {@link IllegalStateException} if the transaction is not active or belongs to another thread,
 * and {@link TransactionException} once the connection to its member is lost or the transaction timed out.
 *
 * @param <K> the type of the keys
 * @param <V> the type of the values
 */
public interface TransactionalMap<K, V> extends TransactionalObject {

    /**
     * The key's value.
     *
     * @param key the key
     * @return its value, or null if it has none
     * @throws NullPointerException if {@code key} is null
     */
    V get(K key);

    /**
     * The key's value, locking the key until the transaction ends: no other transaction can change it meanwhile.
     *
     * @param key the key
     * @return its value, or null if it has none
     * @throws NullPointerException if {@code key} is null
     */
    V getForUpdate(K key);

    /**
     * Whether the key has a value.
     *
     * @param key the key
     * @return true if it has one
     * @throws NullPointerException if {@code key} is null
     */
    boolean containsKey(K key);

    /**
     * The number of entries.
     *
     * @return how many entries the map has, as the transaction sees it
     */
    int size();

    /**
     * Whether the map has no entry.
     *
     * @return true if it is empty, as the transaction sees it
     */
    boolean isEmpty();

    /**
     * Sets the key's value.
     *
     * @param key   the key
     * @param value its new value
     * @return its previous value, or null
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    V put(K key, V value);

    /**
     * Sets the key's value, to expire after {@code ttl} once committed.
     *
     * @param key   the key
     * @param value its new value
     * @param ttl   how long the entry lives; zero: forever
     * @return its previous value, or null
     * @throws NullPointerException if {@code key}, {@code value} or {@code ttl} is null
     * @throws IllegalArgumentException if {@code ttl} is negative
     */
    V put(K key, V value, Duration ttl);

    /**
     * Sets the key's value, not returning the previous one.
     *
     * @param key   the key
     * @param value its new value
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    void set(K key, V value);

    /**
     * Sets the key's value if it has none.
     *
     * @param key   the key
     * @param value its value
     * @return the value it had (and keeps), or null if it had none and now has {@code value}
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    V putIfAbsent(K key, V value);

    /**
     * Sets the key's value if it has one.
     *
     * @param key   the key
     * @param value its new value
     * @return its previous value, or null if it had none (and still has none)
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    V replace(K key, V value);

    /**
     * Sets the key's value if it is {@code oldValue}.
     *
     * @param key      the key
     * @param oldValue the value it must have
     * @param newValue its new value
     * @return true if it was replaced
     * @throws NullPointerException if any argument is null
     */
    boolean replace(K key, V oldValue, V newValue);

    /**
     * Removes the key's value.
     *
     * @param key the key
     * @return its previous value, or null
     * @throws NullPointerException if {@code key} is null
     */
    V remove(K key);

    /**
     * Removes the key's value if it is {@code value}.
     *
     * @param key   the key
     * @param value the value it must have
     * @return true if it was removed
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    boolean remove(K key, V value);

    /**
     * Removes the key's value, not returning it.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    void delete(K key);

    /**
     * The keys, as the transaction sees them.
     *
     * @return an immutable snapshot of the keys
     */
    Set<K> keySet();

    /**
     * The keys of the entries that match the predicate, as the transaction sees them.
     *
     * @param predicate a predicate from {@link io.hzclient.query.Predicates} (no paging or partition predicate)
     * @return an immutable snapshot of the matching keys
     * @throws NullPointerException if {@code predicate} is null
     * @throws IllegalArgumentException if {@code predicate} is a paging predicate
     */
    Set<K> keySet(Predicate<K, V> predicate);

    /**
     * The values, as the transaction sees them.
     *
     * @return an immutable snapshot of the values
     */
    Collection<V> values();

    /**
     * The values of the entries that match the predicate, as the transaction sees them.
     *
     * @param predicate a predicate from {@link io.hzclient.query.Predicates} (no paging or partition predicate)
     * @return an immutable snapshot of the matching values
     * @throws NullPointerException if {@code predicate} is null
     * @throws IllegalArgumentException if {@code predicate} is a paging predicate
     */
    Collection<V> values(Predicate<K, V> predicate);
}
