/**
 * Transactions over maps, queues, sets, lists and multimaps: {@link io.hzclient.transaction.TransactionContext},
 * from {@link io.hzclient.HzClient#newTransactionContext()}, or the helper
 * {@link io.hzclient.HzClient#executeTransaction(TransactionOptions, TransactionalTask)}.
 */
package io.hzclient.transaction;
