package io.hzclient.transaction;

/**
 * Work done in one transaction, for {@link io.hzclient.HzClient#executeTransaction(TransactionOptions,
 * TransactionalTask)}: it gets the transaction's context, uses its transactional structures, and returns a result.
 *
 * @param <T> what the work returns
 * @param <X> the checked exception it may throw ({@link RuntimeException} when it throws none)
 */
@FunctionalInterface
public interface TransactionalTask<T, X extends Exception> {

    /**
     * Does the work. It must not commit, roll back or close the context: the caller does.
     *
     * @param context the begun transaction
     * @return the result, handed to the caller once the transaction has committed
     * @throws X to roll the transaction back; the caller rethrows it
     */
    T execute(TransactionContext context) throws X;
}
