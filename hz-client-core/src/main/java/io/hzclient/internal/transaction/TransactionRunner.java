package io.hzclient.internal.transaction;

import io.hzclient.transaction.TransactionContext;
import io.hzclient.transaction.TransactionalTask;

/** Runs a task in a transaction: commits if it returns, rolls back and rethrows if it throws. */
public final class TransactionRunner {
    private TransactionRunner() {
    }

    /**
     * Begins the transaction, runs the task and commits. If the task throws, the transaction is rolled back and what
     * the task threw is rethrown (a failed rollback is attached to it as suppressed).
     */
    public static <T, X extends Exception> T run(TransactionContext context, TransactionalTask<T, X> task) throws X {
        context.beginTransaction();
        T result;
        try {
            result = task.execute(context);
        } catch (Throwable t) {
            try {
                context.close(); // rolls back, unless the task ended the transaction itself
            } catch (RuntimeException rollbackFailure) {
                t.addSuppressed(rollbackFailure);
            }
            throw t;
        }
        context.commitTransaction();
        return result;
    }
}
