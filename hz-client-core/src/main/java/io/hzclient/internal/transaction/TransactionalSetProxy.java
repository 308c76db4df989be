package io.hzclient.internal.transaction;

import io.hzclient.internal.serialization.Data;
import io.hzclient.transaction.TransactionalSet;

/** A set in a transaction. */
final class TransactionalSetProxy<E> extends TxnProxy implements TransactionalSet<E> {

    TransactionalSetProxy(String name, ClientTransactionContext tx) {
        super(name, tx);
    }

    @Override
    public boolean add(E item) {
        Data d = toData(item, "item");
        return tx.call(TransactionalSetCodec.add(name, tx.txnId(), tx.threadId(), d));
    }

    @Override
    public boolean remove(E item) {
        Data d = toData(item, "item");
        return tx.call(TransactionalSetCodec.remove(name, tx.txnId(), tx.threadId(), d));
    }

    @Override
    public int size() {
        return tx.call(TransactionalSetCodec.size(name, tx.txnId(), tx.threadId()));
    }
}
