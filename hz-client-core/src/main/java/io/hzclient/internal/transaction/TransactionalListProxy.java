package io.hzclient.internal.transaction;

import io.hzclient.internal.serialization.Data;
import io.hzclient.transaction.TransactionalList;

/** A list in a transaction. */
final class TransactionalListProxy<E> extends TxnProxy implements TransactionalList<E> {

    TransactionalListProxy(String name, ClientTransactionContext tx) {
        super(name, tx);
    }

    @Override
    public boolean add(E item) {
        Data d = toData(item, "item");
        return tx.call(TransactionalListCodec.add(name, tx.txnId(), tx.threadId(), d));
    }

    @Override
    public boolean remove(E item) {
        Data d = toData(item, "item");
        return tx.call(TransactionalListCodec.remove(name, tx.txnId(), tx.threadId(), d));
    }

    @Override
    public int size() {
        return tx.call(TransactionalListCodec.size(name, tx.txnId(), tx.threadId()));
    }
}
