package io.hzclient.internal.transaction;

import io.hzclient.internal.serialization.Data;
import io.hzclient.transaction.TransactionalMultiMap;

import java.util.Collection;

/** A multimap in a transaction. */
final class TransactionalMultiMapProxy<K, V> extends TxnProxy implements TransactionalMultiMap<K, V> {

    TransactionalMultiMapProxy(String name, ClientTransactionContext tx) {
        super(name, tx);
    }

    @Override
    public boolean put(K key, V value) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        return tx.call(TransactionalMultiMapCodec.put(name, tx.txnId(), tx.threadId(), k, v));
    }

    @Override
    public Collection<V> get(K key) {
        Data k = toData(key, "key");
        return toObjects(tx.call(TransactionalMultiMapCodec.get(name, tx.txnId(), tx.threadId(), k)));
    }

    @Override
    public Collection<V> remove(K key) {
        Data k = toData(key, "key");
        return toObjects(tx.call(TransactionalMultiMapCodec.remove(name, tx.txnId(), tx.threadId(), k)));
    }

    @Override
    public boolean remove(K key, V value) {
        Data k = toData(key, "key");
        Data v = toData(value, "value");
        return tx.call(TransactionalMultiMapCodec.removeEntry(name, tx.txnId(), tx.threadId(), k, v));
    }

    @Override
    public int valueCount(K key) {
        Data k = toData(key, "key");
        return tx.call(TransactionalMultiMapCodec.valueCount(name, tx.txnId(), tx.threadId(), k));
    }

    @Override
    public int size() {
        return tx.call(TransactionalMultiMapCodec.size(name, tx.txnId(), tx.threadId()));
    }
}
