package io.hzclient.transaction;

import java.util.UUID;

/**
 * One transaction over maps, queues, sets, lists and multimaps: {@link #beginTransaction() begin} it, change
 * structures through the transactional views it hands out, then {@link #commitTransaction() commit} (every change
 * becomes visible to others at once) or {@link #rollbackTransaction() roll back} (none does). Isolation is read
 * committed: others see none of the changes before the commit, and the transaction sees what others committed.
 * <pre>{@code
 * try (TransactionContext tx = client.newTransactionContext()) {
 *     tx.beginTransaction();
 *     String job = tx.<String>getQueue("jobs").poll();
 *     tx.<String, String>getMap("results").put(job, "done");
 *     tx.commitTransaction();
 * } // not committed: rolled back here
 * }</pre>
 *
 * <p>A transaction runs on one member, over one connection, and belongs to the thread that began it: its methods
 * and those of its structures throw {@link IllegalStateException} when called from another thread, before
 * {@link #beginTransaction()}, or after the commit or rollback. If the connection to its member is lost, the member
 * rolls the transaction back; the next call fails with a {@link TransactionException} that says so (or, during a
 * commit, that the outcome is unknown). Queue items such a lost transaction had polled may stay reserved by the
 * members that are left (the members finalize a client's transaction from its backup only once they see the client
 * leave the cluster). Past its {@link TransactionOptions#timeout() timeout} its calls and its
 * commit fail, and the commit rolls it back. One context runs one transaction; make a new one for the next.
 * Not thread-safe.
 */
public interface TransactionContext extends AutoCloseable {

    /**
     * Starts the transaction on a member, bound to the calling thread.
     *
     * @throws IllegalStateException if it was begun already (a context runs one transaction)
     * @throws io.hzclient.ClientOfflineException if the client has no connection to the cluster
     * @throws TransactionException if the member refused to start it
     */
    void beginTransaction();

    /**
     * Commits: every change becomes visible to others at once.
     *
     * @throws IllegalStateException if the transaction is not active (not begun, ended) or belongs to another
     *         thread
     * @throws TransactionException if it could not commit: its message says whether it was rolled back (timed out,
     *         refused by the member) or its outcome is unknown (the connection to its member was lost meanwhile)
     */
    void commitTransaction();

    /**
     * Rolls back: none of the changes is made, locks are let go, items taken from queues are back.
     *
     * @throws IllegalStateException if it was not begun, or was committed or rolled back already, or belongs to
     *         another thread
     */
    void rollbackTransaction();

    /**
     * The transaction's id, given by its member.
     *
     * @return the id; null before {@link #beginTransaction()}
     */
    UUID getTxnId();

    /**
     * The options the transaction runs with.
     *
     * @return its options
     */
    TransactionOptions getOptions();

    /**
     * The map of that name, as this transaction sees it.
     *
     * @param name the map's name
     * @param <K>  the type of its keys
     * @param <V>  the type of its values
     * @return the transactional view of the map
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalStateException if the transaction is not active or belongs to another thread
     */
    <K, V> TransactionalMap<K, V> getMap(String name);

    /**
     * The queue of that name, as this transaction sees it.
     *
     * @param name the queue's name
     * @param <E>  the type of its items
     * @return the transactional view of the queue
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalStateException if the transaction is not active or belongs to another thread
     */
    <E> TransactionalQueue<E> getQueue(String name);

    /**
     * The set of that name, as this transaction sees it.
     *
     * @param name the set's name
     * @param <E>  the type of its items
     * @return the transactional view of the set
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalStateException if the transaction is not active or belongs to another thread
     */
    <E> TransactionalSet<E> getSet(String name);

    /**
     * The list of that name, as this transaction sees it.
     *
     * @param name the list's name
     * @param <E>  the type of its items
     * @return the transactional view of the list
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalStateException if the transaction is not active or belongs to another thread
     */
    <E> TransactionalList<E> getList(String name);

    /**
     * The multimap of that name, as this transaction sees it.
     *
     * @param name the multimap's name
     * @param <K>  the type of its keys
     * @param <V>  the type of its values
     * @return the transactional view of the multimap
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalStateException if the transaction is not active or belongs to another thread
     */
    <K, V> TransactionalMultiMap<K, V> getMultiMap(String name);

    /**
     * Rolls the transaction back if it was begun and neither committed nor rolled back; does nothing otherwise.
     *
     * @throws IllegalStateException if it must be rolled back and belongs to another thread
     */
    @Override
    void close();
}
