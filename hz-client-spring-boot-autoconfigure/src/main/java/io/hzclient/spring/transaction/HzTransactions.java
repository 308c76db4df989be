package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.transaction.TransactionContext;
import io.hzclient.transaction.TransactionalMap;
import io.hzclient.transaction.TransactionalQueue;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Hazelcast transaction that {@link HzTransactionManager} bound to the calling thread, for code that runs inside
 * a {@code @Transactional} method:
 * <pre>{@code
 * @Transactional
 * public void record(String job) {
 *     HzTransactions.map(client, "results").put(job, "done");
 * }
 * }</pre>
 */
public final class HzTransactions {
    private HzTransactions() {
    }

    /**
     * The transaction bound to the calling thread for that client.
     *
     * @param client the client the transaction manager runs transactions of
     * @return the current transaction
     * @throws IllegalStateException if the thread runs no Hazelcast transaction of that client (not inside a
     *         {@code @Transactional} method managed by an {@link HzTransactionManager} of it, or suspended)
     */
    public static TransactionContext current(HzClient client) {
        HzTransactionHolder holder = (HzTransactionHolder) TransactionSynchronizationManager.getResource(client);
        if (holder == null) {
            throw new IllegalStateException("no Hazelcast transaction runs in this thread: call it from a "
                    + "@Transactional method whose transaction manager is an HzTransactionManager of this client");
        }
        return holder.context;
    }

    /**
     * The map of that name in the current transaction.
     *
     * @param client the client
     * @param name   the map's name
     * @param <K>    the type of its keys
     * @param <V>    the type of its values
     * @return the map as the current transaction sees it
     * @throws IllegalStateException if the thread runs no Hazelcast transaction of that client
     */
    public static <K, V> TransactionalMap<K, V> map(HzClient client, String name) {
        return current(client).getMap(name);
    }

    /**
     * The queue of that name in the current transaction.
     *
     * @param client the client
     * @param name   the queue's name
     * @param <E>    the type of its items
     * @return the queue as the current transaction sees it
     * @throws IllegalStateException if the thread runs no Hazelcast transaction of that client
     */
    public static <E> TransactionalQueue<E> queue(HzClient client, String name) {
        return current(client).getQueue(name);
    }
}
