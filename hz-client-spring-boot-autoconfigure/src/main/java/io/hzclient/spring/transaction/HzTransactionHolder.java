package io.hzclient.spring.transaction;

import io.hzclient.transaction.TransactionContext;

/** A Hazelcast transaction bound to a thread by {@link HzTransactionManager}, and whether it must roll back. */
final class HzTransactionHolder {
    final TransactionContext context;
    volatile boolean rollbackOnly;

    HzTransactionHolder(TransactionContext context) {
        this.context = context;
    }
}
