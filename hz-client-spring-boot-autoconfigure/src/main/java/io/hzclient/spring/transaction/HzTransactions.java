package io.hzclient.spring.transaction;

import io.hzclient.HzClient;
import io.hzclient.transaction.TransactionContext;
import io.hzclient.transaction.TransactionalMap;
import io.hzclient.transaction.TransactionalQueue;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Hazelcast transaction of the calling thread, for code that runs inside a Spring transaction:
 * <pre>{@code
 * @Transactional
 * public void record(String job) {
 *     HzTransactions.map(client, "results").put(job, "done");
 * }
 * }</pre>
 * Under an {@link HzTransactionManager} of the client, it is that manager's transaction. Under another transaction
 * manager (a database's, say), the first call begins a Hazelcast transaction with the default options and ties it to
 * Spring's transaction by a {@link TransactionSynchronization}: it commits right after the other resource has
 * committed, and rolls back when that one rolls back. That is not XA: if the Hazelcast commit then fails, the
 * database's commit stands, and the {@link io.hzclient.transaction.TransactionException} reaches the caller of the
 * commit.
 */
public final class HzTransactions {
    private HzTransactions() {
    }

    /**
     * The transaction of the client the calling thread runs in, begun now if a Spring transaction of another
     * manager is active and has none yet.
     *
     * @param client the client
     * @return the current transaction
     * @throws IllegalStateException if the thread runs no Spring transaction (or one that suspended it)
     */
    public static TransactionContext current(HzClient client) {
        HzTransactionHolder holder = (HzTransactionHolder) TransactionSynchronizationManager.getResource(client);
        if (holder != null) {
            return holder.context;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            return joinSpringTransaction(client);
        }
        throw new IllegalStateException("no Hazelcast transaction runs in this thread: call it from a "
                + "@Transactional method (under an HzTransactionManager of this client, or another transaction "
                + "manager with synchronization on)");
    }

    private static TransactionContext joinSpringTransaction(HzClient client) {
        TransactionContext context = client.newTransactionContext();
        context.beginTransaction();
        HzTransactionHolder holder = new HzTransactionHolder(context);
        TransactionSynchronizationManager.bindResource(client, holder);
        TransactionSynchronizationManager.registerSynchronization(new Synchronization(client, holder));
        return context;
    }

    /** Ends a Hazelcast transaction begun inside another manager's transaction, as that one ends. */
    private static final class Synchronization implements TransactionSynchronization {
        private final HzClient client;
        private final HzTransactionHolder holder;

        Synchronization(HzClient client, HzTransactionHolder holder) {
            this.client = client;
            this.holder = holder;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(client);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(client, holder);
        }

        @Override
        public void afterCommit() {
            holder.context.commitTransaction();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(client);
            holder.context.close(); // rolls back unless committed
        }
    }

    /**
     * The map of that name in the current transaction.
     *
     * @param client the client
     * @param name   the map's name
     * @param <K>    the type of its keys
     * @param <V>    the type of its values
     * @return the map as the current transaction sees it
     * @throws IllegalStateException if the thread runs no Spring transaction (see {@link #current})
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
     * @throws IllegalStateException if the thread runs no Spring transaction (see {@link #current})
     */
    public static <E> TransactionalQueue<E> queue(HzClient client, String name) {
        return current(client).getQueue(name);
    }
}
